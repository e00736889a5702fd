// The terminal roster: devices.list once, then kept live by 'device.status' pushes. Actions
// answer with the station's Result so the control that started them can explain a failure.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { Device } from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { station } from '../../lib/station'

export type DeviceInput = ArgsOf<'devices.add'>

interface DevicesState {
  devices: Device[] | null
  error: AppError | null
  load(): Promise<void>
  add(input: DeviceInput): Promise<Result<Device>>
  /** Activates a factory-new terminal with a new admin password, then adds it. */
  activate(input: DeviceInput): Promise<Result<Device>>
  update(id: string, patch: Partial<DeviceInput>): Promise<Result<Device>>
  remove(id: string): Promise<Result<{ removed: boolean }>>
  check(id: string): Promise<Result<Device>>
  syncTime(id: string): Promise<Result<Device>>
  openDoor(id: string): Promise<Result<{ ok: true }>>
  startDemo(): Promise<Result<{ devices: Device[]; persons: number }>>
}

export const useDevices = create<DevicesState>((set, get) => {
  const put = (r: Result<Device>) => {
    if (r.ok) {
      const list = get().devices ?? []
      const known = list.some((d) => d.id === r.value.id)
      set({
        devices: known ? list.map((d) => (d.id === r.value.id ? r.value : d)) : [...list, r.value],
      })
    }
    return r
  }

  station.on('station.ready', () => void get().load())
  station.on('device.status', (e) => {
    const list = get().devices
    if (!list) return
    if (!list.some((d) => d.id === e.deviceId)) return void get().load()
    set({
      devices: list.map((d) =>
        d.id === e.deviceId
          ? {
              ...d,
              health: e.health,
              unlockAt: e.unlockAt,
              lastSeenAt: e.lastSeenAt ?? d.lastSeenAt,
              healthReason: e.reason,
              healthCode: e.code ?? null,
            }
          : d,
      ),
    })
  })

  return {
    devices: null,
    error: null,
    async load() {
      const r = await station.devices.list()
      set(r.ok ? { devices: r.value, error: null } : { error: r.error })
    },
    add: async (input) => put(await station.devices.add(input)),
    activate: async (input) => put(await station.devices.activate({ ...input, username: 'admin' })),
    update: async (id, patch) => put(await station.devices.update({ id, patch })),
    async remove(id) {
      const r = await station.devices.remove({ id })
      if (r.ok) set({ devices: (get().devices ?? []).filter((d) => d.id !== id) })
      return r
    },
    check: async (id) => put(await station.devices.check({ id })),
    syncTime: async (id) => put(await station.devices.syncTime({ id })),
    openDoor: (id) => station.devices.openDoor({ id }),
    async startDemo() {
      const r = await station.demo.start()
      if (r.ok) await get().load()
      return r
    },
  }
})
