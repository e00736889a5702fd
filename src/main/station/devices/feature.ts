// Terminals (contract/devices.ts): the registry with its login checks, time and door
// operations; in the background, the health check of every terminal (health-monitor.ts) and
// terminals changed by another process on the same data folder (devices-elsewhere.ts).
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import { deviceOps } from './device-ops'
import type { DeviceService } from './device-service'
import { healthMonitor } from './health-monitor'
import { devicesElsewhere } from './devices-elsewhere'

export function devicesFeature(
  ctx: StationContext,
  devices: DeviceService,
  healthCheckMs?: number,
  afterRecordChange: () => void = () => {},
): Feature {
  const ops = deviceOps(ctx, devices)
  const monitor = healthMonitor(ctx, devices, healthCheckMs)
  const elsewhere = devicesElsewhere(ctx, devices, afterRecordChange)
  return {
    handlers: {
      'devices.list': () => devices.list(),
      'devices.add': (input) => devices.add(input),
      'devices.activate': (input) => devices.activate(input),
      'devices.update': ({ id, patch }) => devices.update(id, patch),
      'devices.remove': ({ id }) => devices.remove(id),
      'devices.check': ({ id }) => devices.check(id),
      'devices.time': ({ id }) => ops.time(id),
      'devices.syncTime': ({ id }) => ops.syncTime(id),
      'devices.openDoor': ({ id, doorNo, command }) => ops.openDoor(id, doorNo, command),
    },
    start() {
      monitor.start?.()
      elsewhere.start?.()
    },
    async close() {
      await elsewhere.close?.()
      await monitor.close?.()
      await devices.close()
    },
  }
}
