import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect, type IsapiClient } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device, ScheduleApplyReport, ScheduleRoster } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let ids: string[]
let clients: IsapiClient[]
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'], port: 0 })
  clients = fleet.devices.map((d) =>
    connect({
      host: d.host,
      port: d.port,
      username: d.username,
      password: d.password,
      name: d.name,
    }),
  )
})
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await fleet.close()
})
beforeEach(async () => {
  t = testStation()
  ids = []
  for (const [i, d] of fleet.devices.entries()) {
    await fleet.control.reset(i)
    ids.push(value<Device>(await addSimulated(t.station, d, `T${i}`)).id)
  }
})
afterEach(async () => t.station.close())

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const
const dayShift = Object.fromEntries(weekdays.map((d) => [d, [{ begin: '07:00', end: '19:00' }]]))

async function defineDayShift(templateNo = 2): Promise<void> {
  value(
    await t.station.call('schedules.saveWeekPlan', {
      planNo: 2,
      name: 'Day shift',
      days: dayShift,
    }),
  )
  value(
    await t.station.call('schedules.saveHolidayPlan', {
      planNo: 1,
      name: 'Christmas',
      beginDate: '2026-12-24',
      endDate: '2026-12-26',
    }),
  )
  value(
    await t.station.call('schedules.saveHolidayGroup', {
      groupNo: 1,
      name: 'Public holidays',
      holidayPlanNos: [1],
    }),
  )
  value(
    await t.station.call('schedules.saveTemplate', {
      templateNo,
      name: 'Day shift',
      weekPlanNo: 2,
      holidayGroupNos: [1],
    }),
  )
}

