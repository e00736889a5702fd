// What waits to be sent to the terminals (apply.pending), kept fresh while anything that can
// change it happens: roster, rules, apply progress, terminals, settings. Reloads are coalesced
// (at most one in flight, one more after it) so a 10,000-person import does not flood the station.
import { create } from 'zustand'
import type { PendingChanges } from '../../../../shared/contract/continuous'
import { station } from '../../lib/station'

interface PendingState {
  pending: PendingChanges | null
  /** Sending by itself (the continuousApply setting). */
  auto: boolean
  load(): Promise<void>
}

/** Quiet time after a change before the list is read again. */
const SETTLE_MS = 400

let inFlight: Promise<void> | null = null
let again = false
let timer: ReturnType<typeof setTimeout> | null = null

export const usePending = create<PendingState>((set, get) => {
  const refresh = async (): Promise<void> => {
    const [r, s] = await Promise.all([
      station.apply.pending({ limit: 200 }),
      station.settings.get(),
    ])
    if (r.ok) set({ pending: r.value })
    if (s.ok) set({ auto: s.value.continuousApply })
  }
  const soon = () => {
    if (timer) return
    timer = setTimeout(() => {
      timer = null
      void get().load()
    }, SETTLE_MS)
  }
  station.on('station.ready', soon)
  station.on('roster.changed', soon)
  station.on('applyState.changed', soon)
  station.on('apply.progress', soon)
  station.on('settings.changed', (s) => {
    set({ auto: s.continuousApply })
    soon()
  })
  station.on('device.status', soon)
  return {
    pending: null,
    auto: true,
    async load() {
      if (inFlight) {
        again = true
        return inFlight
      }
      inFlight = refresh().finally(() => {
        inFlight = null
        if (again) {
          again = false
          soon()
        }
      })
      return inFlight
    },
  }
})

/** Waiting changes for one terminal (Devices). */
export const pendingFor = (pending: PendingChanges | null, deviceId: string): number => {
  const d = pending?.devices.find((x) => x.deviceId === deviceId)
  return d ? d.adds + d.updates + d.removals : 0
}
