// Continuous apply with the station running and three simulated terminals: a change reaches every
// terminal without "Apply now" (read independently through the simulator's control API), and a
// card swiped after a deletion or a block is denied by the terminal itself.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PendingChanges, RuleImpact } from '../../../src/shared/contract/continuous'
import type { Assignment, Device, Settings } from '../../../src/shared/model'
import { startFleet, type Fleet } from '../../../src/simulator'
import { eventually } from '../../helpers/eventually'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let ids: string[]
const FAST = { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } }
const ALL = [0, 1, 2]

beforeAll(async () => {
  fleet = await startFleet({
    devices: 4,
    profile: ['face-fp', 'card-door', 'iris-face', 'face-fp'],
  })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  for (let i = 0; i < 4; i++) {
    await fleet.control.clearFaults(i)
    await fleet.control.reset(i)
  }
  t = testStation({ apply: FAST, continuousApply: true })
  ids = []
  for (const i of ALL) ids.push(await addTerminal(i))
})
afterEach(async () => t.station.close())

async function addTerminal(i: number): Promise<string> {
  const d = fleet.devices[i]!
  const device = value<Device>(await addSimulated(t.station, d, `T${i}`))
  return device.id
}

const call = async <T>(method: string, args: object = {}): Promise<T> =>
  value<T>(await t.station.call(method, args))
const heldOn = async (i: number) =>
  (await fleet.control.state(i, { events: 0 })).persons.map((p) => p.employeeNo).sort()
/** Waits until every listed terminal holds exactly these persons (read from the simulator). */
const holding = (terminals: number[], persons: string[]) =>
  eventually(async () => {
    for (const i of terminals) expect(await heldOn(i), `terminal ${i}`).toEqual(persons)
  })
/** The terminal's own verdict on a card presented at its reader: [major, minor]. */
const swipe = async (i: number, cardNo: string) => {
  const events = await fleet.control.triggerEvent(i, { kind: 'card', cardNo })
  const access = events.find((e) => e.major === 5 && 'cardNo' in e)!
  return [access.major, access.minor]
}
const GRANTED = [5, 1]
const UNKNOWN_CARD = [5, 9]
const BLOCKLISTED = [5, 6]

describe('continuous apply', () => {
  it('sends a new person everywhere, and a deletion or a block takes the card away on every terminal without Apply', async () => {
    await addPerson(t.station, '1001', 'Elena Ruiz', { card: '70001001' })
    await addPerson(t.station, '1002', 'Farid Khan', { card: '70001002' })
    await holding(ALL, ['1001', '1002'])
    for (const i of ALL) expect(await swipe(i, '70001001')).toEqual(GRANTED)

    value(await t.station.call('persons.remove', { employeeNo: '1001' }))
    await holding(ALL, ['1002'])
    for (const i of ALL) expect(await swipe(i, '70001001')).toEqual(UNKNOWN_CARD)

    value(
      await t.station.call('persons.save', {
        employeeNo: '1002',
        name: 'Farid Khan',
        userType: 'blackList',
      }),
    )
    await eventually(async () => {
      for (const i of ALL) expect(await swipe(i, '70001002'), `terminal ${i}`).toEqual(BLOCKLISTED)
    })
    // nothing waits any more, and no one pressed Apply
    await eventually(async () =>
      expect((await call<PendingChanges>('apply.pending')).total).toBe(0),
    )
  })

  it('a terminal added later receives everyone', async () => {
    await addPerson(t.station, '2001', 'Ann Lee', { card: '70002001' })
    await holding(ALL, ['2001'])
    await addTerminal(3)
    await holding([3], ['2001'])
    expect(await swipe(3, '70002001')).toEqual(GRANTED)
  })

  it('with the setting off, changes wait and are listed; turned on, they are sent', async () => {
    await addPerson(t.station, '3001', 'Bo Chen', { card: '70003001' })
    await addPerson(t.station, '3002', 'Cy Novak')
    await holding(ALL, ['3001', '3002'])
    expect((await call<Settings>('settings.set', { continuousApply: false })).continuousApply).toBe(
      false,
    )
    value(await t.station.call('persons.remove', { employeeNo: '3001' }))
    await addPerson(t.station, '3003', 'Di Berg')
    value(await t.station.call('persons.save', { employeeNo: '3002', name: 'Cy Novak-Berg' }))

    const pending = await call<PendingChanges>('apply.pending')
    expect(pending.total).toBe(9)
    expect(pending.terminals).toBe(3)
    expect(pending.devices.map((d) => [d.adds, d.updates, d.removals])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ])
    // removals are called out first, with names (a deleted person's last known one)
    expect(
      pending.items.slice(0, 3).map((i) => [i.change, i.employeeNo, i.name, i.inRoster]),
    ).toEqual([
      ['remove', '3001', 'Bo Chen', false],
      ['remove', '3001', 'Bo Chen', false],
      ['remove', '3001', 'Bo Chen', false],
    ])
    expect(pending.items.find((i) => i.change === 'add')).toMatchObject({
      employeeNo: '3003',
      name: 'Di Berg',
    })
    expect(await heldOn(0)).toEqual(['3001', '3002']) // nothing was sent meanwhile

    value(await t.station.call('settings.set', { continuousApply: true }))
    await holding(ALL, ['3002', '3003'])
    await eventually(async () =>
      expect((await call<PendingChanges>('apply.pending')).total).toBe(0),
    )
  })
})

