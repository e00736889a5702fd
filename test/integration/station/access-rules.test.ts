// Access rules set through the station (config.set, rules.clear) and proven by the simulated
// terminal's behaviour: a card or face presented through the control API, the event it logs.
// Anti-passback refuses the second entry (5/10) until its records are cleared; a multi-factor
// door waits for the second person of the group (5/16 when both came, 5/36 when too late).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '../../../src/shared/model'
import type { ConfigValue } from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { DigestClient } from '../simulator/digest-client'

const A = '/ISAPI/AccessControl'
let fleet: Fleet
let c: DigestClient
let t: TestStation
let deviceId = ''

async function person(employeeNo: string, cardNo: string, belongGroup = ''): Promise<void> {
  await c.put(`${A}/UserInfo/SetUp?format=json`, {
    UserInfo: { employeeNo, name: `P${employeeNo}`, userType: 'normal', belongGroup },
  })
  await c.put(`${A}/CardInfo/SetUp?format=json`, {
    CardInfo: { employeeNo, cardNo, cardType: 'normalCard' },
  })
}

const set = (resource: string, changes: Record<string, ConfigValue>, instance?: number) =>
  t.station.call('config.set', {
    deviceId,
    resource,
    ...(instance !== undefined ? { instance } : {}),
    changes,
  })

const card = async (cardNo: string, readerNo = 1) =>
  (await fleet.control.triggerEvent(0, { kind: 'card', cardNo, readerNo })).map(
    (e) => `${e.major}/${e.minor}`,
  )

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp', timing: { doorPulseMs: 50 } })
  c = DigestClient.for(fleet.devices[0]!)
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})
beforeEach(async () => {
  await fleet.control.reset(0)
  await fleet.control.shiftClock(0, 0)
  await person('1001', '11110001', '1')
  await person('1002', '11110002', '1')
  await person('1003', '11110003')
})

describe('anti-passback (21.23)', () => {
  it('refuses the second entry at the same reader (5/10); clearing the records lets the person in again', async () => {
    expect(await card('11110001')).toEqual(['5/1'])
    expect(await card('11110001')).toEqual(['5/1']) // the rule is off: nothing refused
    value(await set('AntiSneakCfg', { enable: true }))
    value(await set('CardReaderAntiSneakCfg', { enable: true }, 1))
    expect(await card('11110001')).toEqual(['5/1'])
    expect(await card('11110001')).toEqual(['5/10'])
    expect(await card('11110002')).toEqual(['5/1']) // someone else is not affected
    expect((await fleet.control.access(0)).antiPassback).toEqual({ '1001': 1, '1002': 1 })
    value(
      await t.station.call('rules.clear', {
        deviceId,
        what: 'antiPassbackRecords',
        employeeNos: ['1001'],
      }),
    )
    expect((await fleet.control.access(0)).antiPassback).toEqual({ '1002': 1 })
    expect(await card('11110001')).toEqual(['5/1'])
    expect(await card('11110002')).toEqual(['5/10'])
    value(await t.station.call('rules.clear', { deviceId, what: 'antiPassbackRecords' }))
    expect(await card('11110002')).toEqual(['5/1'])
  })

  it('lets the person on only at the follow-up reader; a reader the terminal lacks is refused before sending', async () => {
    value(await set('AntiSneakCfg', { enable: true }))
    const r = value<{ changed: { key: string; after: unknown }[] }>(
      await set('CardReaderAntiSneakCfg', { enable: true, followUpCardReader: '2' }, 1),
    )
    expect(r.changed).toContainEqual(
      expect.objectContaining({ key: 'followUpCardReader', after: '[2]' }),
    )
    value(await set('CardReaderAntiSneakCfg', { enable: true, followUpCardReader: '1' }, 2))
    expect(await card('11110001', 1)).toEqual(['5/1'])
    expect(await card('11110001', 1)).toEqual(['5/10'])
    expect(await card('11110001', 2)).toEqual(['5/1'])
    expect(await card('11110001', 2)).toEqual(['5/10'])
    expect(await card('11110001', 1)).toEqual(['5/1'])

    const before = await fleet.control.docs(0, 'CardReaderAntiSneakCfg/1')
    const bad = await set('CardReaderAntiSneakCfg', { followUpCardReader: '2,9' }, 1)
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.code).toBe('OUT_OF_RANGE')
    expect(bad.error.message).toMatch(/1–2/)
    expect(await fleet.control.docs(0, 'CardReaderAntiSneakCfg/1')).toEqual(before)
    const words = await set('CardReaderAntiSneakCfg', { followUpCardReader: 'two' }, 1)
    expect(words.ok || words.error.code).toBe('INVALID_ARGS')
  })

  it('the first entry must be at the start reader when one is set', async () => {
    value(await set('AntiSneakCfg', { enable: true, startCardReaderNo: 2 }))
    value(await set('CardReaderAntiSneakCfg', { enable: true }, 1))
    value(await set('CardReaderAntiSneakCfg', { enable: true }, 2))
    expect(await card('11110001', 1)).toEqual(['5/10'])
    expect(await card('11110001', 2)).toEqual(['5/1'])
    expect(await card('11110001', 1)).toEqual(['5/1'])
  })

  it('clearing the rule puts it back to factory (off): the second entry passes again', async () => {
    value(await set('AntiSneakCfg', { enable: true }))
    value(await set('CardReaderAntiSneakCfg', { enable: true }, 1))
    expect(await card('11110001')).toEqual(['5/1'])
    value(await t.station.call('rules.clear', { deviceId, what: 'antiPassbackRules' }))
    expect(await fleet.control.docs(0, 'AntiSneakCfg')).toEqual({})
    expect(await card('11110001')).toEqual(['5/1'])
  })
})

