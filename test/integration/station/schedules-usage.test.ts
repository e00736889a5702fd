// schedules.usage: how many persons name each template, counted over their comma lists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ScheduleUsage } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
beforeEach(() => {
  t = testStation()
})
afterEach(async () => t.station.close())

const person = (employeeNo: string, planTemplateNo: string) =>
  t.station.call('persons.save', { employeeNo, name: `P ${employeeNo}`, planTemplateNo })

describe('schedules.usage', () => {
  it('is empty with no persons', async () => {
    expect(value<ScheduleUsage>(await t.station.call('schedules.usage', {}))).toEqual({
      templates: [],
    })
  })

  it('counts each template once per person, across comma lists, with up to five employee numbers', async () => {
    value(await person('1001', '1'))
    value(await person('1002', '2,3'))
    value(await person('1003', '3'))
    value(await person('1004', '12,2'))
    for (let i = 0; i < 6; i++) value(await person(`20${i}`, '3'))
    const usage = value<ScheduleUsage>(await t.station.call('schedules.usage', {}))
    expect(usage.templates.map((u) => [u.templateNo, u.persons])).toEqual([
      [1, 1],
      [2, 2],
      [3, 8],
      [12, 1],
    ])
    expect(usage.templates.find((u) => u.templateNo === 2)!.employeeNos).toEqual(['1002', '1004'])
    expect(usage.templates.find((u) => u.templateNo === 3)!.employeeNos).toHaveLength(5)
    // template 1 must not match 12 (nor 2 match 12)
    expect(usage.templates.find((u) => u.templateNo === 1)!.employeeNos).toEqual(['1001'])
  })

  it('refuses arguments', async () => {
    expect(await t.station.call('schedules.usage', { all: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    })
  })
})
