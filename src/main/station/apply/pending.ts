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

const ORDER: Record<PendingChangeKind, number> = { remove: 0, add: 1, update: 2 }

export function pendingChanges(
  ctx: StationContext,
  devices: DeviceService,
  limit: number,
): PendingChanges {
  const { store } = ctx
  const { plan } = jobPlanner(ctx, devices)
  const names = new Map<string, { name: string | null; inRoster: boolean }>()
  const nameOf = (no: string) => {
    if (!names.has(no)) {
      const record = store.persons.get(no)
      names.set(
        no,
        record
          ? { name: record.name, inRoster: true }
          : { name: lastKnownName(ctx, no), inRoster: false },
      )
    }
    return names.get(no)!
  }
  const perDevice = new Map<string, PendingDevice>()
  const items: PendingChange[] = []
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
      items.push({ deviceId, employeeNo, name: null, inRoster: true, change: kind })
    }
  }
  items.sort((a, b) => ORDER[a.change] - ORDER[b.change])
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
    devices: [...perDevice.values()],
    items: shown,
    truncated: items.length > shown.length,
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
