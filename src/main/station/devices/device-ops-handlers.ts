import type { StationContext } from '../context'
import { deviceOps } from './device-ops'
import type { DeviceService } from './device-service'
import type { Handlers } from '../dispatcher'

export function deviceOpsHandlers(ctx: StationContext, devices: DeviceService): Handlers {
  const ops = deviceOps(ctx, devices)
  return {
    'devices.time': ({ id }) => ops.time(id),
    'devices.syncTime': ({ id }) => ops.syncTime(id),
    'devices.openDoor': ({ id, doorNo, command }) => ops.openDoor(id, doorNo, command),
  }
}