describe('rules that never surprise', () => {
  it('the first rule keeps everyone; a change that takes access away needs a confirmation', async () => {
    await addPerson(t.station, '4001', 'Eve Front', { card: '70004001' })
    await addPerson(t.station, '4002', 'Gus Back', { card: '70004002' })
    value(
      await t.station.call('persons.save', {
        employeeNo: '4001',
        name: 'Eve Front',
        groupName: 'Front office',
      }),
    )
    await holding(ALL, ['4001', '4002'])

    await call<Assignment>('assignments.add', {
      personScope: 'group:Front office',
      deviceScope: `device:${ids[0]}`,
    })
    const rules = await call<Assignment[]>('assignments.list')
    expect(rules.map((r) => [r.personScope, r.deviceScope])).toEqual([
      ['all', 'all'],
      ['group:Front office', `device:${ids[0]}`],
    ])
    expect((await call<PendingChanges>('apply.pending')).total).toBe(0)
    expect(await swipe(1, '70004002')).toEqual(GRANTED)

    // removing the explicit "everyone" rule would take both off two terminals, and 4002 off T0
    const refused = await t.station.call('assignments.remove', { id: rules[0]!.id })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('CONFIRMATION_NEEDED')
    expect(refused.error.details as unknown as RuleImpact).toMatchObject({
      removals: 5,
      persons: 2,
      terminals: 3,
      reason: { code: 'ruleRemovesAccess' },
    })
    expect(await call<Assignment[]>('assignments.list')).toHaveLength(2) // nothing was saved

    value(await t.station.call('assignments.remove', { id: rules[0]!.id, confirm: true }))
    await holding([0], ['4001'])
    await holding([1, 2], [])
    expect(await swipe(1, '70004002')).toEqual(UNKNOWN_CARD)
  })
})

describe('schedules in continuous apply', () => {
  const dayShift = Object.fromEntries(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => [
      d,
      [{ begin: '07:00', end: '19:00' }],
    ]),
  )
  const weekPlanOn = async (i: number) =>
    Object.keys(await fleet.control.docs(i, 'UserRightWeekPlanCfg/')).includes(
      'UserRightWeekPlanCfg/2',
    )

  it('a week plan saved reaches every terminal by itself, and a terminal added later receives it', async () => {
    value(
      await t.station.call('schedules.saveWeekPlan', {
        planNo: 2,
        name: 'Day shift',
        days: dayShift,
      }),
    )
    await eventually(async () => {
      for (const i of ALL) expect(await weekPlanOn(i), `terminal ${i}`).toBe(true)
    })
    await eventually(async () =>
      expect((await call<PendingChanges>('apply.pending')).schedules).toEqual([]),
    )

    // switched off, a change is marked pending on every terminal and nothing is written
    value(await t.station.call('settings.set', { continuousApply: false }))
    value(
      await t.station.call('schedules.saveWeekPlan', { planNo: 3, name: 'Night', days: dayShift }),
    )
    const pending = await call<PendingChanges>('apply.pending')
    expect(pending.schedules.map((s) => s.deviceId)).toEqual(ids)
    expect(pending).toMatchObject({ total: 3, terminals: 3 })
    value(await t.station.call('settings.set', { continuousApply: true }))
    await eventually(async () =>
      expect((await call<PendingChanges>('apply.pending')).schedules).toEqual([]),
    )

    const later = await addTerminal(3)
    await eventually(async () => expect(await weekPlanOn(3)).toBe(true))
    expect(Object.keys(await fleet.control.docs(3, 'UserRightWeekPlanCfg/'))).toContain(
      'UserRightWeekPlanCfg/3',
    )
    await eventually(async () =>
      expect(
        (await call<PendingChanges>('apply.pending')).schedules.map((s) => s.deviceId),
      ).not.toContain(later),
    )
  })
})
