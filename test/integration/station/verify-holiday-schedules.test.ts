// Reader authentication (Verify) holiday plans and holiday groups (guide 21.34.7, 21.34.12):
// defined in the station, bound to a reader through a template, written by schedules.apply;
// the terminal then holds the holiday plan's dates and modes and the group's plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '@shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let deviceId: string

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Gate')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

describe('Verify holiday plans and groups', () => {
  it('writes the holiday plan and the group a bound reader template names', async () => {
    const family = 'Verify'
    value(
      await t.station.call('schedules.saveModeWeekPlan', {
        family,
        planNo: 2,
        name: 'Office',
        days: { Monday: [{ begin: '08:00:00', end: '18:00:00', mode: 'card' }] },
      }),
    )
    value(
      await t.station.call('schedules.saveModeHolidayPlan', {
        family,
        planNo: 1,
        name: 'New Year',
        beginDate: '2027-01-01',
        endDate: '2027-01-02',
        segments: [{ begin: '00:00:00', end: '24:00:00', mode: 'cardAndPw' }],
      }),
    )
    value(
      await t.station.call('schedules.saveModeHolidayGroup', {
        family,
        groupNo: 1,
        name: 'Holidays',
        holidayPlanNos: [1],
      }),
    )
    value(
      await t.station.call('schedules.saveModeTemplate', {
        family,
        templateNo: 2,
        name: 'Office hours',
        weekPlanNo: 2,
        holidayGroupNos: [1],
      }),
    )
    value(
      await t.station.call('schedules.bind', { deviceId, target: 'reader', no: 1, templateNo: 2 }),
    )
    const report = await t.station.call('schedules.apply', { families: ['Verify'] })
    expect(report.ok).toBe(true)
    const plan = (await fleet.control.docs(0, 'VerifyHolidayPlanCfg/1'))['VerifyHolidayPlanCfg/1']
    expect(plan).toMatchObject({ beginDate: '2027-01-01', endDate: '2027-01-02' })
    expect(JSON.stringify(plan)).toContain('cardAndPw')
    const group = (await fleet.control.docs(0, 'VerifyHolidayGroupCfg/1'))[
      'VerifyHolidayGroupCfg/1'
    ]
    expect(group).toMatchObject({ groupName: 'Holidays' })
    expect(JSON.stringify(group)).toMatch(/"holidayPlanNo":"1"|"holidayPlanNo":1/)
  })
})
