// What a failure list needs beyond the journal: the person's name and the refusal in the
// operator's terms (device-reason.ts), both read at the time the list is asked for.
import type { ApplyDeviceProgress, ApplyFailure } from '@shared/model'
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

type SkippedBy = NonNullable<ApplyDeviceProgress['skippedBy']>

/** Skipped steps per terminal, split by why (the journal's error code of the skip). */
export function skippedSplit(
  rows: { deviceId: string; code: string | null; n: number }[],
): Map<string, SkippedBy> {
  const out = new Map<string, SkippedBy>()
  for (const r of rows) {
    const split = out.get(r.deviceId) ?? { cannotHold: 0, personRefused: 0, other: 0 }
    const key =
      r.code === 'NOT_SUPPORTED'
        ? 'cannotHold'
        : r.code === 'DEVICE_REJECTED'
          ? 'personRefused'
          : 'other'
    split[key] += r.n
    out.set(r.deviceId, split)
  }
  return out
}

/** A job's failed steps as the failure list shows them: codes, the person's name, plain words. */
export function failuresOf(
  store: Pick<Store, 'persons' | 'devices' | 'journal'>,
  jobId: string,
): ApplyFailure[] {
  return store.journal.failures(jobId).map((s) => ({
    jobId,
    deviceId: s.deviceId,
    employeeNo: s.employeeNo,
    step: s.kind,
    code: s.errorCode ?? 'DEVICE_REJECTED',
    reason: s.reason ?? '',
    deviceCode: s.deviceCode as ApplyFailure['deviceCode'],
    ...failureWords(store, s.deviceId, s.employeeNo, s.deviceCode),
  }))
}
