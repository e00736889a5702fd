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

/** station.info, refreshed whenever the roster changes. */
export const useOverview = create<OverviewState>((set, get) => {
  station.on('station.ready', () => void get().load())
  station.on('roster.changed', () => void get().load())
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
