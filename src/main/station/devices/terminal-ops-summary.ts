// What may be done to a terminal itself, read from its capability documents (never assumed):
// AccessControl (doors, factory reset) and System DeviceCap (upgrade, configuration file,
// time, accounts, listening host). A flag the terminal does not send counts as "not offered".
import { bool, int, isObj, obj, opts, type Obj } from '../../isapi/codec/read'
import type { DeviceCapabilities } from '../../isapi'
import type { DoorCommand, TerminalOpsSummary } from '@shared/model'

const DOOR_COMMANDS: readonly DoorCommand[] = ['open', 'close', 'alwaysOpen', 'alwaysClose']

export function summariseTerminalOps(
  c: DeviceCapabilities,
  deviceCap: Obj | undefined,
): TerminalOpsSummary {
  const sys = obj(deviceCap?.SysCap)
  const security = obj(deviceCap?.SecurityCap)
  const acsReset = obj(c.raw.accessControl.FactoryReset)
  // a terminal that sends no cmd list but says it has remote door control: the guide's four
  const offered = c.door.commands.length
    ? c.door.commands
    : c.door.remoteControl
      ? DOOR_COMMANDS
      : []
  const resetModes = opts(acsReset.mode)
  const resetFlag =
    bool(acsReset.isSupportFactoryReset) === true || bool(deviceCap?.isSupportFactoryReset) === true
  return {
    readers: c.door.readers ?? 0,
    doorCommands: c.door.remoteControl ? DOOR_COMMANDS.filter((cmd) => offered.includes(cmd)) : [],
    doorStatus: c.door.workStatus,
    upgrade:
      bool(deviceCap?.isSupportUpdatefirmware) === true ||
      bool(sys.isSupportPostUpdateFirmware) === true,
    backup: bool(security.isSupportConfigFileExport) === true,
    // external readers / modules the terminal can upgrade (guide ch 12)
    peripheralUpgrade: bool(deviceCap?.isSupportAcsUpdate) === true,
    restore: bool(security.isSupportConfigFileImport) === true,
    syncTime:
      bool(sys.isSupportTimeCap) === true || bool(obj(sys.NetworkCap).isSupportNtp) === true,
    reboot: deviceCap !== undefined,
    factoryReset: resetFlag ? (resetModes.length ? resetModes : ['basic']) : [],
    maxAccounts: int(security.supportUserNums) ?? (isObj(deviceCap?.SecurityCap) ? 1 : 0),
    listening: bool(obj(deviceCap?.EventCap).isSupportHttpHost) === true,
    // ContentMgmt logSearch is mandatory in the guide (21.4.1) for every ISAPI terminal
    log: deviceCap !== undefined,
  }
}
