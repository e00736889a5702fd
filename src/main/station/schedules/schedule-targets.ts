// What one terminal offers for reader authentication and door-status schedules: its readers and
// doors (from the CardReaderPlan / DoorStatusPlan capabilities, never a constant), the verify
// modes and door statuses its week plans take, and which template each reader / door follows now.
import type { BindingTargets } from '@shared/model'
import type { DeviceService } from '../devices/device-service'

const numbers = (r: { min?: number; max?: number } | undefined): number[] => {
  if (!r) return []
  const min = Math.max(1, r.min ?? 1)
  const max = Math.min(r.max ?? min, 256)
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i)
}

export function scheduleTargets(devices: DeviceService) {
  return async (deviceId: string): Promise<BindingTargets> => {
    return devices.call(deviceId, async (client) => {
      const [readerCaps, doorCaps, verify, door] = await Promise.all([
        client.schedules.bindingCapabilities('reader'),
        client.schedules.bindingCapabilities('door'),
        client.schedules.capabilities('Verify'),
        client.schedules.capabilities('DoorStatus'),
      ])
      const readers = numbers(readerCaps?.no)
      const doors = numbers(doorCaps?.no)
      const readerTemplates: Record<number, number> = {}
      const doorTemplates: Record<number, number> = {}
      for (const n of readers) readerTemplates[n] = await client.schedules.getBinding('reader', n)
      for (const n of doors) doorTemplates[n] = await client.schedules.getBinding('door', n)
      return {
        deviceId,
        readers,
        doors,
        verifyModes: verify.weekPlan?.verifyModes ?? [],
        doorStatuses: door.weekPlan?.doorStatuses ?? [],
        readerTemplates,
        doorTemplates,
      }
    })
  }
}
