// Terminals (contract/devices.ts): the registry with its login checks, time and door
// operations, and the health check of every terminal in the background (health-monitor.ts).
import type { StationContext } from '../context'
import type { Feature } from '../feature'
import { deviceOps } from './device-ops'
import type { DeviceService } from './device-service'
import { healthMonitor } from './health-monitor'

export function devicesFeature(
  ctx: StationContext,
  devices: DeviceService,
  healthCheckMs?: number,
): Feature {
  const ops = deviceOps(ctx, devices)
  const monitor = healthMonitor(ctx, devices, healthCheckMs)
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
    start: () => monitor.start?.(),
    async close() {
      await monitor.close?.()
      await devices.close()
    },
  }
}
