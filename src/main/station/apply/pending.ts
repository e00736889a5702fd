// What waits to be sent: a dry plan (the same planner as a job, nothing written) summarised per
// person and terminal as an add (the terminal does not hold the person), an update (it holds
// them, something differs) or a removal (it holds them, they should not be there). Steps the
// terminal cannot hold are not waiting (they are reported once, by the job that meets them).
import type {
  PendingChange,
  PendingChangeKind,
  PendingChanges,
  PendingDevice,
} from '@shared/contract/continuous'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { schedulesWaiting } from '../schedules/schedules-keeper'
import { jobPlanner } from './job-plan'
import { localNow, validityStartsAt } from './validity'

/** The list's order: removals first, then adds, then updates (each in plan order). */
const KINDS: PendingChangeKind[] = ['remove', 'add', 'update']
/** apply.pending's largest limit: more items of a kind are counted, never shown, so not kept. */
const MOST_SHOWN = 1000

/**
 * The dry plan's summary: what waits per terminal, and the first changes of each kind in list
 * order (kept between calls: a bounded list, not every change of a whole fleet).
 */
interface Planned {
  perDevice: Map<string, PendingDevice>
  items: PendingChange[]
  total: number
}

/**
 * `apply.pending`: the dry plan is made again only when something was written to the database
 * since the last one (by this station or another process) or when a person's validity has ended
 * since; otherwise the last plan's summary answers (the Apply, Overview and Devices screens ask
 * for it after every change they hear of).
 */
export function pendingService(ctx: StationContext, devices: DeviceService) {
  const { store } = ctx
  let cached: { mark: string; validUntil: string | null; planned: Planned } | null = null
  return {
    changes(limit: number): PendingChanges {
      const now = localNow(ctx.clock)
      const mark = store.changes.writeMark()
      // validityEnded: endTime < now; the summary holds while now has not passed the next end
      const fresh =
        cached?.mark === mark && (cached.validUntil === null || now <= cached.validUntil)
      if (!fresh) {
        cached = {
          mark,
          validUntil: store.persons.nextValidityEnd(now),
          planned: plannedChanges(ctx, devices),
        }
      }
      return summary(ctx, cached!.planned, limit)
    },
  }
}

function plannedChanges(ctx: StationContext, devices: DeviceService): Planned {
  const { store } = ctx
  const { plan } = jobPlanner(ctx, devices)
  const perDevice = new Map<string, PendingDevice>()
  const byKind: Record<PendingChangeKind, PendingChange[]> = { remove: [], add: [], update: [] }
  let total = 0
  // the plan comes a page at a time: a terminal has several batches, a person's steps are in one
  for (const steps of plan(undefined)) {
    if (steps.length === 0) continue
    const deviceId = steps[0]!.deviceId
    const held = store.holdings.ofDeviceFor(deviceId, [...new Set(steps.map((s) => s.employeeNo))])
    const change = new Map<string, PendingChangeKind>()
    for (const step of steps) {
      if (step.state !== 'pending' || change.has(step.employeeNo)) continue
      change.set(
        step.employeeNo,
        step.kind === 'deletePerson' ? 'remove' : held.has(step.employeeNo) ? 'update' : 'add',
      )
    }
    if (change.size === 0) continue
    let row = perDevice.get(deviceId)
    if (!row) {
      row = {
        deviceId,
        deviceName: store.devices.get(deviceId)?.name ?? deviceId,
        adds: 0,
        updates: 0,
        removals: 0,
      }
      perDevice.set(deviceId, row)
    }
    for (const [employeeNo, kind] of change) {
      if (kind === 'add') row.adds++
      else if (kind === 'update') row.updates++
      else row.removals++
      total++
      if (byKind[kind].length < MOST_SHOWN)
        byKind[kind].push({ deviceId, employeeNo, name: null, inRoster: true, change: kind })
    }
  }
  return { perDevice, items: KINDS.flatMap((k) => byKind[k]), total }
}

/** The answer from a plan's summary: the first `limit` items with their names and start times. */
function summary(ctx: StationContext, planned: Planned, limit: number): PendingChanges {
  const { store } = ctx
  const { perDevice, items, total } = planned
  const nameOf = (no: string) => {
    const record = store.persons.get(no)
    return record
      ? { name: record.name, inRoster: true }
      : { name: lastKnownName(ctx, no), inRoster: false }
  }
  const now = localNow(ctx.clock)
  const startsAt = (item: PendingChange): string | null => {
    const valid = item.change === 'remove' ? null : store.persons.get(item.employeeNo)?.valid
    return valid ? validityStartsAt(valid, now) : null
  }
  const shown = items
    .slice(0, limit)
    .map((item) => ({ ...item, ...nameOf(item.employeeNo), startsAt: startsAt(item) }))
  const schedules = schedulesWaiting(store)
  const terminals = new Set([...perDevice.values(), ...schedules].map((d) => d.deviceId))
  return {
    total: total + schedules.length,
    terminals: terminals.size,
    schedules,
    devices: [...perDevice.values()].map((d) => ({ ...d })),
    items: shown,
    truncated: total > shown.length,
  }
}

/** A deleted person's name, as the audit log last recorded it (best effort). */
function lastKnownName(ctx: StationContext, employeeNo: string): string | null {
  for (const entry of ctx.store.audit.forSubject(`person:${employeeNo}`, 20)) {
    const name = entry.details?.name
    if (typeof name === 'string' && name) return name
  }
  return null
}