const RULE = (memberNum: number) =>
  JSON.stringify([
    {
      id: 1,
      enable: true,
      enableOfflineVerifyMode: false,
      templateNo: 1,
      GroupCombination: [{ enable: true, memberNum, sequenceNo: 1, groupNo: 1 }],
    },
  ])

describe('multi-factor authentication (21.27)', () => {
  beforeEach(async () => {
    value(await set('GroupCfg', { enable: true, groupName: 'Managers' }, 1))
    value(
      await set('MultiCardCfg', { enable: true, swipeIntervalTimeout: 10, GroupCfg: RULE(2) }, 1),
    )
  })

  it('waits for the second person of the group, then opens (5/16)', async () => {
    expect(await card('11110001')).toEqual([])
    expect((await fleet.control.access(0)).multiFactor).toEqual([
      expect.objectContaining({ doorNo: 1, rule: 1, step: 1, persons: ['1001'] }),
    ])
    expect(await card('11110001')).toEqual(['5/35']) // the same person again does not count
    expect(await card('11110003')).toEqual(['5/12']) // not in the group
    expect(await card('11110002')).toEqual(['5/16'])
    expect((await fleet.control.access(0)).multiFactor).toEqual([])
  })

  it('times out when the second person comes too late (5/36)', async () => {
    expect(await card('11110001')).toEqual([])
    const serial = (await fleet.control.events(0)).at(-1)?.serialNo ?? 0
    await fleet.control.shiftClock(0, 11_000) // the terminal sees the wait expire
    const late = await fleet.control.events(0, serial)
    expect(late.map((e) => `${e.major}/${e.minor}`)).toEqual(['5/36'])
    expect(late[0]).toMatchObject({ doorNo: 1, employeeNoString: '1001' })
    expect(await card('11110002')).toEqual([]) // a new wait of its own
    expect((await fleet.control.access(0)).multiFactor[0]?.persons).toEqual(['1002'])
  })

  it('refuses a rule outside the terminal’s ranges before sending; clearing the groups ends the rule', async () => {
    const bad = await set('MultiCardCfg', { GroupCfg: RULE(99) }, 1)
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.code).toBe('OUT_OF_RANGE')
    expect(bad.error.message).toMatch(/memberNum/)
    const notJson = await set('MultiCardCfg', { GroupCfg: '[{' }, 1)
    expect(notJson.ok || notJson.error.code).toBe('INVALID_ARGS')
    value(await t.station.call('rules.clear', { deviceId, what: 'groups' }))
    // no valid group left: nobody belongs to the rule's group
    expect(await card('11110001')).toEqual(['5/12'])
  })
})

