import { describe, expect, it } from 'vitest'
import { obj, type Obj } from '../../../src/main/isapi/codec/read'
import {
  buildWeekPlanRows,
  checkDaySegments,
  checkWeekPlan,
  isValidDate,
  parseHolidayGroup,
  parseHolidayPlan,
  parsePlanTemplate,
  parseScheduleCapabilities,
  parseTimeOfDay,
  parseWeekPlan,
  type ScheduleSegment,
} from '../../../src/main/isapi/endpoints/schedules'
import { probePayload, real } from './fixtures'

const seg = (id: number, beginTime: string, endTime: string, enable = true): ScheduleSegment => ({
  id,
  enable,
  beginTime,
  endTime,
})
const DIR = 'jonioliel-home-assistant-hikvision-intercom'

describe('time segments', () => {
  it('reads HH:MM:SS times, 24:00:00 as end of day, and nothing else', () => {
    expect(parseTimeOfDay('00:00:00')).toBe(0)
    expect(parseTimeOfDay('07:30:15')).toBe(27015)
    expect(parseTimeOfDay('23:59:59')).toBe(86399)
    expect(parseTimeOfDay('24:00:00')).toBe(86400)
    for (const bad of [
      '7:00:00',
      '07:00',
      '24:00:01',
      '25:00:00',
      '12:60:00',
      '12:00:60',
      '',
      ' 07:00:00',
      '07:00:00Z',
    ])
      expect(parseTimeOfDay(bad)).toBeUndefined()
  })

  it('accepts well-formed days, refuses begin ≥ end, overlaps, duplicate ids and ids out of range', () => {
    expect(
      checkDaySegments(
        [
          seg(1, '07:00:00', '12:00:00'),
          seg(2, '13:00:00', '24:00:00'),
          seg(3, '00:00:00', '00:00:00', false),
        ],
        'Monday',
      ),
    ).toEqual([])
    expect(checkDaySegments([seg(1, '12:00:00', '12:00:00')], 'Monday')[0]?.message).toMatch(
      /not before its end/,
    )
    expect(checkDaySegments([seg(1, '19:00:00', '07:00:00')], 'Monday')).toHaveLength(1)
    expect(checkDaySegments([seg(1, '19:00:00', '07:00:00', false)], 'Monday')[0]?.message).toMatch(
      /after its end/,
    )
    expect(checkDaySegments([seg(1, '24:00:00', '24:00:00')], 'Monday')[0]?.field).toBe(
      'Monday segment 1.beginTime',
    )
    expect(
      checkDaySegments(
        [seg(1, '07:00:00', '12:00:00'), seg(2, '11:00:00', '13:00:00')],
        'Monday',
      )[0]?.message,
    ).toBe('overlaps segment 1')
    expect(
      checkDaySegments([seg(1, '07:00:00', '12:00:00'), seg(2, '12:00:00', '13:00:00')], 'Monday'),
    ).toEqual([])
    expect(
      checkDaySegments(
        [seg(1, '07:00:00', '08:00:00'), seg(1, '09:00:00', '10:00:00')],
        'Monday',
      )[0]?.message,
    ).toMatch(/used twice/)
    expect(checkDaySegments([seg(9, '07:00:00', '08:00:00')], 'Monday')[0]?.message).toMatch(
      /outside 1–8/,
    )
    expect(
      checkDaySegments([seg(3, '07:00:00', '08:00:00')], 'Monday', { idRange: { min: 1, max: 2 } }),
    ).toHaveLength(1)
  })

  it('enforces granularity only when the terminal states it', () => {
    expect(checkDaySegments([seg(1, '07:00:30', '23:59:59')], 'Monday')).toEqual([])
    expect(
      checkDaySegments([seg(1, '07:00:30', '08:00:00')], 'Monday', { validUnit: 'minute' })[0]
        ?.message,
    ).toMatch(/whole minutes/)
    expect(
      checkDaySegments([seg(1, '07:30:00', '08:00:00')], 'Monday', { validUnit: 'hour' }),
    ).toHaveLength(1)
  })

  it('builds the full week table: given rows enabled, numbered per day, the rest disabled', () => {
    const rows = buildWeekPlanRows({
      enable: true,
      segments: [
        { week: 'Monday', beginTime: '07:00:00', endTime: '12:00:00' },
        { week: 'Monday', beginTime: '13:00:00', endTime: '19:00:00' },
      ],
    })
    expect(rows).toHaveLength(56)
    expect(rows.slice(0, 3)).toEqual([
      { week: 'Monday', id: 1, enable: true, beginTime: '07:00:00', endTime: '12:00:00' },
      { week: 'Monday', id: 2, enable: true, beginTime: '13:00:00', endTime: '19:00:00' },
      { week: 'Monday', id: 3, enable: false, beginTime: '00:00:00', endTime: '00:00:00' },
    ])
    expect(rows.filter((r) => r.enable)).toHaveLength(2)
    expect(checkWeekPlan(rows)).toEqual([])
    expect(buildWeekPlanRows({ enable: false, segments: [] }, 2)).toHaveLength(14)
    expect(
      checkWeekPlan(rows, {
        planNo: {},
        maxRows: 14,
        segmentsPerDay: { min: 1, max: 2 },
        verifyModes: [],
        doorStatuses: [],
      }).length,
    ).toBeGreaterThan(0)
  })

  it('validates dates', () => {
    expect(isValidDate('2026-12-24')).toBe(true)
    expect(isValidDate('2026-02-29')).toBe(false)
    expect(isValidDate('2026-2-1')).toBe(false)
  })
})

