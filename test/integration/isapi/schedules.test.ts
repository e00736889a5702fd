import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IsapiClient, ScheduleCapabilities } from '../../../src/main/isapi/index'
import { client, fleet, rejects, type Fleet } from './helpers'

let f: Fleet
let c: IsapiClient[]
beforeAll(async () => {
  f = await fleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  c = f.devices.map((d) => client(d))
})
afterAll(async () => {
  await Promise.all(c.map((x) => x.close()))
  await f.close()
})

describe('schedules (UserRight) against the simulator', () => {
  it('reads the capability ranges of both profiles', async () => {
    const caps: ScheduleCapabilities[] = []
    for (const x of c) caps.push(await x.schedules.capabilities())
    for (const k of caps) {
      expect(k.family).toBe('UserRight')
      expect(k.weekPlan?.planNo.min).toBe(1)
      expect(k.weekPlan?.segmentsPerDay.max).toBeGreaterThanOrEqual(1)
      expect(k.template?.templateNo.max).toBeGreaterThanOrEqual(1)
      expect(k.holidayPlan?.maxSegments).toBeGreaterThanOrEqual(1)
      expect(k.holidayGroup?.groupNo.max).toBeGreaterThanOrEqual(1)
    }
  })

  it('writes a week plan as the full table and reads it back', async () => {
    const x = c[0]!
    const caps = await x.schedules.capabilities()
    const factory = await x.schedules.getWeekPlan(1)
    expect(
      factory.segments.filter((s) => s.enable).map((s) => [s.week, s.beginTime, s.endTime]),
    ).toHaveLength(7)
    await x.schedules.setWeekPlan(
      2,
      {
        enable: true,
        segments: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((week) => ({
          week: week as 'Monday',
          beginTime: '07:00:00',
          endTime: '19:00:00',
        })),
      },
      { capabilities: caps },
    )
    const back = await x.schedules.getWeekPlan(2)
    expect(back.enable).toBe(true)
    expect(back.segments).toHaveLength(7 * (caps.weekPlan?.segmentsPerDay.max ?? 8))
    const on = back.segments.filter((s) => s.enable)
    expect(on.map((s) => [s.week, s.id, s.beginTime, s.endTime])).toEqual(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((w) => [
        w,
        1,
        '07:00:00',
        '19:00:00',
      ]),
    )
  })

  it('writes a holiday plan, a holiday group and a template and reads them back', async () => {
    const x = c[1]!
    const caps = await x.schedules.capabilities()
    expect(await x.schedules.getTemplate(1)).toMatchObject({ enable: true, weekPlanNo: 1 })
    await x.schedules.setHolidayPlan(
      1,
      { enable: true, beginDate: '2026-12-24', endDate: '2026-12-26', segments: [] },
      { capabilities: caps },
    )
    const hp = await x.schedules.getHolidayPlan(1)
    expect(hp).toMatchObject({ enable: true, beginDate: '2026-12-24', endDate: '2026-12-26' })
    expect(hp.segments.filter((s) => s.enable)).toEqual([])
    await x.schedules.setHolidayPlan(
      2,
      {
        enable: true,
        beginDate: '2026-12-31',
        endDate: '2026-12-31',
        segments: [{ beginTime: '08:00:00', endTime: '12:00:00' }],
      },
      { capabilities: caps },
    )
    expect((await x.schedules.getHolidayPlan(2)).segments.filter((s) => s.enable)).toEqual([
      { id: 1, enable: true, beginTime: '08:00:00', endTime: '12:00:00' },
    ])
    await x.schedules.setHolidayGroup(
      1,
      { enable: true, groupName: 'Public holidays', holidayPlanNos: [1, 2] },
      { capabilities: caps },
    )
    expect(await x.schedules.getHolidayGroup(1)).toEqual({
      enable: true,
      groupName: 'Public holidays',
      holidayPlanNos: [1, 2],
    })
    await x.schedules.setTemplate(
      3,
      { enable: true, templateName: 'Day shift', weekPlanNo: 2, holidayGroupNos: [1] },
      { capabilities: caps },
    )
    expect(await x.schedules.getTemplate(3)).toEqual({
      enable: true,
      templateName: 'Day shift',
      weekPlanNo: 2,
      holidayGroupNos: [1],
    })
  })

  it('refuses bad plans before sending anything', async () => {
    const x = c[0]!
    const caps = await x.schedules.capabilities()
    const e1 = await rejects(
      x.schedules.setWeekPlan(3, {
        enable: true,
        segments: [{ week: 'Monday', beginTime: '19:00:00', endTime: '07:00:00' }],
      }),
    )
    expect(e1).toMatchObject({ code: 'INVALID_ARGUMENT' })
    const e2 = await rejects(
      x.schedules.setWeekPlan(3, {
        enable: true,
        segments: [{ week: 'Monday', beginTime: '07:00', endTime: '19:00:00' }],
      }),
    )
    expect(e2).toMatchObject({ code: 'INVALID_ARGUMENT' })
    const tooFar = (caps.template?.templateNo.max ?? 16) + 1
    const e3 = await rejects(
      x.schedules.setTemplate(
        tooFar,
        { enable: true, templateName: 'x', weekPlanNo: 1, holidayGroupNos: [] },
        { capabilities: caps },
      ),
    )
    expect(e3).toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(String(e3.reason)).toContain(`template ${tooFar}`)
  })

  it('maps a device refusal (id out of range, no client check) to DEVICE_ERROR with the device codes', async () => {
    const x = c[0]!
    const caps = await x.schedules.capabilities()
    const e = await rejects(x.schedules.getTemplate((caps.template?.templateNo.max ?? 16) + 1))
    expect(e).toMatchObject({ code: 'DEVICE_ERROR', statusCode: expect.any(Number) })
  })

  it('clears the UserRight plans back to factory state', async () => {
    const x = c[1]!
    expect(await x.schedules.clearCapabilities()).toContain('userRightTemplate')
    await x.schedules.clear(['UserRight'])
    const t = await x.schedules.getTemplate(3)
    expect(t).toEqual({ enable: false, templateName: '', weekPlanNo: 0, holidayGroupNos: [] })
    expect(await x.schedules.getHolidayGroup(1)).toMatchObject({
      enable: false,
      holidayPlanNos: [],
    })
  })
})
