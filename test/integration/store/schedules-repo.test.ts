import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'

const at = '2026-11-24T00:00:00.000Z'

describe('0050 schedules and the schedules repo', () => {
  it('round-trips every kind by number and replaces on save', () => {
    const s = openStore(':memory:')
    s.schedules.putWeekPlan({
      planNo: 2,
      name: 'Day shift',
      days: { Monday: [{ begin: '07:00:00', end: '19:00:00' }] },
      updatedAt: at,
    })
    s.schedules.putWeekPlan({
      planNo: 2,
      name: 'Day shift',
      days: { Tuesday: [{ begin: '08:00:00', end: '18:00:00' }] },
      updatedAt: at,
    })
    s.schedules.putHolidayPlan({
      planNo: 1,
      name: 'Christmas',
      beginDate: '2026-12-24',
      endDate: '2026-12-26',
      segments: [],
      updatedAt: at,
    })
    s.schedules.putHolidayGroup({ groupNo: 1, name: 'Public', holidayPlanNos: [1], updatedAt: at })
    s.schedules.putTemplate({
      templateNo: 3,
      name: 'Day',
      weekPlanNo: 2,
      holidayGroupNos: [1],
      updatedAt: at,
    })
    expect(s.schedules.list()).toEqual({
      weekPlans: [
        {
          planNo: 2,
          name: 'Day shift',
          days: { Tuesday: [{ begin: '08:00:00', end: '18:00:00' }] },
          updatedAt: at,
        },
      ],
      holidayPlans: [
        {
          planNo: 1,
          name: 'Christmas',
          beginDate: '2026-12-24',
          endDate: '2026-12-26',
          segments: [],
          updatedAt: at,
        },
      ],
      holidayGroups: [{ groupNo: 1, name: 'Public', holidayPlanNos: [1], updatedAt: at }],
      templates: [
        { templateNo: 3, name: 'Day', weekPlanNo: 2, holidayGroupNos: [1], updatedAt: at },
      ],
    })
    expect(s.schedules.remove('template', 3)).toBe(true)
    expect(s.schedules.remove('template', 3)).toBe(false)
    s.close()
  })

  it('enforces the template → week plan key and the date order', () => {
    const s = openStore(':memory:')
    expect(() =>
      s.schedules.putTemplate({
        templateNo: 3,
        name: 'Day',
        weekPlanNo: 9,
        holidayGroupNos: [],
        updatedAt: at,
      }),
    ).toThrow(/FOREIGN KEY/)
    expect(() =>
      s.schedules.putHolidayPlan({
        planNo: 1,
        name: 'x',
        beginDate: '2026-12-26',
        endDate: '2026-12-24',
        segments: [],
        updatedAt: at,
      }),
    ).toThrow(/CHECK/)
    s.close()
  })

  it('finds persons whose planTemplateNo names a template (in a list too)', () => {
    const s = openStore(':memory:')
    const add = s.db.prepare(
      "INSERT INTO persons (employee_no, name, plan_template_no, created_at, updated_at) VALUES (?, 'x', ?, ?, ?)",
    )
    add.run('1', '2', at, at)
    add.run('2', '1,2', at, at)
    add.run('3', '12', at, at)
    expect(s.schedules.personsUsingTemplate(2)).toEqual(['1', '2'])
    expect(s.schedules.personsUsingTemplate(12)).toEqual(['3'])
    expect(s.schedules.personsUsingTemplate(5)).toEqual([])
    s.close()
  })
})
