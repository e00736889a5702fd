import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { batchService } from './batch-service'
import { maintenanceService } from './maintenance-service'
import { peripheralService } from './peripheral-service'

/** Firmware upgrade, reboot, configuration backup and restore (contract/maintenance.ts); the same on many terminals (contract/batch.ts). */
export function maintenanceFeature(ctx: StationContext, devices: DeviceService): Feature {
  const service = maintenanceService(ctx, devices)
  const batch = batchService(ctx, devices, service)
  const peripherals = peripheralService(ctx, devices, service)
  return {
    handlers: {
      'devices.upgrade': (args) => service.upgrade(args),
      'devices.reboot': ({ id }) => service.reboot(id),
      'devices.backupConfig': ({ id, secretKey }) => service.backupConfig(id, secretKey),
      'devices.restoreConfig': ({ id, dataBase64, secretKey }) =>
        service.restoreConfig(id, dataBase64, secretKey),
      'devices.upgradeMany': (args) => batch.upgradeMany(args),
      'devices.timeMany': (args) => batch.timeMany(args),
      'devices.peripherals': ({ id }) => peripherals.list(id),
      'devices.upgradePeripheral': (args) => peripherals.upgrade(args),
    },
  }
}
