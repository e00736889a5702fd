// Temperature screening (protocol-config/07 §7, SDK Thermal guide ranges) and attendance
// schedules (04 §11a), as stored documents.
import { bool, opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

const T = '/ISAPI/Thermal/channels/:id'
const one = (): [number, number] => [1, 1]

export const mediaDocs: DocSpec[] = [
  {
    path: `${T}/thermometry/basicParam`,
    format: 'xml',
    root: 'ThermometryBasicParam',
    feature: 'temperature',
    ids: one,
    defaults: () => ({
      id: 1,
      enabled: true,
      streamOverlay: false,
      pictureOverlay: false,
      temperatureRange: '30-45',
      temperatureUnit: 'degreeCentigrade',
      emissivity: 0.98,
      distanceUnit: 'meter',
    }),
    caps: () => ({
      id: range(1, 1),
      enabled: bool,
      streamOverlay: bool,
      pictureOverlay: bool,
      temperatureRange: opt('30-45,-20-150'),
      temperatureUnit: opt('degreeCentigrade,degreeFahrenheit,degreeKelvin'),
      emissivity: range(0.01, 1),
      distanceUnit: opt('meter,feet,centimeter'),
    }),
  },
  {
    path: `${T}/blackBody`,
    format: 'xml',
    root: 'ThermalBlackBody',
    feature: 'temperature',
    ids: one,
    defaults: () => ({
      enabled: false,
      emissivity: 0.97,
      distance: 2.0,
      temperature: 35.0,
      CentrePoint: { CalibratingCoordinates: { positionX: 500, positionY: 500 } },
    }),
    caps: () => ({
      enabled: bool,
      emissivity: range(0.01, 1),
      distance: range(0, 10),
      temperature: range(30, 50),
      CentrePoint: {
        CalibratingCoordinates: { positionX: range(0, 1000), positionY: range(0, 1000) },
      },
    }),
  },
  {
    path: `${T}/faceThermometry`,
    format: 'xml',
    root: 'FaceThermometry',
    feature: 'temperature',
    ids: one,
    defaults: () => ({
      faceThermometryEnabled: true,
      thermometrShowEnabled: true,
      alarmEnabled: true,
      alarmIntervalTime: 1,
    }),
    caps: () => ({
      faceThermometryEnabled: bool,
      thermometrShowEnabled: bool,
      alarmEnabled: bool,
      alarmIntervalTime: range(0.5, 600),
    }),
  },
  {
    path: '/ISAPI/AccessControl/Attendance/weekPlan/:id',
    format: 'json',
    root: 'AttendanceWeekPlan',
    capsRoot: 'AttendanceWeekPlanCap',
    ids: () => [1, 8],
    defaults: () => ({
      enable: false,
      WeekPlanCfg: [
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ].map((week, i) => ({
        id: i + 1,
        week,
        enable: false,
        TimeSegment: { beginTime: '00:00:00', endTime: '00:00:00' },
      })),
    }),
    caps: () => ({
      planNo: range(1, 8),
      enable: bool,
      WeekPlanCfg: {
        maxSize: 7,
        id: range(1, 7),
        week: opt('Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday'),
        enable: bool,
        TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' },
      },
    }),
  },
  {
    path: '/ISAPI/AccessControl/Attendance/planTemplate/:id',
    format: 'json',
    root: 'AttendancePlanTemplate',
    capsRoot: 'AttendancePlanTemplateCap',
    ids: () => [1, 8],
    defaults: (_p, id) => ({
      enable: false,
      property: 'check',
      templateName: `template${id}`,
      weekPlanNo: id,
    }),
    caps: () => ({
      templateNo: range(1, 8),
      enable: bool,
      property: opt('check,break,overtime'),
      templateName: range(0, 32),
      weekPlanNo: range(1, 8),
    }),
  },
]
