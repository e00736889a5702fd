// The configuration resources the station knows: one small entry each (resource-def.ts says
// what an entry holds). Adding a resource = adding an entry here (and serving it in the
// simulator); the Terminal page, the CLI and the contract pick it up from this list.
import { CONTACT_STATES, FINGERPRINT_LEVELS, VERIFY_MODES } from './option-labels'
import type { ResourceDef } from './resource-def'
import { RULES_RESOURCES, THERMAL_ACS_FIELDS } from './registry-rules'
import { NETWORK_RESOURCES } from './registry-network'
import { TERMINAL_MEDIA_RESOURCES } from './registry-terminal-media'
import { GUIDE1_RESOURCES } from './registry-guide1'
import { GUIDE2_RESOURCES } from './registry-guide2'

const ACS = '/ISAPI/AccessControl'
const L = (en: string, zh: string) => ({ en, zh })

const DOORS = {
  kind: 'door',
  capsPath: `${ACS}/RemoteControl/door/capabilities`,
  format: 'xml',
  field: 'doorNo',
} as const
const READERS = {
  kind: 'reader',
  capsPath: `${ACS}/CardReaderCfg/capabilities`,
  format: 'json',
  field: 'cardReaderNo',
} as const

export const CONFIG_RESOURCES: readonly ResourceDef[] = [
  // General
  {
    id: 'DeviceInfo',
    guide: '21.1',
    group: 'general',
    label: L('Terminal identity', '终端信息'),
    format: 'xml',
    path: '/ISAPI/System/deviceInfo',
    capsPath: '/ISAPI/System/deviceInfo/capabilities',
    fields: {
      deviceName: { label: L('Name', '名称'), type: 'string' },
      deviceID: { label: L('Device number', '设备编号') },
      telecontrolID: { label: L('Remote-control number', '遥控器编号') },
    },
  },
  {
    id: 'DeviceLanguage',
    guide: '21.5.5',
    group: 'general',
    label: L('Language on the terminal', '终端语言'),
    format: 'xml',
    path: '/ISAPI/System/DeviceLanguage',
    capsPath: '/ISAPI/System/DeviceLanguage/capabilities',
    fields: { language: { label: L('Language', '语言') } },
  },
  {
    id: 'AcsCfg',
    guide: '21.25.3',
    group: 'general',
    label: L('Access controller', '门禁主机参数'),
    format: 'json',
    path: `${ACS}/AcsCfg`,
    capsPath: `${ACS}/AcsCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportAcsCfg' },
    except: THERMAL_ACS_FIELDS,
    fields: {
      voicePrompt: { label: L('Voice prompt', '语音提示') },
      showPicture: { label: L('Show the person’s picture', '显示人员图片') },
      showEmployeeNo: { label: L('Show the employee number', '显示工号') },
      showName: { label: L('Show the name', '显示姓名') },
      uploadCapPic: { label: L('Upload captured pictures', '上传抓拍图片') },
      saveCapPic: { label: L('Keep captured pictures', '保存抓拍图片') },
      protocol: { label: L('Reader protocol', '读卡器协议') },
    },
  },
  // Time
  {
    id: 'Time',
    guide: '21.3.4',
    group: 'time',
    label: L('Clock', '时间'),
    format: 'xml',
    path: '/ISAPI/System/time',
    capsPath: '/ISAPI/System/time/capabilities',
    fields: {
      timeMode: {
        label: L('Time source', '校时方式'),
        optionLabels: {
          NTP: L('NTP server', 'NTP 服务器'),
          manual: L('Set by hand / station', '手动 / 工作站校时'),
        },
      },
      timeZone: {
        label: L(
          'Time zone (POSIX, e.g. CST-8:00:00 = UTC+8)',
          '时区（POSIX，如 CST-8:00:00 即 UTC+8）',
        ),
        type: 'string',
      },
      localTime: { hidden: true },
      timeType: { hidden: true },
    },
  },
  {
    id: 'NTPServer',
    guide: '21.3.1',
    group: 'time',
    label: L('NTP server', 'NTP 服务器'),
    format: 'xml',
    path: '/ISAPI/System/time/ntpServers/{id}',
    capsPath: '/ISAPI/System/time/ntpServers/capabilities',
    flag: { doc: 'system', key: 'SysCap.NetworkCap.isSupportNtp' },
    instances: {
      kind: 'instance',
      capsPath: '/ISAPI/System/time/ntpServers/capabilities',
      format: 'xml',
      field: 'id',
    },
    fields: {
      id: { readOnly: true },
      addressingFormatType: { label: L('Address type', '地址类型') },
      hostName: { label: L('Host name', '主机名'), type: 'string' },
      ipAddress: { label: L('IP address', 'IP 地址'), type: 'string' },
      portNo: { label: L('Port', '端口') },
      synchronizeInterval: { label: L('Sync interval (minutes)', '校时间隔（分钟）') },
    },
  },
  // Authentication (per reader, then the terminal's recognition modules)
  {
    id: 'CardReaderCfg',
    guide: '21.30.5',
    group: 'authentication',
    label: L('Reader', '读卡器'),
    format: 'json',
    path: `${ACS}/CardReaderCfg/{id}`,
    capsPath: `${ACS}/CardReaderCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportCardReaderCfg' },
    instances: READERS,
    fields: {
      defaultVerifyMode: {
        label: L('Authentication mode', '认证方式'),
        optionLabels: VERIFY_MODES,
      },
      enable: { label: L('Enabled', '启用') },
      cardReaderName: { label: L('Reader name', '读卡器名称') },
      faceMatchThreshold1: { label: L('Face threshold 1:1', '人脸 1:1 比对阈值') },
      faceMatchThresholdN: { label: L('Face threshold 1:N', '人脸 1:N 比对阈值') },
      faceQuality: { label: L('Face quality', '人脸质量') },
      livingBodyDetect: { label: L('Liveness detection', '活体检测') },
      fingerPrintCheckLevel: {
        label: L('Fingerprint security level', '指纹安全等级'),
        optionLabels: FINGERPRINT_LEVELS,
      },
      swipeInterval: { label: L('Repeat interval (s)', '重复认证间隔（秒）') },
      pressTimeout: { label: L('Keypad timeout (s)', '按键超时（秒）') },
      maxReadCardFailNum: { label: L('Failures before alarm', '报警前失败次数') },
      cardReaderDescription: { readOnly: true },
    },
  },
  {
    id: 'FaceCompareCond',
    guide: '21.30.11',
    group: 'authentication',
    label: L('Face comparison conditions', '人脸比对条件'),
    format: 'xml',
    path: `${ACS}/FaceCompareCond`,
    capsPath: `${ACS}/FaceCompareCond/capabilities`,
    flag: { doc: 'acs', key: 'isSupportFaceCompareCond' },
    fields: {
      pitch: { label: L('Pitch (°)', '俯仰角（°）') },
      yaw: { label: L('Yaw (°)', '偏航角（°）') },
      faceScore: { label: L('Minimum face score', '最低人脸评分') },
      maxDistance: { label: L('Maximum distance (m)', '最大识别距离（米）') },
    },
  },
  {
    id: 'FaceRecognizeMode',
    guide: '21.30.18',
    group: 'authentication',
    label: L(
      'Face recognition mode (changing it reboots the terminal and clears faces)',
      '人脸识别模式（修改后终端重启并清空人脸）',
    ),
    format: 'json',
    path: `${ACS}/FaceRecognizeMode`,
    capsPath: `${ACS}/FaceRecognizeMode/capabilities`,
    flag: { doc: 'acs', key: 'isSupportFaceRecognizeMode' },
    reboots: true,
    fields: {
      mode: {
        label: L('Mode', '模式'),
        optionLabels: {
          normalMode: L('Visible light', '可见光'),
          deepMode: L('Infrared (deep)', '红外（深度）'),
        },
      },
    },
  },
  {
    id: 'WiegandCfg',
    guide: '21.30.3',
    group: 'authentication',
    label: L('Wiegand', '韦根'),
    format: 'xml',
    path: `${ACS}/WiegandCfg/wiegandNo/{id}`,
    capsPath: `${ACS}/WiegandCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportWiegandCfg' },
    instances: {
      kind: 'instance',
      capsPath: `${ACS}/WiegandCfg/capabilities`,
      format: 'xml',
      field: 'wiegandNo',
    },
    fields: {
      communicateDirection: {
        label: L('Direction', '方向'),
        optionLabels: {
          receive: L('In: a reader feeds the terminal', '输入：外接读卡器'),
          send: L('Out: the terminal feeds a controller', '输出：输出到控制器'),
        },
      },
      wiegandMode: { label: L('Format', '格式') },
      signalInterval: { label: L('Signal interval (ms)', '信号间隔（毫秒）') },
      enable: { label: L('Enabled', '启用') },
    },
  },
  {
    id: 'NFCCfg',
    guide: '21.30.16',
    group: 'authentication',
    label: L('NFC cards', 'NFC 卡'),
    format: 'json',
    path: `${ACS}/Configuration/NFCCfg`,
    capsPath: `${ACS}/Configuration/NFCCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportNFCCfg' },
    fields: { enable: { label: L('Read NFC', '启用 NFC') } },
  },
  {
    id: 'RFCardCfg',
    guide: '21.30.24',
    group: 'authentication',
    label: L('RF card types', '射频卡类型'),
    format: 'json',
    path: `${ACS}/Configuration/RFCardCfg`,
    capsPath: `${ACS}/Configuration/RFCardCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportRFCardCfg' },
    itemKey: 'cardType',
  },
  {
    id: 'M1CardEncryptCfg',
    guide: '21.30.22',
    group: 'authentication',
    label: L('M1 card encryption', 'M1 卡加密'),
    format: 'xml',
    path: `${ACS}/M1CardEncryptCfg`,
    capsPath: `${ACS}/M1CardEncryptCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportM1CardEncryptCfg' },
    fields: {
      enable: { label: L('Verify encryption', '启用加密校验') },
      sectionID: { label: L('Sector', '扇区') },
    },
  },
  {
    id: 'CardVerificationRule',
    guide: '21.30.26',
    group: 'authentication',
    label: L('Card number rule', '卡号认证规则'),
    format: 'json',
    path: `${ACS}/CardVerificationRule`,
    capsPath: `${ACS}/CardVerificationRule/capabilities`,
    flag: { doc: 'acs', key: 'isSupportCardVerificationRule' },
  },
  // Doors (static settings; the live door panel is its own section)
  {
    id: 'DoorParam',
    guide: '21.20.4',
    group: 'doors',
    label: L('Door', '门'),
    format: 'xml',
    path: `${ACS}/Door/param/{id}`,
    capsPath: `${ACS}/Door/param/{id}/capabilities`,
    flag: { doc: 'acs', key: 'isSupportDoorCfg' },
    instances: DOORS,
    fields: {
      doorName: { label: L('Door name', '门名称'), type: 'string' },
      openDuration: { label: L('Open duration (s)', '开门持续时间（秒）') },
      magneticAlarmTimeout: { label: L('Door-open alarm after (s)', '门磁报警超时（秒）') },
      magneticType: { label: L('Door contact', '门磁类型'), optionLabels: CONTACT_STATES },
      openButtonType: { label: L('Exit button', '开门按钮类型'), optionLabels: CONTACT_STATES },
      disabledOpenDuration: { label: L('Open duration, accessible (s)', '无障碍开门时间（秒）') },
      leaderCardOpenDuration: {
        label: L('First-card open duration (min)', '首卡常开时间（分钟）'),
      },
    },
  },
  {
    id: 'LockType',
    guide: '21.20.2',
    group: 'doors',
    label: L('Lock when power is lost', '断电时门锁状态'),
    format: 'json',
    path: `${ACS}/Configuration/lockType`,
    capsPath: `${ACS}/Configuration/lockType/capabilities`,
    flag: { doc: 'acs', key: 'isSupportLockTypeCfg' },
    fields: {
      status: {
        label: L('Lock on power loss', '断电时'),
        optionLabels: {
          alwaysOpen: L('Unlocked (fail-safe)', '开锁（断电开）'),
          alwaysClose: L('Locked (fail-secure)', '锁定（断电闭）'),
        },
      },
    },
  },
  ...RULES_RESOURCES,
  ...NETWORK_RESOURCES,
  ...TERMINAL_MEDIA_RESOURCES,
  ...GUIDE1_RESOURCES,
  ...GUIDE2_RESOURCES,
]

export const resourceById = (id: string): ResourceDef | undefined =>
  CONFIG_RESOURCES.find((r) => r.id.toLowerCase() === id.toLowerCase())
