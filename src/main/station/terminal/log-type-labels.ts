// Words for the types of a terminal's own log entries (ContentMgmt logSearch metaId
// `log.std-cgi.com/<Major>/<minor>`; the minor names are HCNetSDK's log types, spelled as the
// terminals send them). A name not listed here is shown as the terminal sent it.
import type { ConfigLabel } from '@shared/contract/config'

const L = (en: string, zh: string): ConfigLabel => ({ en, zh })

export const LOG_MAJOR_LABELS: Record<string, ConfigLabel> = {
  Alarm: L('Alarm', '报警'),
  Exception: L('Exception', '异常'),
  Operation: L('Operation', '操作'),
  Information: L('Information', '信息'),
  Infomation: L('Information', '信息'), // some cameras' spelling
}

export const LOG_MINOR_LABELS: Record<string, ConfigLabel> = {
  // alarms
  deviceTamperAlarm: L('Device tampered', '设备防拆报警'),
  deviceTamperResume: L('Device tamper restored', '设备防拆恢复'),
  duressAlarm: L('Duress alarm', '胁迫报警'),
  cardReaderTamperAlarm: L('Reader tampered', '读卡器防拆报警'),
  cardReaderTamperResume: L('Reader tamper restored', '读卡器防拆恢复'),
  // exceptions
  netBroken: L('Network disconnected', '网络断开'),
  netResume: L('Network restored', '网络恢复'),
  powerOn: L('Power on', '上电'),
  powerOff: L('Power off', '断电'),
  ipConflict: L('IP address conflict', 'IP 地址冲突'),
  // operations
  remoteLogin: L('Remote login', '远程登录'),
  remoteLogout: L('Remote logout', '远程注销'),
  remoteCfgParm: L('Remote: settings changed', '远程配置参数'),
  remoteGetParm: L('Remote: settings read', '远程获取参数'),
  remoteGetParam: L('Remote: settings read', '远程获取参数'),
  remoteReboot: L('Remote reboot', '远程重启'),
  remoteUpgrade: L('Remote firmware upgrade', '远程升级'),
  remoteCfgFileOutput: L('Remote: configuration exported', '远程导出配置文件'),
  remoteCfgFileInput: L('Remote: configuration imported', '远程导入配置文件'),
  remoteOpenDoor: L('Remote: door opened', '远程开门'),
  remoteCloseDoor: L('Remote: door closed', '远程关门'),
  remoteAlwaysOpen: L('Remote: door held open', '远程常开'),
  remoteAlwaysClose: L('Remote: door held closed', '远程常关'),
  remoteCheckTime: L('Remote time sync', '远程校时'),
  ntpCheckTime: L('NTP time sync', 'NTP 校时'),
  remoteRestoreCfg: L('Remote: factory settings restored', '远程恢复默认参数'),
  remoteClearCard: L('Remote: cards cleared', '远程清空卡号'),
  remoteArm: L('Remote arm', '远程布防'),
  remoteDisarm: L('Remote disarm', '远程撤防'),
  localLogin: L('Local login', '本地登录'),
  localLogout: L('Local logout', '本地注销'),
  localUpgrade: L('Local upgrade', '本地升级'),
  localRestoreCfg: L('Local: factory settings restored', '本地恢复默认参数'),
}
