// What waits to be sent to the terminals. Two measures, by cost:
// - persons whose changes wait (persons.applyStateCounts, pushed with applyState.changed): cheap,
//   always kept — the count in the navigation;
// - the full list (apply.pending: a dry plan of the whole roster, ~0.1 ms per person and
//   terminal on the station) — read only while a screen shows it (Apply, Overview, Devices), and
//   again at most every REFRESH_MS while changes happen, so a 10,000-person import or a long apply
//   does not keep the station busy planning for a badge.
import { useEffect } from 'react'
import { create } from 'zustand'
import type { PendingChanges } from '@shared/contract/continuous'
import { station } from '../../lib/station'

interface PendingState {
  pending: PendingChanges | null
  /** Persons whose changes wait for at least one terminal. */
  waitingPersons: number
  /** Sending by itself (the continuousApply setting). */
  auto: boolean
  load(): Promise<void>
  loadCounts(): Promise<void>
}

const REFRESH_MS = 3000

let live = 0
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
    if (timer || live === 0) return
    timer = setTimeout(() => {
      timer = null
      if (live > 0) void get().load()
    }, REFRESH_MS)
  }
  station.on('station.ready', () => {
    void get().loadCounts()
    soon()
  })
  station.on('roster.changed', soon)
  station.on('applyState.changed', ({ counts }) => {
    set({ waitingPersons: counts.pending })
    soon()
  })
  station.on('apply.progress', soon)
  station.on('settings.changed', (s) => {
    set({ auto: s.continuousApply })
    soon()
  })
  station.on('device.status', soon)
  return {
    pending: null,
    waitingPersons: 0,
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
    async loadCounts() {
      const r = await station.persons.applyStateCounts()
      if (r.ok) set({ waitingPersons: r.value.pending })
    },
  }
})

/** Keeps the full list fresh while the calling screen is shown. */
export function useLivePending(): void {
  useEffect(() => {
    live++
    void usePending.getState().load()
    return () => {
      live--
    }
  }, [])
}

/** Waiting changes for one terminal (Devices). */
export const pendingFor = (pending: PendingChanges | null, deviceId: string): number => {
  const d = pending?.devices.find((x) => x.deviceId === deviceId)
  const schedules = pending?.schedules.some((s) => s.deviceId === deviceId) ? 1 : 0
  return (d ? d.adds + d.updates + d.removals : 0) + schedules
}
