// The Terminal page's operations (contract/terminal.ts, contract/account-permissions.ts): doors,
// accounts and their permissions, log, overview, factory reset, listening-host slots and hosts.
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { deviceOps } from '../devices/device-ops'
import type { Feature } from '../feature'
import { accountsService } from './accounts'
import { accountPermissionsService } from './account-permissions'
import { accountRightsService } from './account-rights'
import { listeningSlotAdminService } from './listening-slot-admin'
import { deviceLogService } from './device-log'
import { doorsService } from './doors'
import { factoryResetService } from './factory-reset'
import { listeningSlotsService } from './listening-slots'
import { listeningHostsService } from './listening-hosts'
import { overviewService } from './overview'

export function terminalFeature(ctx: StationContext, devices: DeviceService): Feature {
  const call = devices.call
  const doors = doorsService(ctx, devices, call)
  const accounts = accountsService(ctx, devices, call)
  const log = deviceLogService(devices, call)
  const ops = deviceOps(ctx, devices)
  const overview = overviewService(devices, call, async (id) => (await ops.time(id)).driftSeconds)
  const reset = factoryResetService(ctx, devices, call)
  const listening = listeningSlotsService(devices, call)
  const permissions = accountPermissionsService(ctx, devices, call)
  const slotAdmin = listeningSlotAdminService(devices, call)
  const hosts = listeningHostsService(ctx, devices)
  const rights = accountRightsService(ctx, devices, call)
  return {
    handlers: {
      'doors.status': ({ id }) => doors.status(id),
      'doors.control': ({ id, doorNo, command }) => doors.control(id, doorNo, command),
      'accounts.list': ({ id }) => accounts.list(id),
      'accounts.add': ({ id, userName, level, password, parameterConfig }) =>
        accounts.add(id, { userName, level, password, parameterConfig }),
      'accounts.setPassword': ({ id, accountId, password }) =>
        accounts.setPassword(id, accountId, password),
      'accounts.remove': ({ id, accountId }) => accounts.remove(id, accountId),
      'devices.log': ({ id, from, to, major, position, limit }) =>
        log.page(id, { from, to, major }, position, limit),
      'devices.logExport': ({ id, from, to, major }) => log.exportCsv(id, { from, to, major }),
      'terminal.overview': ({ id }) => overview.overview(id),
      'devices.factoryReset': ({ id, mode, confirm }) => reset.reset(id, mode, confirm),
      'listening.slots': ({ deviceId }) => listening.slots(deviceId),
      'listening.test': ({ deviceId }) => listening.test(deviceId),
      'accounts.loginCheck': ({ id }) => permissions.loginCheck(id),
      'accounts.setPermission': ({ id, accountId, parameterConfig }) =>
        permissions.setPermission(id, accountId, parameterConfig),
      'listening.freeSlot': ({ deviceId, slot }) => slotAdmin.freeSlot(deviceId, slot),
      'listening.freeAll': ({ deviceId }) => slotAdmin.freeAll(deviceId),
      'listening.addHost': ({ deviceId, host }) => hosts.addHost(deviceId, host),
      'listening.replaceHosts': ({ deviceId, hosts: list }) => hosts.replaceHosts(deviceId, list),
      'accounts.rights': ({ id }) => rights.view(id),
      'accounts.setRights': ({ id, rights: r }) => rights.setRights(id, r),
      'accounts.setLevels': ({ id, levels }) => rights.setLevels(id, levels),
    },
  }
}
