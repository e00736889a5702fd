// Terminal maintenance (firmware upgrade, reboot, configuration backup and restore). Owns the
// 'upgrade.progress' subscription: the last pushed phase per terminal, kept until the next run.
// A terminal that comes back is written into the devices store, so the table shows its new state.
import type { Reason } from '@shared/reason-text'
import { create } from 'zustand'
import type { ConfigBackup, UpgradeOutcome, UpgradePhase } from '@shared/contract/maintenance'
import type { Device } from '@shared/model'
import type { Result } from '@shared/result'
import { blobToBase64 } from '../../lib/files'
import { station } from '../../lib/station'
import { useDevices } from './store'

export interface UpgradeProgress {
  /** 'reading' while the browser reads the file, before the station has it. */
  phase: UpgradePhase | 'reading'
  percent: number
  message: string
  /** The message as a code (worded in the user's language); none while the browser reads. */
  reason?: Reason
}

interface MaintenanceState {
  progress: Record<string, UpgradeProgress>
  upgrade(id: string, file: File): Promise<Result<UpgradeOutcome>>
  reboot(id: string): Promise<Result<{ device: Device; downtimeMs: number }>>
  /** `secretKey`: the terminal encrypts the file with it (restoring needs the same key). */
  backup(id: string, secretKey?: string): Promise<Result<ConfigBackup>>
  restore(
    id: string,
    file: File,
    secretKey?: string,
  ): Promise<Result<{ device: Device; rebooted: boolean }>>
  clear(id: string): void
}

/** Puts a terminal as checked after maintenance into the devices table. */
const putDevice = (device: Device) => {
  const list = useDevices.getState().devices
  if (list) useDevices.setState({ devices: list.map((d) => (d.id === device.id ? device : d)) })
}

/** Saves a backup through a Blob link with the station's file name. */
export function downloadBackup(backup: ConfigBackup): void {
  const bytes = Uint8Array.from(atob(backup.dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }))
  const a = document.createElement('a')
  a.href = url
  a.download = backup.fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const useMaintenance = create<MaintenanceState>((set, get) => {
  const setProgress = (id: string, p: UpgradeProgress) =>
    set({ progress: { ...get().progress, [id]: p } })

  station.on('upgrade.progress', (e) =>
    setProgress(e.deviceId, {
      phase: e.phase,
      percent: e.percent,
      message: e.message,
      reason: e.reason,
    }),
  )

  return {
    progress: {},
    async upgrade(id, file) {
      setProgress(id, { phase: 'reading', percent: 0, message: '' })
      const firmwareBase64 = await blobToBase64(file)
      const r = await station.devices.upgrade({ id, firmwareBase64, fileName: file.name })
      if (r.ok) putDevice(r.value.device)
      return r
    },
    async reboot(id) {
      const r = await station.devices.reboot({ id })
      if (r.ok) putDevice(r.value.device)
      return r
    },
    backup: (id, secretKey) => station.devices.backupConfig(secretKey ? { id, secretKey } : { id }),
    async restore(id, file, secretKey) {
      const dataBase64 = await blobToBase64(file)
      const r = await station.devices.restoreConfig(
        secretKey ? { id, dataBase64, secretKey } : { id, dataBase64 },
      )
      if (r.ok) putDevice(r.value.device)
      return r
    },
    clear(id) {
      const { [id]: _, ...rest } = get().progress
      set({ progress: rest })
    },
  }
})
