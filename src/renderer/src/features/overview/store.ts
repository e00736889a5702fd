import { create } from 'zustand'
import type { StationInfo } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

interface OverviewState {
  info: StationInfo | null
  error: AppError | null
  loading: boolean
  load(): Promise<void>
}

/** Longest the counts lag behind the roster while an import or a bulk change runs. */
const ROSTER_RELOAD_MS = 1000

/** station.info, refreshed when the roster changes (at most once a second, after a burst). */
export const useOverview = create<OverviewState>((set, get) => {
  let timer: ReturnType<typeof setTimeout> | null = null
  station.on('station.ready', () => void get().load())
  station.on('roster.changed', () => {
    timer ??= setTimeout(() => {
      timer = null
      void get().load()
    }, ROSTER_RELOAD_MS)
  })
  return {
    info: null,
    error: null,
    loading: false,
    async load() {
      set({ loading: true })
      const result = await station.station.info()
      set(
        result.ok
          ? { info: result.value, error: null, loading: false }
          : { error: result.error, loading: false },
      )
    },
  }
})
