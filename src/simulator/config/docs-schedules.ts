// Schedules (protocol-config/05): week plans, holiday plans and groups, templates for the
// UserRight / Verify / DoorStatus families, reader and door bindings.
import { factoryVerifyMode } from '../access/verify-mode.js'
import type { Profile } from '../profiles/types.js'
import { bool, opt, range } from './doc-spec.js'
import type { Caps, DocSpec } from './doc-spec.js'

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const DOOR_STATUS = 'remainOpen,remainClosed,normal,sleep,invalid'
type Family = 'UserRight' | 'Verify' | 'DoorStatus'
const FAMILIES: Family[] = ['UserRight', 'Verify', 'DoorStatus']

function rowExtra(f: Family, p: Profile): Record<string, unknown> {
  // factory Verify rows carry the reader's own default mode (S2: faceOrFpOrCardOrPw on a face + FP terminal)
  if (f === 'Verify') return { verifyMode: factoryVerifyMode(p) }
  if (f === 'DoorStatus') return { doorStatus: 'normal' }
  return {}
}

function weekRows(f: Family, p: Profile, allDay: boolean): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = []
  for (const week of WEEK) {
    for (let id = 1; id <= 8; id++) {
      const on = allDay && id === 1
      rows.push({
        week,
        id,
        enable: on,
        ...rowExtra(f, p),
        TimeSegment: { beginTime: '00:00:00', endTime: on ? '24:00:00' : '00:00:00' },
      })
    }
  }
  return rows
}

function rowCaps(f: Family, p: Profile): Caps {
  const extra: Caps =
    f === 'Verify'
      ? { verifyMode: opt(p.verifyModes.join(',')) }
      : f === 'DoorStatus'
        ? { doorStatus: opt(DOOR_STATUS) }
        : {}
  return {
    week: opt(WEEK.join(',')),
    id: range(1, 8),
    enable: bool,
    ...extra,
    TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' },
  }
}

const base = '/ISAPI/AccessControl'
const planIds = (): [number, number] => [1, 255]

export function scheduleDocs(): DocSpec[] {
  const out: DocSpec[] = []
  for (const f of FAMILIES) {
    out.push({
      path: `${base}/${f}WeekPlanCfg/:id`,
      format: 'json',
      root: `${f}WeekPlanCfg`,
      ids: planIds,
      defaults: (p, id) => ({ enable: id === 1, WeekPlanCfg: weekRows(f, p, id === 1) }),
      caps: (p) => ({
        planNo: range(1, 255),
        enable: bool,
        WeekPlanCfg: { maxSize: 56, ...rowCaps(f, p) },
      }),
    })
    out.push({
      path: `${base}/${f}HolidayPlanCfg/:id`,
      format: 'json',
      root: `${f}HolidayPlanCfg`,
      ids: () => [1, 1024],
      defaults: (p) => ({
        enable: false,
        beginDate: '2000-01-01',
        endDate: '2000-01-01',
        holidayPlanName: '',
        HolidayPlanCfg: Array.from({ length: 8 }, (_, i) => ({
          id: i + 1,
          enable: false,
          ...rowExtra(f, p),
          TimeSegment: { beginTime: '00:00:00', endTime: '00:00:00' },
        })),
      }),
      caps: (p) => {
        const { week: _w, ...row } = rowCaps(f, p)
        return {
          planNo: range(1, 1024),
          enable: bool,
          deleteHolidayPlan: opt([true, false]),
          beginDate: '2000-01-01',
          endDate: '2037-12-31',
          holidayPlanName: range(0, 64),
          HolidayPlanCfg: { maxSize: 8, ...row },
        }
      },
    })
    out.push({
      path: `${base}/${f}HolidayGroupCfg/:id`,
      format: 'json',
      root: `${f}HolidayGroupCfg`,
      ids: () => [1, 64],
      defaults: () => ({ enable: false, groupName: '', holidayPlanNo: '' }),
      caps: () => ({
        groupNo: range(1, 64),
        enable: bool,
        groupName: range(0, 32),
        holidayPlanNo: range(1, 1024),
        holidayPlanName: { '@size': 16, '@min': 0, '@max': 64 },
      }),
    })
    out.push({
      path: `${base}/${f}PlanTemplate/:id`,
      format: 'json',
      root: `${f}PlanTemplate`,
      ids: planIds,
      defaults: (_p, id) =>
        id === 1
          ? { enable: true, templateName: 'All Day Template', weekPlanNo: 1, holidayGroupNo: '' }
          : { enable: false, templateName: '', weekPlanNo: 0, holidayGroupNo: '' },
      caps: () => ({
        templateNo: range(1, 255),
        enable: bool,
        templateName: range(0, 32),
        weekPlanNo: range(0, 255),
        holidayGroupNo: range(1, 64),
      }),
    })
  }
  out.push({
    path: `${base}/CardReaderPlan/:id`,
    format: 'json',
    root: 'CardReaderPlan',
    ids: (p) => [1, p.cardReaders],
    defaults: (_p, id) => ({ templateNo: id <= 2 ? id : 0 }),
    caps: (p) => ({ cardReaderNo: range(1, p.cardReaders), templateNo: range(0, 255) }),
  })
  out.push({
    path: `${base}/DoorStatusPlan/:id`,
    format: 'json',
    root: 'DoorStatusPlan',
    ids: (p) => [1, p.doors],
    defaults: () => ({ templateNo: 0 }),
    caps: (p) => ({ doorNo: range(1, p.doors), templateNo: range(0, 255) }),
  })
  return out
}
