import { describe, expect, it } from 'vitest'
import type { ScheduleCapabilities } from '../../../src/main/isapi'
import { fitProblems } from '../../../src/main/station/schedules/fit'
import { holidayPlanInput, weekPlanInput } from '../../../src/shared/contract/schedules'
import type { ScheduleRoster } from '../../../src/shared/model'

const at = '2026-11-24T00:00:00.000Z'
// the real DS-KV6124-E1 ranges (schedule_capabilities_readonly.json)
const kv6124: ScheduleCapabilities = {
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
}
const roster = (p: Partial<ScheduleRoster> = {}): ScheduleRoster => ({
  weekPlans: [],
  holidayPlans: [],
  holidayGroups: [],
  templates: [],
  ...p,
})

describe('fit of the station roster to a terminal', () => {
  it('fits a day shift with holidays', () => {
    expect(
      fitProblems(
        roster({
          weekPlans: [
            {
              planNo: 2,
              name: 'Day',
              days: { Monday: [{ begin: '07:00:00', end: '19:00:00' }] },
              updatedAt: at,
            },
          ],
          holidayPlans: [
            {
              planNo: 1,
              name: 'Xmas',
              beginDate: '2026-12-24',
              endDate: '2026-12-26',
              segments: [],
              updatedAt: at,
            },
          ],
          holidayGroups: [{ groupNo: 1, name: 'Public', holidayPlanNos: [1], updatedAt: at }],
          templates: [
            { templateNo: 2, name: 'Day', weekPlanNo: 2, holidayGroupNos: [1], updatedAt: at },
          ],
        }),
        kv6124,
      ),
    ).toEqual([])
  })

  it('names every misfit: numbers out of range, references out of range, dates, missing object kinds', () => {
    const p = fitProblems(
      roster({
        weekPlans: [{ planNo: 300, name: 'Day', days: {}, updatedAt: at }],
        holidayPlans: [
          {
            planNo: 1,
            name: 'Far',
            beginDate: '2038-01-01',
            endDate: '2038-01-02',
            segments: [],
            updatedAt: at,
          },
        ],
        holidayGroups: [{ groupNo: 65, name: 'Public', holidayPlanNos: [1], updatedAt: at }],
        templates: [
          { templateNo: 256, name: 'Day', weekPlanNo: 300, holidayGroupNos: [65], updatedAt: at },
        ],
      }),
      kv6124,
    )
    expect(p.map((x) => x.message)).toEqual([
      'week plan 300: this terminal numbers them 1–255.',
      'Holiday plan 1: this terminal takes dates up to 2037-12-31.',
      'holiday group 65: this terminal numbers them 1–64.',
      'template 256: this terminal numbers them 1–255.',
      'template 256 refers to week plan 300; this terminal numbers them 1–255 there.',
      'template 256 refers to holiday group 65; this terminal numbers them 1–64 there.',
    ])
    const { holidayGroup: _g, ...noGroups } = kv6124
    expect(
      fitProblems(
        roster({ holidayGroups: [{ groupNo: 1, name: 'x', holidayPlanNos: [], updatedAt: at }] }),
        noGroups,
      )[0]?.message,
    ).toBe('This terminal does not support any holiday group.')
  })
})

describe('contract schemas', () => {
  it('normalise HH:MM to HH:MM:SS and sort a day', () => {
    const r = weekPlanInput.parse({
      planNo: 1,
      name: ' Day ',
      days: {
        Monday: [
          { begin: '13:00', end: '24:00' },
          { begin: '07:00', end: '12:00:30' },
        ],
      },
    })
    expect(r).toEqual({
      planNo: 1,
      name: 'Day',
      days: {
        Monday: [
          { begin: '07:00:00', end: '12:00:30' },
          { begin: '13:00:00', end: '24:00:00' },
        ],
      },
    })
  })

  it('refuse begin ≥ end, 24:00 as a begin, overlaps, more than 8 segments, bad dates', () => {
    const day = (segs: { begin: string; end: string }[]) =>
      weekPlanInput.safeParse({ planNo: 1, name: 'x', days: { Monday: segs } }).success
    expect(day([{ begin: '12:00', end: '12:00' }])).toBe(false)
    expect(day([{ begin: '24:00', end: '24:00' }])).toBe(false)
    expect(
      day([
        { begin: '07:00', end: '12:00' },
        { begin: '11:59', end: '13:00' },
      ]),
    ).toBe(false)
    expect(day(Array.from({ length: 9 }, (_, i) => ({ begin: `0${i}:00`, end: `0${i}:30` })))).toBe(
      false,
    )
    expect(day(Array.from({ length: 8 }, (_, i) => ({ begin: `0${i}:00`, end: `0${i}:30` })))).toBe(
      true,
    )
    expect(day([{ begin: '25:00', end: '26:00' }])).toBe(false)
    expect(
      holidayPlanInput.safeParse({
        planNo: 1,
        name: 'x',
        beginDate: '2026-02-30',
        endDate: '2026-03-01',
      }).success,
    ).toBe(false)
    expect(
      holidayPlanInput.parse({
        planNo: 1,
        name: 'x',
        beginDate: '2026-12-24',
        endDate: '2026-12-24',
      }).segments,
    ).toEqual([])
  })
})
