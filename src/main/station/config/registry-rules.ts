// Configuration resources of the access rules and event configuration sections (guide 21.23,
// 21.27, 21.28), with those of health screening and attendance (registry-health.ts): one small
// entry each, joined to CONFIG_RESOURCES by registry.ts. Ranges and options come from each terminal's
// capability documents at run time.
import type { ConfigLabel } from '@shared/contract/config'
import type { ResourceDef } from './resource-def'
import { HEALTH_ATTENDANCE_RESOURCES } from './registry-health'

export { THERMAL_ACS_FIELDS } from './registry-health'

const ACS = '/ISAPI/AccessControl'
const L = (en: string, zh: string): ConfigLabel => ({ en, zh })

const READERS = {
  kind: 'reader',
  capsPath: `${ACS}/CardReaderCfg/capabilities`,
  format: 'json',
  field: 'cardReaderNo',
} as const
const DOORS = {
  kind: 'door',
  capsPath: `${ACS}/RemoteControl/door/capabilities`,
  format: 'xml',
  field: 'doorNo',
} as const
const numbered = (capsPath: string, field: string) =>
  ({ kind: 'instance', capsPath, format: 'json', field }) as const

export const RULES_RESOURCES: readonly ResourceDef[] = [
  // Access rules
  {
    id: 'AntiSneakCfg',
    guide: '21.23.6',
    group: 'accessRules',
    label: L('Anti-passback', '反潜回'),
    format: 'json',
    path: `${ACS}/AntiSneakCfg`,
    capsPath: `${ACS}/AntiSneakCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportAntiSneakCfg' },
    fields: {
      enable: { label: L('Anti-passback on', '启用反潜回') },
      startCardReaderNo: { label: L('First reader (0 = any)', '首读卡器（0 = 任意）') },
    },
  },
  {
    id: 'CardReaderAntiSneakCfg',
    guide: '21.23.1',
    group: 'accessRules',
    label: L('Anti-passback of a reader', '读卡器反潜回'),
    format: 'json',
    path: `${ACS}/CardReaderAntiSneakCfg/{id}`,
    capsPath: `${ACS}/CardReaderAntiSneakCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportAntiSneakCfg' },
    instances: READERS,
    fields: {
      enable: { label: L('Checked by anti-passback', '参与反潜回') },
      followUpCardReader: {
        label: L('Readers allowed next (numbers, e.g. 2,3)', '下一次允许的读卡器（编号，如 2,3）'),
        numberList: true,
      },
    },
  },
  {
    id: 'MultiCardCfg',
    guide: '21.27.6',
    group: 'accessRules',
    label: L('Multi-factor authentication of a door', '门的多重认证'),
    format: 'json',
    path: `${ACS}/MultiCardCfg/{id}`,
    capsPath: `${ACS}/MultiCardCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportMultiCardCfg' },
    instances: DOORS,
    fields: {
      enable: { label: L('Multi-factor authentication on', '启用多重认证') },
      swipeIntervalTimeout: {
        label: L('Time for the next person (s)', '等待下一人的时间（秒）'),
      },
      GroupCfg: {
        label: L(
          'Rules (JSON list: each id, enable, GroupCombination of groupNo / memberNum / sequenceNo)',
          '规则（JSON 列表：每条含 id、enable 与 GroupCombination：groupNo / memberNum / sequenceNo）',
        ),
        jsonList: true,
      },
    },
  },
  {
    id: 'GroupCfg',
    guide: '21.27.4',
    group: 'accessRules',
    label: L('Multi-factor group', '多重认证群组'),
    format: 'json',
    path: `${ACS}/GroupCfg/{id}`,
    capsPath: `${ACS}/GroupCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportGroupCfg' },
    instances: numbered(`${ACS}/GroupCfg/capabilities`, 'groupNo'),
    fields: {
      enable: { label: L('Group in use', '启用群组') },
      groupName: { label: L('Group name', '群组名称'), type: 'string' },
      'ValidPeriodCfg.enable': { label: L('Valid only in a period', '仅在有效期内有效') },
      'ValidPeriodCfg.beginTime': { label: L('Valid from', '有效期开始'), type: 'string' },
      'ValidPeriodCfg.endTime': { label: L('Valid until', '有效期结束'), type: 'string' },
    },
  },
  ...HEALTH_ATTENDANCE_RESOURCES,
  // Event configuration
  {
    id: 'EventCardLinkageCfg',
    guide: '21.28.3',
    group: 'eventConfig',
    label: L('Event–card linkage', '事件卡号联动'),
    format: 'json',
    path: `${ACS}/EventCardLinkageCfg/{id}`,
    capsPath: `${ACS}/EventCardLinkageCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportEventCardLinkageCfg' },
    instances: numbered(`${ACS}/EventCardLinkageCfg/capabilities`, 'eventID'),
    fields: {
      proMode: {
        label: L('Linked to', '联动依据'),
        optionLabels: {
          event: L('An event', '事件'),
          card: L('A card', '卡号'),
          mac: L('A MAC address', 'MAC 地址'),
          employee: L('A person', '人员'),
        },
      },
      'EventLinkageInfo.mainEventType': { label: L('Event major type', '事件主类型') },
      'EventLinkageInfo.subEventType': { label: L('Event minor type', '事件次类型') },
      'CardNoLinkageInfo.cardNo': { label: L('Card number', '卡号'), type: 'string' },
      'EmployeeInfo.employeeNo': { label: L('Employee number', '工号'), type: 'string' },
      eventSourceID: { label: L('Event source (65535 = any)', '事件源（65535 = 任意）') },
      openDoor: { label: L('Open doors', '开门'), numberList: true },
      closeDoor: { label: L('Close doors', '关门'), numberList: true },
      alwaysOpen: { label: L('Keep doors open', '常开'), numberList: true },
      alwaysClose: { label: L('Keep doors closed', '常闭'), numberList: true },
      alarmout: { label: L('Alarm outputs', '报警输出'), numberList: true },
      mainDevBuzzer: { label: L('Sound the buzzer', '主机蜂鸣') },
      capturePic: { label: L('Capture a picture', '抓图') },
      recordVideo: { label: L('Record video', '录像') },
    },
  },
  {
    id: 'EventOptimizationCfg',
    guide: '21.28.9',
    group: 'eventConfig',
    label: L('Event optimisation', '事件优化'),
    format: 'json',
    path: `${ACS}/EventOptimizationCfg`,
    capsPath: `${ACS}/EventOptimizationCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportEventOptimizationCfg' },
    fields: {
      enable: { label: L('Optimise events', '启用事件优化') },
      isCombinedLinkageEvents: {
        label: L('Merge door events into the verification event', '门联动事件并入认证事件'),
      },
    },
  },
  {
    id: 'EventStorageCfg',
    guide: '21.28.12',
    group: 'eventConfig',
    label: L('Event storage', '事件存储'),
    format: 'json',
    path: `${ACS}/AcsEvent/StorageCfg`,
    capsPath: `${ACS}/AcsEvent/StorageCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportEventStorageCfg' },
    fields: {
      mode: {
        label: L('When storage is full', '存储方式'),
        optionLabels: {
          cycle: L('Overwrite the oldest', '循环覆盖'),
          regular: L('Delete periodically', '定期删除'),
          time: L('Delete older than a time', '按时间删除'),
        },
      },
      period: { label: L('Deletion period', '删除周期') },
      checkTime: { label: L('Delete events before', '删除此时间前的事件'), type: 'string' },
    },
  },
]
