import { create } from 'zustand'
import type { Settings } from '../../../../shared/model'
import type { AppError } from '../../../../shared/result'
import { station } from '../../lib/station'

interface SettingsState {
  settings: Settings | null
  error: AppError | null
  load(): Promise<void>
  update(patch: Partial<Settings>): Promise<void>
}

export const useSettings = create<SettingsState>((set) => {
  station.on('settings.changed', (settings) => set({ settings }))
  return {
    settings: null,
    error: null,
    async load() {
      const result = await station.settings.get()
      set(result.ok ? { settings: result.value, error: null } : { error: result.error })
    },
    async update(patch) {
      const result = await station.settings.set(patch)
      set(result.ok ? { settings: result.value, error: null } : { error: result.error })
    },
  }
})
