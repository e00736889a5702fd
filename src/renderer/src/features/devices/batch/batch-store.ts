// A batch on several terminals (devices.upgradeMany / devices.timeMany): the per-terminal state
// from 'batch.progress' and, for upgrades, the phase and percent from 'upgrade.progress'.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { BatchReport, BatchState, TimeOutcome } from '@shared/contract/batch'
import type { UpgradeOutcome } from '@shared/contract/maintenance'
import type { Result } from '@shared/result'
import { blobToBase64 } from '../../../lib/files'
import { station } from '../../../lib/station'
import { useDevices } from '../store'
import type { Reason } from '@shared/reason-text'

export interface BatchRow {
  deviceId: string
  state: BatchState
  message: string
  reason?: Reason
  percent?: number
  phase?: string
}

interface BatchStore {
  rows: Record<string, BatchRow>
  running: boolean
  upgrade(ids: string[], file: File): Promise<Result<BatchReport<UpgradeOutcome>>>
  time(
    ids: string[],
    action: ArgsOf<'devices.timeMany'>['action'],
  ): Promise<Result<BatchReport<TimeOutcome>>>
  reset(): void
}

const refresh = () => void useDevices.getState().load()

export const useBatch = create<BatchStore>((set, get) => {
  const put = (id: string, patch: Partial<BatchRow>) => {
    const rows = get().rows
    if (!rows[id] && patch.state === undefined) return
    set({
      rows: {
        ...rows,
        [id]: { deviceId: id, state: 'queued', message: '', ...rows[id], ...patch },
      },
    })
  }
  station.on('batch.progress', (e) =>
    put(e.deviceId, {
      state: e.state,
      message: e.message,
      ...(e.reason ? { reason: e.reason } : {}),
    }),
  )
  station.on('upgrade.progress', (e) => put(e.deviceId, { phase: e.phase, percent: e.percent }))
  const begin = (ids: string[]) =>
    set({
      running: true,
      rows: Object.fromEntries(
        ids.map((id) => [id, { deviceId: id, state: 'queued', message: '' }]),
      ),
    })
  return {
    rows: {},
    running: false,
    async upgrade(ids, file) {
      begin(ids)
      const firmwareBase64 = await blobToBase64(file)
      const r = await station.devices.upgradeMany({ ids, firmwareBase64, fileName: file.name })
      set({ running: false })
      refresh()
      return r
    },
    async time(ids, action) {
      begin(ids)
      const r = await station.devices.timeMany({ ids, action })
      set({ running: false })
      refresh()
      return r
    },
    reset: () => set({ rows: {}, running: false }),
  }
})
