// Configuration resources of the health screening and attendance sections (guide 21.24, 21.26,
// 21.32): one small entry each, joined to CONFIG_RESOURCES through registry-rules.ts. Ranges and
// options come from each terminal's capability documents at run time.
import type { ConfigLabel } from '@shared/contract/config'
import type { ResourceDef } from './resource-def'

const ACS = '/ISAPI/AccessControl'
const L = (en: string, zh: string): ConfigLabel => ({ en, zh })
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

export const HEALTH_ATTENDANCE_RESOURCES: readonly ResourceDef[] = [
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
]