describe('schedules roster', () => {
  it('saves, lists, normalises times, checks references and refuses removing what is in use', async () => {
    await defineDayShift()
    const r = value<ScheduleRoster>(await t.station.call('schedules.list', {}))
    expect(r.weekPlans).toMatchObject([
      { planNo: 2, name: 'Day shift', days: { Monday: [{ begin: '07:00:00', end: '19:00:00' }] } },
    ])
    expect(r.holidayPlans).toMatchObject([
      { planNo: 1, beginDate: '2026-12-24', endDate: '2026-12-26', segments: [] },
    ])
    expect(r.templates).toMatchObject([{ templateNo: 2, weekPlanNo: 2, holidayGroupNos: [1] }])

    const dangling = await t.station.call('schedules.saveTemplate', {
      templateNo: 3,
      name: 'Night',
      weekPlanNo: 9,
    })
    expect(dangling).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { kind: 'weekPlan', missing: [9] } },
    })
    expect(await t.station.call('schedules.remove', { kind: 'weekPlan', no: 2 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await t.station.call('schedules.remove', { kind: 'holidayPlan', no: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    value(
      await t.station.call('persons.save', {
        employeeNo: '1001',
        name: 'Ann Lee',
        planTemplateNo: '12,2',
      }),
    )
    expect(await t.station.call('schedules.remove', { kind: 'template', no: 2 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { userKind: 'person', usedBy: ['1001'] } },
    })
    expect(await t.station.call('schedules.remove', { kind: 'template', no: 9 })).toEqual({
      ok: true,
      value: { removed: false },
    })
    value(
      await t.station.call('persons.save', {
        employeeNo: '1001',
        name: 'Ann Lee',
        planTemplateNo: '1',
      }),
    )
    expect(await t.station.call('schedules.remove', { kind: 'template', no: 2 })).toEqual({
      ok: true,
      value: { removed: true },
    })
    expect(await t.station.call('schedules.remove', { kind: 'holidayGroup', no: 1 })).toEqual({
      ok: true,
      value: { removed: true },
    })
  })

  it('refuses malformed segments at the boundary', async () => {
    const bad = [
      { planNo: 1, name: 'x', days: { Monday: [{ begin: '19:00', end: '07:00' }] } },
      { planNo: 1, name: 'x', days: { Monday: [{ begin: '7:00', end: '19:00' }] } },
      {
        planNo: 1,
        name: 'x',
        days: {
          Monday: [
            { begin: '07:00', end: '12:00' },
            { begin: '11:00', end: '13:00' },
          ],
        },
      },
      { planNo: 1, name: 'x', days: { Funday: [{ begin: '07:00', end: '12:00' }] } },
      { planNo: 0, name: 'x', days: {} },
      { planNo: 1, name: '', days: {} },
    ]
    for (const args of bad)
      expect(await t.station.call('schedules.saveWeekPlan', args)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGS' },
      })
    expect(
      await t.station.call('schedules.saveHolidayPlan', {
        planNo: 1,
        name: 'x',
        beginDate: '2026-12-26',
        endDate: '2026-12-24',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect(value<ScheduleRoster>(await t.station.call('schedules.list', {})).weekPlans).toEqual([])
  })
})

describe('schedules.apply', () => {
  it('writes a week plan, holidays and a template to two terminals of different profiles and reads them back', async () => {
    await defineDayShift()
    const report = value<ScheduleApplyReport>(await t.station.call('schedules.apply', {}))
    expect(report.devices.map((d) => [d.deviceId, d.ok])).toEqual(ids.map((id) => [id, true]))
    expect(report.devices[0]!.written).toEqual([
      { kind: 'weekPlan', no: 2 },
      { kind: 'holidayPlan', no: 1 },
      { kind: 'holidayGroup', no: 1 },
      { kind: 'template', no: 2 },
    ])
    for (const c of clients) {
      const week = await c.schedules.getWeekPlan(2)
      expect(week.enable).toBe(true)
      expect(
        week.segments.filter((s) => s.enable).map((s) => [s.week, s.beginTime, s.endTime]),
      ).toEqual(weekdays.map((d) => [d, '07:00:00', '19:00:00']))
      const holiday = await c.schedules.getHolidayPlan(1)
      expect(holiday).toMatchObject({
        enable: true,
        beginDate: '2026-12-24',
        endDate: '2026-12-26',
      })
      expect(holiday.segments.filter((s) => s.enable)).toEqual([]) // closed on holidays
      expect(await c.schedules.getHolidayGroup(1)).toEqual({
        enable: true,
        groupName: 'Public holidays',
        holidayPlanNos: [1],
      })
      expect(await c.schedules.getTemplate(2)).toEqual({
        enable: true,
        templateName: 'Day shift',
        weekPlanNo: 2,
        holidayGroupNos: [1],
      })
    }
    // idempotent: a second apply writes the same again
    const again = value<ScheduleApplyReport>(
      await t.station.call('schedules.apply', { deviceIds: [ids[1]!] }),
    )
    expect(again.devices).toMatchObject([{ deviceId: ids[1], ok: true }])
  })

  it('refuses a template number outside a terminal range with a clear reason, before anything is sent', async () => {
    const caps = await clients[0]!.schedules.capabilities()
    const tooFar = (caps.template?.templateNo.max ?? 255) + 1
    value(
      await t.station.call('schedules.saveWeekPlan', {
        planNo: 7,
        name: 'Late',
        days: { Saturday: [{ begin: '10:00', end: '14:00' }] },
      }),
    )
    value(
      await t.station.call('schedules.saveTemplate', {
        templateNo: tooFar,
        name: 'Late',
        weekPlanNo: 7,
      }),
    )
    const report = value<ScheduleApplyReport>(
      await t.station.call('schedules.apply', { deviceIds: [ids[0]!] }),
    )
    const d = report.devices[0]!
    expect(d).toMatchObject({
      ok: false,
      written: [],
      error: { code: 'NOT_SUPPORTED', details: { misfit: 'OUT_OF_RANGE' } },
    })
    expect(d.error?.message).toBe('T0 cannot hold these schedules (nothing was sent): 1 problem.')
    expect(d.error?.details?.problems).toEqual([
      {
        kind: 'template',
        no: tooFar,
        field: 'templateNo',
        message: `template ${tooFar}: this terminal numbers them 1–${tooFar - 1}.`,
        reason: {
          code: 'schedNumberRange',
          params: { kind: 'template', no: tooFar, span: `1–${tooFar - 1}` },
        },
      },
    ])
    // nothing was sent: week plan 7 is still the factory (disabled) slot
    const week = await clients[0]!.schedules.getWeekPlan(7)
    expect(week.segments.filter((s) => s.enable)).toEqual([])
  })

  it('with clear, empties on the terminal the slots the station no longer defines', async () => {
    await defineDayShift(5)
    expect(
      value<ScheduleApplyReport>(await t.station.call('schedules.apply', { deviceIds: [ids[0]!] }))
        .devices[0],
    ).toMatchObject({ ok: true, cleared: false })
    expect(await clients[0]!.schedules.getTemplate(5)).toMatchObject({
      enable: true,
      weekPlanNo: 2,
    })
    value(await t.station.call('schedules.remove', { kind: 'template', no: 5 }))
    value(
      await t.station.call('schedules.saveTemplate', {
        templateNo: 6,
        name: 'Day shift',
        weekPlanNo: 2,
      }),
    )
    const report = value<ScheduleApplyReport>(
      await t.station.call('schedules.apply', { deviceIds: [ids[0]!], clear: true }),
    )
    expect(report.devices[0]).toMatchObject({ ok: true, cleared: true })
    expect(await clients[0]!.schedules.getTemplate(5)).toMatchObject({ enable: false })
    expect(await clients[0]!.schedules.getTemplate(6)).toMatchObject({
      enable: true,
      weekPlanNo: 2,
    })
    expect(await clients[0]!.schedules.getTemplate(1)).toMatchObject({
      enable: true,
      weekPlanNo: 1,
    })
    expect(await clients[0]!.schedules.getHolidayGroup(1)).toMatchObject({
      enable: true,
      holidayPlanNos: [1],
    })
  })

  it('reports an unknown terminal as NOT_FOUND and an offline one per device', async () => {
    await defineDayShift()
    expect(await t.station.call('schedules.apply', { deviceIds: ['nope'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await fleet.control.fault(1, { offline: true })
    try {
      const report = value<ScheduleApplyReport>(await t.station.call('schedules.apply', {}))
      expect(report.devices[0]).toMatchObject({ deviceId: ids[0], ok: true })
      expect(report.devices[1]).toMatchObject({
        deviceId: ids[1],
        ok: false,
        written: [],
        error: { code: 'OFFLINE' },
      })
    } finally {
      await fleet.control.clearFaults(1)
    }
  })
})