/** Puts the terminal's clock at a device-local time (its own time zone). */
async function at(local: string): Promise<void> {
  const { time } = await fleet.control.shiftClock(0, 0)
  const zone = time.slice(19)
  await fleet.control.shiftClock(0, Date.parse(`${local}${zone}`) - Date.now())
}

const status = async (attendanceKey?: string) =>
  (
    await fleet.control.triggerEvent(0, {
      kind: 'card',
      cardNo: '11110003',
      ...(attendanceKey ? { attendanceKey } : {}),
    })
  )[0]?.attendanceStatus

describe('attendance mode decides the status of a pass (21.26)', () => {
  it('auto: the template’s week plan gives check-in, then check-out; manual: the key pressed, if offered', async () => {
    // 2026-12-02 is a Wednesday
    await at('2026-12-02T09:00:00')
    expect(await status()).toBe(undefined) // factory: attendance not used
    value(await set('AttendanceMode', { mode: 'auto' }))
    value(
      await set('AttendancePlanTemplate', { enable: true, property: 'check', weekPlanNo: 1 }, 1),
    )
    value(
      await set(
        'AttendanceWeekPlan',
        {
          enable: true,
          WeekPlanCfg: JSON.stringify([
            {
              id: 1,
              week: 'Wednesday',
              enable: true,
              TimeSegment: { beginTime: '08:00:00', endTime: '18:00:00' },
            },
          ]),
        },
        1,
      ),
    )
    expect(await status()).toBe('checkIn')
    await at('2026-12-02T17:00:00')
    expect(await status()).toBe('checkOut')
    await at('2026-12-02T19:00:00')
    expect(await status()).toBe(undefined) // outside the schedule
    value(await set('AttendanceMode', { mode: 'manual' }))
    expect(await status('breakOut')).toBe('breakOut')
    value(await set('AttendanceList', { 'breakOut.enable': false }))
    expect(await status('breakOut')).toBe(undefined)
  })
})

describe('attendance (21.26) and event configuration (21.28)', () => {
  it('lists the templates as set, and the shortcut keys take a label', async () => {
    value(
      await set(
        'AttendancePlanTemplate',
        { enable: true, templateName: 'Lunch', property: 'break' },
        2,
      ),
    )
    const list = value<{ templateNo: number; templateName: string; property: string }[]>(
      await t.station.call('rules.attendanceTemplates', { deviceId }),
    )
    expect(list.find((x) => x.templateNo === 2)).toMatchObject({
      templateName: 'Lunch',
      property: 'break',
      enable: true,
    })
    expect(list.find((x) => x.templateNo === 1)).toMatchObject({ templateName: 'template1' })
    value(await set('AttendanceList', { 'checkIn.label': 'Arrive', 'breakOut.enable': false }))
    const doc = value<{ values: Record<string, unknown> }>(
      await t.station.call('config.get', { deviceId, resource: 'AttendanceList' }),
    )
    expect(doc.values['checkIn.label']).toBe('Arrive')
    expect(doc.values['breakOut.enable']).toBe(false)
    expect(doc.values['checkOut.label']).toBe('checkOut')
  })

  it('an event–card linkage names the doors it opens, checked against the terminal’s doors', async () => {
    value(
      await set(
        'EventCardLinkageCfg',
        { proMode: 'card', 'CardNoLinkageInfo.cardNo': '11110001', openDoor: '1' },
        3,
      ),
    )
    expect(await fleet.control.docs(0, 'EventCardLinkageCfg/3')).toMatchObject({
      'EventCardLinkageCfg/3': {
        proMode: 'card',
        openDoor: [1],
        CardNoLinkageInfo: { cardNo: '11110001' },
      },
    })
    const bad = await set('EventCardLinkageCfg', { openDoor: '1,2' }, 3)
    expect(bad.ok || bad.error.code).toBe('OUT_OF_RANGE')
    value(await t.station.call('rules.clear', { deviceId, what: 'eventCardLinkage' }))
    expect(await fleet.control.docs(0, 'EventCardLinkageCfg')).toEqual({})
  })
})
