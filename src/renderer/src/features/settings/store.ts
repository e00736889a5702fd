import { create } from 'zustand'
import type { Settings } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

interface SettingsState {
  settings: Settings | null
  dataDir: string | null
  error: AppError | null
  saving: boolean
  load(): Promise<void>
  update(patch: Partial<Settings>): Promise<boolean>
}

// The last settings seen are kept for the next first paint, so the window does not open in
// the wrong language or theme while the station answers.
const CACHE_KEY = 'station-settings'
const cached = (): Settings | null => {
  try {
    return JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null') as Settings | null
  } catch {
    return null
  }
}
const remember = (settings: Settings) => localStorage.setItem(CACHE_KEY, JSON.stringify(settings))

export const useSettings = create<SettingsState>((set) => {
  station.on('settings.changed', (settings) => {
    remember(settings)
    set({ settings })
  })
  return {
    settings: cached(),
    dataDir: null,
    error: null,
    saving: false,
    async load() {
      const [result, info] = await Promise.all([station.settings.get(), station.station.info()])
      if (result.ok) remember(result.value)
      set({
        ...(result.ok ? { settings: result.value, error: null } : { error: result.error }),
        ...(info.ok ? { dataDir: info.value.dataDir } : {}),
      })
    },
    async update(patch) {
      set({ saving: true })
      const result = await station.settings.set(patch)
      if (result.ok) remember(result.value)
      set(
        result.ok
          ? { settings: result.value, error: null, saving: false }
          : { error: result.error, saving: false },
      )
      return result.ok
    },
  }
})
