import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect, type IsapiClient } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type {
  BindingTargets,
  Device,
  ModeSchedules,
  ScheduleApplyReport,
} from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

// Reader authentication (Verify) and door-status (DoorStatus) schedules with their bindings,
// written to a face terminal (face-fp: 2 readers, 1 door) and a 2-door controller (card-door:
// 4 readers, 2 doors, card modes only), read back through an independent client.
let fleet: Fleet
let t: TestStation
let ids: string[]
let clients: IsapiClient[]
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'], port: 0 })
  clients = fleet.devices.map((d) =>
    connect({ host: d.host, port: d.port, username: d.username, password: d.password }),
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
const nights = (mode: string) =>
  Object.fromEntries(
    weekdays.map((d) => [
      d,
      [
        { begin: '00:00', end: '06:00', mode },
        { begin: '20:00', end: '24:00', mode },
      ],
    ]),
  )

async function defineNightCardAndPw(mode = 'cardAndPw'): Promise<void> {
  value(
    await t.station.call('schedules.saveModeWeekPlan', {
      family: 'Verify',
      planNo: 2,
      name: 'Nights',
      days: nights(mode),
    }),
  )
  value(
    await t.station.call('schedules.saveModeTemplate', {
      family: 'Verify',
      templateNo: 2,
      name: 'Nights',
      weekPlanNo: 2,
    }),
  )
}

async function defineFreeOpen(): Promise<void> {
  const days = Object.fromEntries(
    weekdays.map((d) => [d, [{ begin: '08:00', end: '18:00', mode: 'remainOpen' }]]),
  )
  value(
    await t.station.call('schedules.saveModeWeekPlan', {
      family: 'DoorStatus',
      planNo: 3,
      name: 'Office hours',
      days,
    }),
  )
  value(
    await t.station.call('schedules.saveModeTemplate', {
      family: 'DoorStatus',
      templateNo: 3,
      name: 'Free open',
      weekPlanNo: 3,
    }),
  )
}

describe('reader authentication and door-status schedules', () => {
  it('saves by family, checks references and bindings, and refuses removing what is bound', async () => {
    await defineNightCardAndPw()
    await defineFreeOpen()
    expect(
      await t.station.call('schedules.saveModeTemplate', {
        family: 'DoorStatus',
        templateNo: 4,
        name: 'x',
        weekPlanNo: 2, // week plan 2 is a Verify plan, not a DoorStatus one
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { missing: [2] } } })
    expect(
      await t.station.call('schedules.bind', {
        deviceId: ids[1]!,
        target: 'door',
        no: 2,
        templateNo: 2, // DoorStatus template 2 does not exist
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    value(
      await t.station.call('schedules.bind', {
        deviceId: ids[1]!,
        target: 'door',
        no: 2,
        templateNo: 3,
      }),
    )
    const m = value<ModeSchedules>(await t.station.call('schedules.modes', {}))
    expect(m.Verify.weekPlans[0]!.days.Monday).toEqual([
      { begin: '00:00:00', end: '06:00:00', mode: 'cardAndPw' },
      { begin: '20:00:00', end: '24:00:00', mode: 'cardAndPw' },
    ])
    expect(m.DoorStatus.templates).toMatchObject([{ templateNo: 3, weekPlanNo: 3 }])
    expect(m.bindings).toEqual([{ deviceId: ids[1], target: 'door', no: 2, templateNo: 3 }])
    expect(
      await t.station.call('schedules.removeMode', {
        family: 'DoorStatus',
        kind: 'template',
        no: 3,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { userKind: 'door', usedBy: ['T1 #2'] } },
    })
    expect(
      await t.station.call('schedules.saveModeWeekPlan', {
        family: 'Verify',
        planNo: 1,
        name: 'x',
        days: { Monday: [{ begin: '08:00', end: '09:00', mode: 'card and face' }] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })

  it('lists each terminal’s readers, doors and modes from its capabilities', async () => {
    const face = value<BindingTargets>(
      await t.station.call('schedules.targets', { deviceId: ids[0]! }),
    )
    const door = value<BindingTargets>(
      await t.station.call('schedules.targets', { deviceId: ids[1]! }),
    )
    expect([face.readers, face.doors]).toEqual([[1, 2], [1]])
    expect([door.readers, door.doors]).toEqual([
      [1, 2, 3, 4],
      [1, 2],
    ])
    expect(face.verifyModes).toContain('faceAndCard')
    expect(door.verifyModes).not.toContain('faceAndCard')
    expect(door.doorStatuses).toContain('remainOpen')
  })

  it('writes both families and the bindings to two terminals, read back independently', async () => {
    await defineNightCardAndPw()
    await defineFreeOpen()
    for (const id of ids) {
      value(
        await t.station.call('schedules.bind', {
          deviceId: id,
          target: 'reader',
          no: 1,
          templateNo: 2,
        }),
      )
      value(
        await t.station.call('schedules.bind', {
          deviceId: id,
          target: 'door',
          no: 1,
          templateNo: 3,
        }),
      )
    }
    const report = value<ScheduleApplyReport>(await t.station.call('schedules.apply', {}))
    expect(report.devices.map((d) => d.ok)).toEqual([true, true])
    expect(report.devices[1]!.written.filter((w) => w.family)).toEqual([
      { kind: 'weekPlan', family: 'Verify', no: 2 },
      { kind: 'template', family: 'Verify', no: 2 },
      { kind: 'binding', family: 'Verify', no: 1, target: 'reader', templateNo: 2 },
      { kind: 'weekPlan', family: 'DoorStatus', no: 3 },
      { kind: 'template', family: 'DoorStatus', no: 3 },
      { kind: 'binding', family: 'DoorStatus', no: 1, target: 'door', templateNo: 3 },
    ])
    for (const c of clients) {
      const verify = await c.schedules.getWeekPlan(2, { family: 'Verify' })
      expect(
        verify.segments
          .filter((s) => s.enable && s.week === 'Wednesday')
          .map((s) => [s.beginTime, s.endTime, s.verifyMode]),
      ).toEqual([
        ['00:00:00', '06:00:00', 'cardAndPw'],
        ['20:00:00', '24:00:00', 'cardAndPw'],
      ])
      expect(verify.segments.some((s) => s.enable && s.week === 'Saturday')).toBe(false)
      const door = await c.schedules.getWeekPlan(3, { family: 'DoorStatus' })
      expect(
        door.segments.filter((s) => s.enable).map((s) => [s.week, s.beginTime, s.doorStatus]),
      ).toEqual(weekdays.map((d) => [d, '08:00:00', 'remainOpen']))
      expect(await c.schedules.getTemplate(2, { family: 'Verify' })).toMatchObject({
        enable: true,
        templateName: 'Nights',
        weekPlanNo: 2,
      })
      expect(await c.schedules.getBinding('reader', 1)).toBe(2)
      expect(await c.schedules.getBinding('door', 1)).toBe(3)
    }
  })

  it('refuses a terminal whose modes or readers cannot hold the set, sending it nothing', async () => {
    await defineNightCardAndPw('faceAndCard') // the card controller has no face reader mode
    value(
      await t.station.call('schedules.bind', {
        deviceId: ids[1]!,
        target: 'reader',
        no: 1,
        templateNo: 2,
      }),
    )
    const report = value<ScheduleApplyReport>(await t.station.call('schedules.apply', {}))
    expect(report.devices[0]!.ok).toBe(true)
    const refused = report.devices[1]!
    expect(refused).toMatchObject({
      ok: false,
      written: [],
      error: { code: 'NOT_SUPPORTED', details: { misfit: 'OUT_OF_RANGE' } },
    })
    expect(JSON.stringify(refused.error!.details!.problems)).toContain('faceAndCard')
    // nothing of the set reached the controller: its Verify week plan 2 and reader 1 are factory
    const docs = await fleet.control.docs(1, 'Verify')
    expect(Object.keys(docs)).toEqual([])
    expect(await clients[1]!.schedules.getBinding('reader', 1)).toBe(1)

    // a reader the terminal does not have
    value(
      await t.station.call('schedules.bind', {
        deviceId: ids[0]!,
        target: 'reader',
        no: 3,
        templateNo: 2,
      }),
    )
    const again = value<ScheduleApplyReport>(
      await t.station.call('schedules.apply', { deviceIds: [ids[0]!], families: ['Verify'] }),
    )
    expect(again.devices[0]).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
    expect(JSON.stringify(again.devices[0]!.error!.details!.problems)).toMatch(
      /card reader 3: this terminal numbers them 1–2/,
    )
  })
})
