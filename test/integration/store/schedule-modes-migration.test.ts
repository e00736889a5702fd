import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { deviceRecord } from '../../helpers/device-record'

const at = '2026-12-05T00:00:00.000Z'

describe('0130 schedule modes and their bindings', () => {
  it('keeps each family apart, round-trips segments with their modes, and checks references', () => {
    const s = openStore(':memory:')
    const m = s.schedules.modes
    const days = { Monday: [{ begin: '20:00:00', end: '24:00:00', mode: 'cardAndFace' }] }
    m.putWeekPlan({ family: 'Verify', planNo: 2, name: 'Nights', days, updatedAt: at })
    m.putWeekPlan({ family: 'DoorStatus', planNo: 2, name: 'Office', days: {}, updatedAt: at })
    m.putTemplate({
      family: 'Verify',
      templateNo: 2,
      name: 'Nights',
      weekPlanNo: 2,
      holidayGroupNos: [],
      updatedAt: at,
    })
    expect(m.list('Verify').weekPlans).toEqual([
      { family: 'Verify', planNo: 2, name: 'Nights', days, updatedAt: at },
    ])
    expect(m.list('DoorStatus').weekPlans.map((p) => p.name)).toEqual(['Office'])
    expect(m.list('DoorStatus').templates).toEqual([])
    // a template's week plan must exist in the same family
    expect(() =>
      m.putTemplate({
        family: 'DoorStatus',
        templateNo: 3,
        name: 'x',
        weekPlanNo: 9,
        holidayGroupNos: [],
        updatedAt: at,
      }),
    ).toThrow(/FOREIGN KEY/)
    expect(() =>
      s.db
        .prepare(
          "INSERT INTO schedule_mode_week_plans (family, plan_no, name, days, updated_at) VALUES ('UserRight', 1, 'x', '{}', ?)",
        )
        .run(at),
    ).toThrow(/CHECK/)
    s.close()
  })

  it('bindings belong to a terminal and go with it', () => {
    const s = openStore(':memory:')
    s.devices.put(
      deviceRecord({
        id: 'd1',
        name: 'Gate',
        host: '127.0.0.1',
        port: 8001,
        secretSealed: Buffer.from('x'),
        model: 'DS-K2602T',
        serialNumber: 'S1',
        firmwareVersion: 'V1',
        createdAt: at,
        updatedAt: at,
      }),
    )
    s.schedules.modes.putBinding({ deviceId: 'd1', target: 'door', no: 2, templateNo: 3 }, at)
    s.schedules.modes.putBinding({ deviceId: 'd1', target: 'door', no: 2, templateNo: 4 }, at)
    expect(s.schedules.modes.bindings()).toEqual([
      { deviceId: 'd1', target: 'door', no: 2, templateNo: 4 },
    ])
    expect(() =>
      s.schedules.modes.putBinding(
        { deviceId: 'nope', target: 'reader', no: 1, templateNo: 1 },
        at,
      ),
    ).toThrow(/FOREIGN KEY/)
    s.db.prepare("DELETE FROM devices WHERE id = 'd1'").run()
    expect(s.schedules.modes.bindings()).toEqual([])
    s.close()
  })
})