describe('parsing', () => {
  it('parses a week plan strictly (unknown weekday or unreadable time is an error)', () => {
    const ok = parseWeekPlan({
      enable: 'true',
      WeekPlanCfg: [
        {
          week: 'Monday',
          id: '1',
          enable: true,
          TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' },
        },
      ],
    })
    expect(ok).toEqual({
      enable: true,
      segments: [
        { week: 'Monday', id: 1, enable: true, beginTime: '00:00:00', endTime: '24:00:00' },
      ],
    })
    expect(() =>
      parseWeekPlan({
        enable: true,
        WeekPlanCfg: [
          { week: 'monday', id: 1, TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' } },
        ],
      }),
    ).toThrow(/weekday/)
    expect(() =>
      parseWeekPlan({
        enable: true,
        WeekPlanCfg: [
          { week: 'Monday', id: 1, TimeSegment: { beginTime: '0:00', endTime: '24:00:00' } },
        ],
      }),
    ).toThrow(/time/)
    // one row collapses to an object in some answers
    expect(
      parseWeekPlan({
        enable: false,
        WeekPlanCfg: {
          week: 'Sunday',
          id: 2,
          enable: false,
          TimeSegment: { beginTime: '00:00:00', endTime: '00:00:00' },
        },
      }).segments,
    ).toHaveLength(1)
  })

  it('parses the reference factory values (Verify verifyMode kept verbatim, holiday 23:59:59 rows)', () => {
    const w = parseWeekPlan({
      enable: true,
      WeekPlanCfg: [
        {
          week: 'Monday',
          id: 1,
          enable: true,
          verifyMode: 'faceOrFpOrCardOrPw',
          TimeSegment: { beginTime: '00:00:00', endTime: '24:00:00' },
        },
      ],
    })
    expect(w.segments[0]?.verifyMode).toBe('faceOrFpOrCardOrPw')
    const h = parseHolidayPlan({
      enable: false,
      beginDate: '2000-01-01',
      endDate: '2037-12-31',
      HolidayPlanCfg: [
        { id: 1, enable: false, TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59' } },
      ],
    })
    expect(h).toEqual({
      enable: false,
      beginDate: '2000-01-01',
      endDate: '2037-12-31',
      segments: [seg(1, '00:00:00', '23:59:59', false)],
    })
    expect(() =>
      parseHolidayPlan({ enable: true, beginDate: '2000-13-01', endDate: '2037-12-31' }),
    ).toThrow(/dates/)
  })

  it('parses groups and templates: comma lists as numbers, weekPlanNo 0 for unused', () => {
    expect(
      parseHolidayGroup({ enable: true, groupName: 'Public holidays', holidayPlanNo: '1,2,3' }),
    ).toEqual({ enable: true, groupName: 'Public holidays', holidayPlanNos: [1, 2, 3] })
    expect(
      parseHolidayGroup({ enable: false, groupName: '', holidayPlanNo: '' }).holidayPlanNos,
    ).toEqual([])
    expect(
      parsePlanTemplate({ enable: false, templateName: '', weekPlanNo: 0, holidayGroupNo: '' }),
    ).toEqual({ enable: false, templateName: '', weekPlanNo: 0, holidayGroupNos: [] })
    expect(
      parsePlanTemplate({
        enable: true,
        templateName: 'Office',
        weekPlanNo: '2',
        holidayGroupNo: '1, 4',
      }).holidayGroupNos,
    ).toEqual([1, 4])
    expect(() => parsePlanTemplate({ enable: true, weekPlanNo: 'two' })).toThrow(/weekPlanNo/)
    expect(() => parseHolidayGroup({ enable: true, holidayPlanNo: '1,x' })).toThrow(/holidayPlanNo/)
  })
})

describe('real captures (DS-KV6124-E1, V3.9.0)', () => {
  const observations = (
    JSON.parse(real(`${DIR}/schedule_capabilities_readonly.json`)) as {
      observations: { root: string; item: string; payload?: Obj; status_code?: number }[]
    }
  ).observations
  const cap = (root: string): Obj =>
    obj(observations.find((o) => o.root === root && o.item === 'capabilities')?.payload?.[root])

  it('parses the four UserRight capability documents into ranges', () => {
    const c = parseScheduleCapabilities('UserRight', {
      week: cap('UserRightWeekPlanCfg'),
      holiday: cap('UserRightHolidayPlanCfg'),
      group: cap('UserRightHolidayGroupCfg'),
      template: cap('UserRightPlanTemplate'),
    })
    expect(c).toEqual({
      family: 'UserRight',
      weekPlan: {
        planNo: { min: 1, max: 255 },
        maxRows: 56,
        segmentsPerDay: { min: 1, max: 8 },
        verifyModes: [],
        doorStatuses: [],
      },
      holidayPlan: {
        planNo: { min: 1, max: 1024 },
        maxSegments: 8,
        segmentId: { min: 1, max: 8 },
        beginDate: '2000-01-01',
        endDate: '2037-12-31',
      },
      holidayGroup: {
        groupNo: { min: 1, max: 64 },
        groupName: { min: 0, max: 32 },
        holidayPlanNo: { min: 1, max: 1024 },
        maxPlans: 16,
      },
      template: {
        templateNo: { min: 1, max: 255 },
        templateName: { min: 0, max: 32 },
        weekPlanNo: { min: 1, max: 255 },
        holidayGroupNo: { min: 1, max: 64 },
      },
    })
    // no validUnit on the real terminal: no granularity is imposed
    expect(c.weekPlan?.validUnit).toBeUndefined()
  })

  it('the station-B template capability agrees with station A', () => {
    const p = obj(
      obj(probePayload(`${DIR}/ds_kv6124_e1_fw_3_9_0_station_b/right_plan_capabilities.json`))
        .UserRightPlanTemplate,
    )
    expect(parseScheduleCapabilities('UserRight', { template: p }).template).toEqual({
      templateNo: { min: 1, max: 255 },
      templateName: { min: 0, max: 32 },
      weekPlanNo: { min: 1, max: 255 },
      holidayGroupNo: { min: 1, max: 64 },
    })
  })

  it('records that reading slot 1 answered statusCode 3 on the real terminal (so reads must fail soft)', () => {
    expect(observations.filter((o) => o.item === '1').map((o) => o.status_code)).toEqual([
      3, 3, 3, 3,
    ])
  })

  it('the search projections hold the same shapes the parsers take (template weekPlanNo int, holidayGroupNo string)', () => {
    const s = JSON.parse(real(`${DIR}/schedule_search_readonly.json`)) as {
      samples: Record<string, { matchResults: Obj[] }>
    }
    const templates = s.samples.template!.matchResults.map((m) => parsePlanTemplate(m))
    expect(templates[0]).toEqual({
      enable: false,
      templateName: '',
      weekPlanNo: 1,
      holidayGroupNos: [],
    })
    expect(templates).toHaveLength(20)
    expect(s.samples.holiday_group!.matchResults.map((m) => parseHolidayGroup(m))).toEqual([
      { enable: true, groupName: '', holidayPlanNos: [] },
      { enable: false, groupName: '', holidayPlanNos: [] },
    ])
  })
})
