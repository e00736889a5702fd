// What each open terminal offers of its configuration resources (config.list), loaded once per
// visit of its page; the sections of the page read it to decide what to show.
import { create } from 'zustand'
import type { ConfigResourceInfo } from '@shared/contract/config'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

interface TerminalState {
  /** By device id: undefined = not loaded yet. */
  config: Record<string, readonly ConfigResourceInfo[] | undefined>
  errors: Record<string, AppError | undefined>
  loadConfig(deviceId: string): Promise<void>
  /** By device id: bumped when the terminal changed its documents itself (a restore): the forms read again. */
  revisions: Record<string, number | undefined>
  reread(deviceId: string): void
}

export const useTerminal = create<TerminalState>((set, get) => ({
  config: {},
  errors: {},
  revisions: {},
  reread(deviceId) {
    const revisions = get().revisions
    set({ revisions: { ...revisions, [deviceId]: (revisions[deviceId] ?? 0) + 1 } })
  },
  async loadConfig(deviceId) {
    const r = await station.config.list({ deviceId })
    set({
      config: { ...get().config, [deviceId]: r.ok ? r.value : get().config[deviceId] },
      errors: { ...get().errors, [deviceId]: r.ok ? undefined : r.error },
    })
  },
}))
