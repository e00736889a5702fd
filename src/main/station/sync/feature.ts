// Sync: adopt terminals filled by another tool. sync.pull reads everything a terminal holds
// and diffs it against the roster; sync.resolve applies the operator's choice per person —
// adopt (terminal → roster), overwrite (roster → terminal) or remove (from the terminal).
// Per-person failures are reported, not thrown; a terminal that goes away (offline, refused
// credentials, locked) ends the run so the rest are not sent into the same wall.
import { randomUUID } from 'node:crypto'
import type { ParsedArgsOf } from '@shared/api'
import type { SyncDiff, SyncReport } from '@shared/model'
import type { ErrorCode } from '@shared/result'
import type { ApplyStateService } from '../apply/apply-state'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import type { RosterService } from '../roster/roster-service'
import { adoptPerson } from './adopt'
import { diffFields } from './compare'
import { pullDevice, type Kinds } from './device-snapshot'
import { recordHolding } from './holdings'
import { overwritePerson } from './overwrite'
import { removePerson } from './remove'
import { heldFromRoster, rosterOnly, rosterPerson } from './roster-view'
import { snapshotCache, type PulledSnapshot } from './snapshot-cache'
import { codedFailure } from '@shared/coded-failure'
import type { Reason } from '@shared/reason-text'

const STOPPERS = new Set<ErrorCode>([
  'OFFLINE',
  'AUTH_FAILED',
  'DEVICE_LOCKED',
  'CERT_CHANGED',
  'NOT_ACTIVATED',
])

export function syncFeature(
  ctx: StationContext,
  devices: DeviceService,
  roster: RosterService,
  applyStates: Pick<ApplyStateService, 'recompute'>,
): Feature {
  const cache = snapshotCache(ctx.store, () => ctx.clock.now().getTime())

  const pull = async (deviceId: string): Promise<SyncDiff> => {
    const record = devices.record(deviceId)
    const caps = record.capabilities
    const kinds: Kinds = {
      card: caps?.card ?? false,
      face: caps?.face ?? false,
      fingerprint: caps?.fingerprint ?? false,
      iris: caps?.iris ?? false,
    }
    const held = await devices.call(deviceId, (client) => pullDevice(client, kinds))
    const diff: SyncDiff = {
      syncId: randomUUID(),
      deviceId,
      pulledAt: ctx.clock.now().toISOString(),
      same: 0,
      different: [],
      onlyOnDevice: [],
      onlyInRoster: [],
    }
    for (const [employeeNo, d] of held) {
      const r = rosterPerson(ctx.store, employeeNo)
      const name = d.person.name ?? ''
      if (!r) diff.onlyOnDevice.push({ employeeNo, name })
      else {
        const fields = diffFields(d, r, kinds)
        if (fields.length === 0) diff.same++
        else diff.different.push({ employeeNo, name: r.record.name, fields })
      }
    }
    diff.onlyInRoster = rosterOnly(ctx.store, held)
    cache.put({ syncId: diff.syncId, deviceId, kinds, held, diff })
    return diff
  }

  const resolve = async (args: ParsedArgsOf<'sync.resolve'>): Promise<SyncReport> => {
    const snap = cache.get(args.syncId)
    if (!snap) throw codedFailure('NOT_FOUND', 'syncExpired', {}, { syncId: args.syncId })
    const record = devices.record(snap.deviceId)
    const report: SyncReport = { adopted: 0, overwritten: 0, removed: 0, failed: [] }
    const adopted: string[] = []
    /** Once the terminal is gone, the rest are not tried: each carries the same failure. */
    let stop: Omit<SyncReport['failed'][number], 'employeeNo'> | null = null
    for (const { employeeNo, action } of args.actions) {
      if (stop) {
        report.failed.push({ employeeNo, ...stop })
        continue
      }
      try {
        await devices.call(snap.deviceId, (c) => act(snap, record.model, employeeNo, action, c))
        if (action === 'adopt') adopted.push(employeeNo)
        report[
          action === 'adopt' ? 'adopted' : action === 'overwrite' ? 'overwritten' : 'removed'
        ]++
      } catch (error) {
        const failure = devices.mapError(error, record.name) // already coded by devices.call
        const why = failure.details?.reason as Reason | undefined
        const failed = { reason: failure.message, code: failure.code, ...(why ? { why } : {}) }
        report.failed.push({ employeeNo, ...failed })
        if (STOPPERS.has(failure.code)) stop = failed
      }
    }
    cache.save(snap)
    if (adopted.length > 0) ctx.bus.emit('roster.changed', { employeeNos: adopted })
    applyStates.recompute(args.actions.map((a) => a.employeeNo)) // what the terminal holds changed
    return report
  }

  const act = async (
    snap: PulledSnapshot,
    model: string,
    employeeNo: string,
    action: 'adopt' | 'overwrite' | 'remove',
    client: ReturnType<DeviceService['client']>,
  ) => {
    const held = snap.held.get(employeeNo)
    const at = () => ctx.clock.now().toISOString()
    const audit = (what: string, details: Record<string, unknown>) =>
      ctx.audit(what, `person:${employeeNo}`, details)
    if (action !== 'overwrite' && !held)
      throw codedFailure('NOT_FOUND', 'syncNotOnTerminal', { employeeNo })
    if (action === 'adopt' && held) {
      const r = rosterPerson(ctx.store, employeeNo)
      const fields = r ? diffFields(held, r, snap.kinds) : ['new']
      await adoptPerson(ctx, roster, client, held, snap.kinds, {
        deviceId: snap.deviceId,
        model,
        fields,
      })
      // templates the terminal keeps to itself cannot be vouched for: holdings left alone then
      const complete =
        held.fingerprints.every((f) => f.template !== null) &&
        held.irises.every((i) => i.data !== null)
      if (complete)
        recordHolding(ctx.store, ctx.secrets, snap.deviceId, employeeNo, snap.kinds, at())
    } else if (action === 'overwrite') {
      await overwritePerson(ctx.store, ctx.secrets, client, employeeNo, held, snap.kinds)
      recordHolding(ctx.store, ctx.secrets, snap.deviceId, employeeNo, snap.kinds, at())
      audit('sync.overwrite', { deviceId: snap.deviceId })
      const pushed = rosterPerson(ctx.store, employeeNo)
      if (pushed) snap.held.set(employeeNo, heldFromRoster(pushed)) // what the terminal holds now
    } else if (action === 'remove') {
      await removePerson(client, employeeNo)
      ctx.store.holdings.remove(snap.deviceId, employeeNo)
      audit('sync.remove', { deviceId: snap.deviceId })
      snap.held.delete(employeeNo)
    }
    devices.observe(snap.deviceId)
  }

  return {
    handlers: {
      'sync.pull': ({ deviceId }) => pull(deviceId),
      'sync.resolve': (args) => resolve(args),
      'sync.snapshot': ({ syncId }) => {
        const snap = cache.get(syncId)
        if (!snap) throw codedFailure('NOT_FOUND', 'syncExpired', {}, { syncId })
        return snap.diff
      },
    },
  }
}
