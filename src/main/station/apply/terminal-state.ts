// What "applied", "pending" and "failed" mean, once. The person drawer's per-terminal status
// (apply.personStatus) and the maintained per-person state behind the Persons filter
// (apply-state.ts) both come from terminalState and personApplyState, so they cannot disagree.
//
// Per terminal, for one roster person:
// - notAssigned: no rule sends the person there and the terminal does not hold them;
// - applied:     assigned, and the terminal holds exactly the roster's version of what it can
//                hold (person record, cards, face, fingerprints, iris; kinds the terminal
//                cannot hold are left out of the comparison): the planner would send nothing;
// - failed:      not applied (assigned but missing or stale, or held though no longer assigned)
//                and the latest attempt for the person on that terminal failed;
// - pending:     not applied, and no failure stands: not sent yet, changed since, or to be
//                removed at the next apply.
// Over all terminals: failed if any is failed; else pending if any is pending; else applied if
// any is applied; else none.
import type { DeviceCapabilitySummary, PersonApplyState, PersonDeviceStatus } from '@shared/model'
import type { HoldingText } from '../../store/apply-state-repo'
import { holdingListsText, type Holding } from '../../store/holdings-repo'

/** What is compared: a holding's hashes, its lists as the JSON text device_holdings stores. */
export type HoldingHashes = Omit<HoldingText, 'updatedAt'>

/** A holding (or the roster's desired version) as compared, written as device_holdings writes it. */
export const hashesOf = (h: Holding): HoldingHashes => ({
  personHash: h.personHash,
  faceHash: h.faceHash,
  ...holdingListsText(h),
})

export type TerminalState = PersonDeviceStatus['state']

export interface TerminalFacts {
  assigned: boolean
  held: HoldingHashes | undefined
  desired: HoldingHashes
  capabilities: DeviceCapabilitySummary | null
  /** The latest attempt for the person on this terminal, when it failed. */
  failure: { reason: string | null } | null
}

/**
 * Whether a terminal holds exactly the roster's version of what it can hold of a person: kinds
 * it cannot hold are left out on both sides (the planner never sends them there), so a card
 * controller holding a person's record and cards is applied even though the person has a face.
 * Both sides' lists are JSON text of sorted entries, so equal lists are equal text.
 */
export function holdsRosterVersion(
  held: HoldingHashes,
  desired: HoldingHashes,
  can: DeviceCapabilitySummary | null,
): boolean {
  return (
    held.personHash === desired.personHash &&
    (can?.face === false || held.faceHash === desired.faceHash) &&
    (can?.card === false || held.cards === desired.cards) &&
    (can?.fingerprint === false || held.fingerprints === desired.fingerprints) &&
    (can?.iris === false || held.irises === desired.irises)
  )
}

export function terminalState(f: TerminalFacts): { state: TerminalState; reason: string | null } {
  if (!f.assigned && !f.held) return { state: 'notAssigned', reason: null }
  if (f.assigned && f.held && holdsRosterVersion(f.held, f.desired, f.capabilities))
    return { state: 'applied', reason: null }
  if (f.failure) return { state: 'failed', reason: f.failure.reason ?? 'The last attempt failed.' }
  return {
    state: 'pending',
    reason: !f.assigned
      ? 'To be removed from this terminal at the next apply.'
      : f.held
        ? 'Changed since the last apply.'
        : 'Not applied yet.',
  }
}

/** The person's state over all terminals, from each terminal's state. */
export function personApplyState(states: Iterable<TerminalState>): PersonApplyState {
  let pending = false
  let applied = false
  for (const state of states) {
    if (state === 'failed') return 'failed'
    if (state === 'pending') pending = true
    else if (state === 'applied') applied = true
  }
  return pending ? 'pending' : applied ? 'applied' : 'none'
}
