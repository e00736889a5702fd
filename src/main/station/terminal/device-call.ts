import type { DeviceService } from '../devices/device-service'

/** One call to a terminal (`devices.call`): health observed, device errors as coded AppFailures. */
export type DeviceCall = DeviceService['call']
