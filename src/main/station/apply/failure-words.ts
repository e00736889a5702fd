// What a failure list needs beyond the journal: the person's name and the refusal in the
// operator's terms (device-reason.ts), both read at the time the list is asked for.
import type { ApplyFailure } from '../../../shared/model'
import type { Store } from '../../store'
import { deviceReason, type DeviceCodeLike } from './device-reason'

export function failureWords(
  store: Pick<Store, 'persons' | 'devices'>,
  deviceId: string,
  employeeNo: string,
  deviceCode: unknown,
): Pick<ApplyFailure, 'name' | 'deviceReason'> {
  const person = store.persons.get(employeeNo) ?? null
  const device = store.devices.get(deviceId)
  return {
    name: person?.name ?? null,
    deviceReason: deviceReason((deviceCode as DeviceCodeLike | null) ?? null, {
      terminal: device?.name ?? deviceId,
      doors: device?.capabilities?.doors ?? null,
      person,
    }),
  }
}
