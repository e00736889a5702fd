import type { IsapiClient } from '../../isapi'
import type { DeviceService } from '../devices/device-service'

/** One call to a terminal: health observed, device errors turned into coded AppFailures. */
export type DeviceCall = <T>(id: string, fn: (client: IsapiClient) => Promise<T>) => Promise<T>

export function deviceCall(devices: DeviceService): DeviceCall {
  return async (id, fn) => {
    const record = devices.record(id)
    try {
      const result = await fn(devices.client(id))
      devices.observe(id)
      return result
    } catch (error) {
      devices.observe(id, error)
      throw devices.mapError(error, record.name)
    }
  }
}
