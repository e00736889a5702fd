// A person's state on one terminal as a code the UI words (src/shared/reason-text.ts), beside
// terminalState's English sentence: why it is pending; a failure is coded by its error code
// (PersonDeviceStatus.errorCode), its device-specific sentence stays English.
import type { PersonDeviceStatus } from '@shared/model'
import type { Reason } from '@shared/reason-text'

export function terminalReasonCode(
  state: PersonDeviceStatus['state'],
  facts: { assigned: boolean; held: unknown },
): Reason | null {
  if (state !== 'pending') return null
  if (!facts.assigned) return { code: 'pendingRemoval', params: {} }
  return { code: facts.held ? 'pendingChanged' : 'pendingNew', params: {} }
}
