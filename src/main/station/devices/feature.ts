import type { Handlers } from '../dispatcher'
import type { DeviceService } from './device-service'

export function devicesHandlers(devices: DeviceService): Handlers {
  return {
    'devices.list': () => devices.list(),
    'devices.add': (input) => devices.add(input),
    'devices.activate': (input) => devices.activate(input),
    'devices.update': ({ id, patch }) => devices.update(id, patch),
    'devices.remove': ({ id }) => devices.remove(id),
    'devices.check': ({ id }) => devices.check(id),
  }
}
