import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { configService } from './config-service'

/** A terminal's own configuration resources (contract/config.ts). */
export function configFeature(ctx: StationContext, devices: DeviceService): Feature {
  const service = configService(ctx, devices)
  return {
    handlers: {
      'config.list': ({ deviceId }) => service.list(deviceId),
      'config.get': ({ deviceId, resource, instance }) => service.get(deviceId, resource, instance),
      'config.caps': ({ deviceId, resource, instance }) =>
        service.caps(deviceId, resource, instance),
      'config.set': ({ deviceId, resource, instance, changes, checkOnly }) =>
        service.set(deviceId, resource, instance, changes, checkOnly),
    },
  }
}
