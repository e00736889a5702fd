// Schedules as part of what apply keeps true: each terminal remembers the hash of the
// schedules last written to it in full (all three families and its own bindings); a terminal
// whose hash differs from the station's definitions has schedules waiting (apply.pending).
// With continuous apply on, a definition or binding change, a terminal added, or a terminal back
// online writes the waiting schedules by itself (coalesced); "Write to terminals" stays as
// "write now" and marks what it wrote the same way.
import { hash } from 'node:crypto'
import type { ScheduleApplyReport } from '@shared/model'
import type { ScheduleFamily } from '../../isapi'
import type { Store } from '../../store'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'

const APPLIED = 'schedules.applied'
const ALL_FAMILIES = 3
const SETTLE_MS = 300

const anyDefined = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === 'object' && value !== null && Object.values(value).some(anyDefined)

/** What a terminal should hold of the schedules, as a hash; null when the station defines none. */
export function schedulesHash(store: Store, deviceId: string): string | null {
  const m = store.schedules.modes
  const doc = {
    roster: store.schedules.list(),
    Verify: m.list('Verify'),
    DoorStatus: m.list('DoorStatus'),
    bindings: m.bindings().filter((b) => b.deviceId === deviceId),
  }
  return anyDefined(doc) ? hash('sha1', JSON.stringify(doc), 'hex') : null
}

/** Terminals whose schedules wait to be written. */
export function schedulesWaiting(store: Store): { deviceId: string; deviceName: string }[] {
  const applied = store.settings.getValue<Record<string, string>>(APPLIED) ?? {}
  return store.devices
    .list()
    .filter((d) => {
      const hash = schedulesHash(store, d.id)
      return hash !== null && applied[d.id] !== hash
    })
    .map((d) => ({ deviceId: d.id, deviceName: d.name }))
}

type Apply = (
  deviceIds?: string[],
  clear?: boolean,
  families?: readonly ScheduleFamily[],
) => Promise<ScheduleApplyReport>

export function schedulesKeeper(ctx: StationContext, devices: DeviceService, applyNow: Apply) {
  const { store } = ctx
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<unknown> | null = null
  let again = false
  let closed = false
  let unsubscribe: (() => void) | null = null
  let known = new Set<string>()

  const enabled = () =>
    ctx.continuousApply === true && !closed && store.settings.get().continuousApply

  /** Writes schedules and marks, per terminal written in full, the hash it now holds. */
  const apply: Apply = async (deviceIds, clear, families) => {
    const ids = deviceIds ?? store.devices.list().map((d) => d.id)
    const hashes = new Map(ids.map((id) => [id, schedulesHash(store, id)]))
    const report = await applyNow(deviceIds, clear, families)
    if (!families || new Set(families).size === ALL_FAMILIES) {
      const applied = { ...(store.settings.getValue<Record<string, string>>(APPLIED) ?? {}) }
      for (const r of report.devices) {
        const hash = hashes.get(r.deviceId)
        if (r.ok && hash) applied[r.deviceId] = hash
      }
      store.settings.setValue(APPLIED, applied)
    }
    return report
  }

  const run = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    const waiting = schedulesWaiting(store)
      .map((w) => w.deviceId)
      .filter((id) => ['online', 'unknown'].includes(devices.health(id)))
    if (waiting.length === 0 || !enabled()) return
    running = apply(waiting).catch((error: unknown) =>
      ctx.logger.warn('continuous apply: schedules not written', { error: String(error) }),
    )
    await running
    running = null
    if (again) {
      again = false
      await run()
    }
  }

  const changed = (): void => {
    if (!enabled()) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void run()
    }, SETTLE_MS)
  }

  return {
    apply,
    changed,
    /** Writes what waits now (tests). */
    async flush(): Promise<void> {
      if (timer) clearTimeout(timer)
      timer = null
      await running
      await run()
    },
    start() {
      if (ctx.continuousApply !== true) return
      known = new Set(store.devices.list().map((d) => d.id))
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        if (event === 'settings.changed') {
          if ((payload as { continuousApply: boolean }).continuousApply) changed()
        } else if (event === 'device.status') {
          const ids = store.devices.list().map((d) => d.id)
          const added = ids.some((id) => !known.has(id))
          known = new Set(ids)
          // a terminal added, or one back online: whatever waits for it is written
          if (added || (payload as { health: string }).health === 'online') changed()
        } else if (event === 'station.changedElsewhere') {
          // a CLI command on this data folder changed the definitions or bindings
          if ((payload as { kind: string }).kind === 'schedules') changed()
        }
      })
      changed()
    },
    close() {
      closed = true
      unsubscribe?.()
      if (timer) clearTimeout(timer)
    },
  }
}
