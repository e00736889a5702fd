// Configuration resources of the access rules, health screening, attendance and event
// configuration sections (guide 21.23, 21.24, 21.26, 21.27, 21.28, 21.32): one small entry
// each, joined to CONFIG_RESOURCES by registry.ts. Ranges and options come from each terminal's
// capability documents at run time.
import type { ConfigLabel } from '../../../shared/contract/config'
import type { ResourceDef } from './resource-def'

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

const THERMAL = '/ISAPI/Thermal/channels/1'

/** AcsCfg's temperature-screening fields: shown in Health screening, not with AcsCfg in General. */
export const THERMAL_ACS_FIELDS = [
  'thermalEnabled',
  'thermalMode',
  'thermalUnit',
  'highestThermalThreshold',
  'lowestThermalThreshold',
  'highestThermalThresholdF',
  'lowestThermalThresholdF',
  'thermalCompensation',
  'thermalDoorEnabled',
  'thermalPictureEnabled',
] as const

/** The attendance statuses a key may set (protocol-config/04 §11a). */
const ATTENDANCE_KEYS: Record<string, ConfigLabel> = {
  checkIn: L('Check in', '签到'),
  checkOut: L('Check out', '签退'),
  breakOut: L('Break out', '休息出'),
  breakIn: L('Break in', '休息入'),
  overtimeIn: L('Overtime in', '加班签到'),
  overtimeOut: L('Overtime out', '加班签退'),
}

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
  // Health screening
  {
    id: 'MaskDetection',
    guide: '21.24.1',
    group: 'health',
    label: L('Mask detection', '口罩检测'),
    format: 'json',
    path: `${ACS}/maskDetection`,
    capsPath: `${ACS}/maskDetection/capabilities`,
    flag: { doc: 'acs', key: 'isSupportMaskDetection' },
    fields: {
      enable: { label: L('Detect masks', '检测口罩') },
      noMaskStrategy: {
        label: L('Without a mask', '未戴口罩时'),
        optionLabels: {
          tipsAndOpenDoor: L('Remind, and open the door', '提示并开门'),
          noTipsAndOpenDoor: L('Open the door without a reminder', '不提示并开门'),
          tipsAndNotOpenDoor: L('Remind, and keep the door closed', '提示且不开门'),
        },
      },
    },
  },
  {
    id: 'TemperatureScreening',
    root: 'AcsCfg',
    only: [...THERMAL_ACS_FIELDS],
    guide: '21.32.3',
    group: 'health',
    label: L('Temperature screening', '体温筛查'),
    format: 'json',
    path: `${ACS}/AcsCfg`,
    capsPath: `${ACS}/AcsCfg/capabilities`,
    flag: { doc: 'acs', key: 'isSupportTemperatureMeasure' },
    fields: {
      thermalEnabled: { label: L('Measure temperature', '测温') },
      thermalUnit: {
        label: L('Unit', '温度单位'),
        optionLabels: { celsius: L('°C', '摄氏度'), fahrenheit: L('°F', '华氏度') },
      },
      highestThermalThreshold: {
        label: L('Fever at or above (°C)', '高温阈值（°C）'),
        decimals: true,
      },
      lowestThermalThreshold: { label: L('Too low below (°C)', '低温阈值（°C）'), decimals: true },
      highestThermalThresholdF: {
        label: L('Fever at or above (°F)', '高温阈值（°F）'),
        decimals: true,
      },
      lowestThermalThresholdF: { label: L('Too low below (°F)', '低温阈值（°F）'), decimals: true },
      thermalDoorEnabled: {
        label: L('Open the door even when out of range', '温度异常时仍开门'),
      },
      thermalMode: { label: L('Temperature only (no recognition)', '仅测温（不识别）') },
      thermalCompensation: { label: L('Compensation (°C)', '温度补偿（°C）'), decimals: true },
      thermalPictureEnabled: { label: L('Keep thermal pictures', '保存热成像图片') },
    },
  },
  {
    id: 'ThermometryBasicParam',
    guide: '21.32.3',
    group: 'health',
    label: L('Temperature measurement', '测温参数'),
    format: 'xml',
    path: `${THERMAL}/thermometry/basicParam`,
    capsPath: `${THERMAL}/thermometry/basicParam/capabilities`,
    flag: { doc: 'acs', key: 'isSupportTemperatureMeasure' },
    fields: {
      enabled: { label: L('Measurement on', '启用测温') },
      temperatureUnit: {
        label: L('Unit shown', '显示单位'),
        optionLabels: {
          degreeCentigrade: L('°C', '摄氏度'),
          degreeFahrenheit: L('°F', '华氏度'),
          degreeKelvin: L('K', '开尔文'),
        },
      },
      temperatureRange: {
        label: L('Measuring range', '测温范围'),
        optionLabels: {
          '30-45': L('30–45 °C (body)', '30–45 °C（人体）'),
          '-20-150': L('−20–150 °C (wide)', '−20–150 °C（宽范围）'),
        },
      },
      emissivity: { label: L('Emissivity', '发射率'), decimals: true },
      distanceUnit: {
        label: L('Distance unit', '距离单位'),
        optionLabels: {
          meter: L('Metre', '米'),
          feet: L('Foot', '英尺'),
          centimeter: L('Centimetre', '厘米'),
        },
      },
      streamOverlay: { label: L('Temperature on the video', '视频叠加温度') },
      pictureOverlay: { label: L('Temperature on pictures', '图片叠加温度') },
      id: { readOnly: true, label: L('Channel', '通道') },
    },
  },
  {
    id: 'FaceThermometry',
    guide: '21.32.13',
    group: 'health',
    label: L('Temperature measurement area', '测温区域'),
    format: 'xml',
    path: `${THERMAL}/faceThermometry`,
    capsPath: `${THERMAL}/faceThermometry/capabilities`,
    flag: { doc: 'acs', key: 'isSupportTemperatureMeasure' },
    fields: {
      faceThermometryEnabled: { label: L('Measure on the face', '人脸测温') },
      thermometrShowEnabled: { label: L('Show the temperature', '显示温度') },
      alarmEnabled: { label: L('Alarm when abnormal', '异常报警') },
      alarmIntervalTime: { label: L('Alarm interval (s)', '报警间隔（秒）') },
    },
  },
  {
    id: 'ThermalBlackBody',
    guide: '21.32.7',
    group: 'health',
    label: L('Black body', '黑体'),
    format: 'xml',
    path: `${THERMAL}/blackBody`,
    capsPath: `${THERMAL}/blackBody/capabilities`,
    flag: { doc: 'acs', key: 'isSupportTemperatureMeasure' },
    fields: {
      enabled: { label: L('Black body in use', '启用黑体') },
      emissivity: { label: L('Emissivity', '发射率'), decimals: true },
      distance: { label: L('Distance (m)', '距离（米）') },
      temperature: { label: L('Black-body temperature (°C)', '黑体温度（°C）') },
      'CentrePoint.CalibratingCoordinates.positionX': {
        label: L('Centre X (0–1000)', '中心 X（0–1000）'),
      },
      'CentrePoint.CalibratingCoordinates.positionY': {
        label: L('Centre Y (0–1000)', '中心 Y（0–1000）'),
      },
    },
  },
  // Attendance
  {
    id: 'AttendanceMode',
    guide: '21.26.5',
    group: 'attendance',
    label: L('Attendance mode', '考勤模式'),
    format: 'json',
    path: `${ACS}/Configuration/attendanceMode`,
    capsPath: `${ACS}/Configuration/attendanceMode/capabilities`,
    fields: {
      mode: {
        label: L('Attendance status chosen', '考勤状态选择'),
        optionLabels: {
          disable: L('Not used', '不启用'),
          manual: L('By the person (keys)', '手动（按键）'),
          auto: L('By the schedule', '自动（按计划）'),
          manualAndAuto: L('By the schedule, keys override', '自动，按键可改'),
        },
      },
      reqAttendanceStatus: {
        label: L('A status is required to pass', '必须选择考勤状态'),
      },
    },
  },
  {
    id: 'AttendanceList',
    guide: '21.26.13',
    group: 'attendance',
    label: L('Attendance shortcut keys', '考勤快捷键'),
    format: 'json',
    path: `${ACS}/keyCfg/attendance`,
    capsPath: `${ACS}/keyCfg/attendance/capabilities`,
    itemKey: 'attendanceStatus',
    fields: Object.fromEntries(
      Object.entries(ATTENDANCE_KEYS).flatMap(([status, words]) => [
        [`${status}.enable`, { label: L(`Key “${words.en}” offered`, `提供“${words.zh}”键`) }],
        [
          `${status}.label`,
          {
            label: L(`Key “${words.en}”: text shown`, `“${words.zh}”键显示的文字`),
            type: 'string',
          },
        ],
      ]),
    ),
  },
  {
    id: 'AttendancePlanTemplate',
    guide: '21.26.10',
    group: 'attendance',
    label: L('Attendance template', '考勤计划模板'),
    format: 'json',
    path: `${ACS}/Attendance/planTemplate/{id}`,
    capsPath: `${ACS}/Attendance/planTemplate/capabilities`,
    instances: numbered(`${ACS}/Attendance/planTemplate/capabilities`, 'templateNo'),
    fields: {
      enable: { label: L('Template in use', '启用模板') },
      templateName: { label: L('Template name', '模板名称'), type: 'string' },
      property: {
        label: L('Status it sets', '设置的考勤状态'),
        optionLabels: {
          check: L('Check in / out', '签到 / 签退'),
          break: L('Break out / in', '休息出 / 入'),
          overtime: L('Overtime in / out', '加班签到 / 签退'),
        },
      },
      weekPlanNo: { label: L('Week schedule no.', '周计划编号') },
    },
  },
  {
    id: 'AttendanceWeekPlan',
    guide: '21.26.8',
    group: 'attendance',
    label: L('Attendance week schedule', '考勤周计划'),
    format: 'json',
    path: `${ACS}/Attendance/weekPlan/{id}`,
    capsPath: `${ACS}/Attendance/weekPlan/capabilities`,
    instances: numbered(`${ACS}/Attendance/weekPlan/capabilities`, 'planNo'),
    fields: {
      enable: { label: L('Schedule in use', '启用计划') },
      WeekPlanCfg: {
        label: L(
          'Days (JSON list: id, week, enable, TimeSegment.beginTime / endTime)',
          '每日时段（JSON 列表：id、week、enable、TimeSegment.beginTime / endTime）',
        ),
        jsonList: true,
      },
    },
  },
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
