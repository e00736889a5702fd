// fingerprints.setType (contract/fingerprint-type.ts): every terminal the station believes holds
// this fingerprint (its holdings) is told by FingerPrintModify and its holding follows, so apply
// sends nothing more; then the roster keeps the new type. A terminal that cannot be told now
// (offline, locked, refusing) keeps its old holding: the next apply sends the fingerprint again
// with its new type — said in the answer, never silently.
import type { FingerTypeResult } from '@shared/contract/fingerprint-type'
import type { FingerType } from '@shared/model'
import { codedFailure } from '@shared/coded-failure'
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { RosterService } from '../roster/roster-service'
import { fingerEntry } from '../apply/hashes'
import { FINGERPRINT_ENTRY, holdsEntry, withEntry } from '../../store/holding-entries'

export function fingerprintTypeService(
  ctx: StationContext,
  devices: DeviceService,
  roster: RosterService,
) {
  const { store } = ctx
  return async (employeeNo: string, fingerId: number, fingerType: FingerType) => {
    const fp = store.credentials.fingerprints.of(employeeNo).find((f) => f.fingerId === fingerId)
    if (!fp)
      throw codedFailure(
        'NOT_FOUND',
        'fingerprintMissing',
        { employeeNo, fingerId },
        { employeeNo, fingerId },
      )
    const template = Buffer.from(fp.template, 'base64')
    const before = fingerEntry(fingerId, fp.fingerType, template)
    const after = fingerEntry(fingerId, fingerType, template)
    const result: FingerTypeResult = { modified: [], pending: [] }
    for (const { deviceId } of store.holdings.devicesOf(employeeNo)) {
      const held = store.holdings.get(deviceId, employeeNo)
      if (!held || !holdsEntry(FINGERPRINT_ENTRY, held.fingerprints, before)) continue
      if (FINGERPRINT_ENTRY.same(before, after)) continue
      const terminal = devices.record(deviceId).name
      try {
        await devices.call(deviceId, (client) =>
          client.fingerprints.modify({ employeeNo, fingerPrintID: fingerId, fingerType }),
        )
        const now = store.holdings.get(deviceId, employeeNo) ?? held
        store.holdings.put(
          deviceId,
          { ...now, fingerprints: withEntry(FINGERPRINT_ENTRY, now.fingerprints, after) },
          ctx.clock.now().toISOString(),
        )
        result.modified.push(terminal)
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error
        result.pending.push({ terminal, error: error.toAppError() })
      }
    }
    roster.putFingerprint({ ...fp, fingerType })
    ctx.audit('fingerprint.type', `person:${employeeNo}`, {
      fingerId,
      fingerType,
      modified: result.modified,
      pending: result.pending.map((p) => p.terminal),
    })
    return result
  }
}
