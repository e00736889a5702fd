import { describe, expect, it } from 'vitest'
import {
  checkHolidayGroup,
  checkHolidayPlan,
  checkTemplate,
  checkWeekPlan,
  under,
} from '../../../src/renderer/src/features/schedules/plan-issues'

describe('definition problems, as the contract decides them', () => {
  it('accepts a good week plan', () => {
    expect(
      checkWeekPlan({
        planNo: 2,
        name: 'Office',
        days: { Monday: [{ begin: '08:00', end: '24:00' }] },
      }),
    ).toEqual({})
  })

  it('names each week plan problem by field', () => {
    const problems = checkWeekPlan({
      planNo: 0,
      name: '  ',
      days: {
        Monday: [
          { begin: '8:00', end: '07:00' },
          { begin: '24:00', end: '24:00' },
        ],
        Tuesday: [
          { begin: '08:00', end: '12:00' },
          { begin: '11:00', end: '13:00' },
        ],
        Wednesday: Array.from({ length: 9 }, (_, i) => ({
          begin: `0${i}:00`,
          end: `0${i}:30`,
        })),
        Thursday: [{ begin: '09:00', end: '08:00' }],
      },
    })
    expect(problems).toEqual({
      planNo: 'number',
      name: 'nameRequired',
      'days.Monday.0.begin': 'timeFormat',
      'days.Monday.1.begin': 'beginAt24',
      'days.Monday.1.end': 'endBeforeBegin',
      'days.Tuesday': 'overlap',
      'days.Wednesday': 'tooMany',
      'days.Thursday.0.end': 'endBeforeBegin',
    })
    expect(under(problems, 'days.Monday')).toBe(true)
    expect(under(problems, 'days.Friday')).toBe(false)
  })

  it('says a name is too long', () => {
    expect(checkWeekPlan({ planNo: 3, name: 'x'.repeat(33), days: {} })).toEqual({
      name: 'nameTooLong',
    })
  })

  it('tells an impossible date from a holiday that ends before it begins', () => {
    const base = { planNo: 1, name: 'Xmas', segments: [] }
    expect(checkHolidayPlan({ ...base, beginDate: '2026-12-24', endDate: '2026-12-26' })).toEqual(
      {},
    )
    expect(checkHolidayPlan({ ...base, beginDate: '2026-02-30', endDate: '2026-03-01' })).toEqual({
      beginDate: 'date',
    })
    expect(checkHolidayPlan({ ...base, beginDate: '2026-12-26', endDate: '2026-12-24' })).toEqual({
      endDate: 'dateOrder',
    })
    expect(checkHolidayPlan({ ...base, beginDate: '', endDate: '' })).toMatchObject({
      beginDate: 'date',
      endDate: 'date',
    })
    expect(
      checkHolidayPlan({
        ...base,
        beginDate: '2026-12-24',
        endDate: '2026-12-24',
        segments: [
          { begin: '10:00', end: '12:00' },
          { begin: '11:00', end: '13:00' },
        ],
      }),
    ).toEqual({ segments: 'overlap' })
  })

  it('asks for a template’s week plan and checks group and template numbers', () => {
    expect(
      checkTemplate({ templateNo: 2, name: 'Day', weekPlanNo: 0, holidayGroupNos: [] }),
    ).toEqual({
      weekPlanNo: 'required',
    })
    expect(checkTemplate({ templateNo: 2000, name: 'Day', weekPlanNo: 2 })).toEqual({
      templateNo: 'number',
    })
    expect(checkHolidayGroup({ groupNo: 1, name: 'Public', holidayPlanNos: [1, 1] })).toEqual({
      holidayPlanNos: 'other',
    })
  })
})
