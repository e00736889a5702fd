// Issue 17, the engine's remaining parts, on simulated terminals read independently through the
// simulator's control API: a validity end takes a person off the terminals by itself (an injected
// clock moved past it; also when the station starts after it), a one-shot CLI command on the
// same database reaches a running station, and a person in several access groups goes where any
// of their groups goes.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ApplyJob, Assignment, Device, PersonDetail } from '../../../src/shared/model'
import type { Station } from '../../../src/main/station'
import { runCli } from '../../helpers/cli'
import { eventually } from '../../helpers/eventually'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'
import { BOTH, twoDoorControllers } from '../../helpers/two-door-controllers'

const FAST = { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } }
const TIMING = { debounceMs: 20, maxWaitMs: 200, changePollMs: 25, validityRecheckMs: 25 }
const site = twoDoorControllers()

/** A clock the test moves (the station's "now"); starts at the real time. */
function movableClock() {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    forward: (ms: number) => void (offset += ms),
  }
}
/** A local 'YYYY-MM-DDThh:mm:ss' time, as ISAPI's Valid carries it. */
const local = (d: Date) =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19)
const HOUR = 3_600_000

function start(options: Parameters<typeof testStation>[0]): Station {
  const { station } = testStation({
    apply: FAST,
    continuousApply: true,
    continuousTiming: TIMING,
    ...options,
  })
  site.open.push(station)
  return station
}
const call = async <T>(station: Station, method: string, args: object = {}): Promise<T> =>
  value<T>(await station.call(method, args))

async function addTerminals(station: Station): Promise<string[]> {
  const ids: string[] = []
  for (const i of BOTH) {
    const d = site.fleet.devices[i]!
    const device = await call<Device>(station, 'devices.add', {
      name: `T${i}`,
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    })
    ids.push(device.id)
  }
  return ids
}

const heldOn = async (i: number) =>
  (await site.fleet.control.state(i, { events: 0 })).persons.map((p) => p.employeeNo).sort()
const holding = (terminals: number[], persons: string[]) =>
  eventually(async () => {
    for (const i of terminals) expect(await heldOn(i), `terminal ${i}`).toEqual(persons)
  })
/** The terminal's own verdict on a card at its reader: [major, minor]. */
const swipe = async (i: number, cardNo: string) => {
  const events = await site.fleet.control.triggerEvent(i, { kind: 'card', cardNo })
  const access = events.find((e) => e.major === 5 && 'cardNo' in e)!
  return [access.major, access.minor]
}
const GRANTED = [5, 1]
const UNKNOWN_CARD = [5, 9]

async function personValidUntil(station: Station, no: string, end: Date, card: string) {
  await call(station, 'persons.save', {
    employeeNo: no,
    name: `Temp ${no}`,
    valid: { enable: true, beginTime: '2020-01-01T00:00:00', endTime: local(end) },
  })
  await call(station, 'persons.addCard', { employeeNo: no, cardNo: card })
}

describe('validity end takes effect by itself', () => {
  it('at the boundary the person leaves every terminal (the station clock moved past the end), a card is then unknown', async () => {
    const clock = movableClock()
    const station = start({ clock })
    await addTerminals(station)
    await addPerson(station, '2000', 'Staying', { card: '80002000' })
    await personValidUntil(station, '2001', new Date(clock.now().getTime() + HOUR), '80002001')
    await holding(BOTH, ['2000', '2001'])
    // the terminals' own clocks are the real ones: it is the station that takes the access away
    for (const i of BOTH) expect(await swipe(i, '80002001')).toEqual(GRANTED)

    clock.forward(2 * HOUR)
    await holding(BOTH, ['2000'])
    for (const i of BOTH) expect(await swipe(i, '80002001')).toEqual(UNKNOWN_CARD)
    for (const i of BOTH) expect(await swipe(i, '80002000')).toEqual(GRANTED)
    // the person stays in the roster; their state says why they are on no terminal
    await eventually(async () => {
      const status = await call<{ state: string }[]>(station, 'apply.personStatus', {
        employeeNo: '2001',
      })
      expect(status.map((s) => s.state)).toEqual(['notAssigned', 'notAssigned'])
    })
  })

  it('a station started after the boundary passed removes the person at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'es-validity-'))
    const clock = movableClock()
    const first = start({ clock, onDisk: true, dataDir })
    await addTerminals(first)
    await personValidUntil(first, '2101', new Date(clock.now().getTime() + HOUR), '80002101')
    await holding(BOTH, ['2101'])
    await first.close()
    site.open.splice(site.open.indexOf(first), 1)

    clock.forward(3 * HOUR)
    start({ clock, onDisk: true, dataDir })
    await holding(BOTH, [])
  })
})

describe('a one-shot CLI command reaches a running station', () => {
  it('persons delete in another station on the same database: the running one removes the person from every terminal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'es-oneshot-'))
    const running = start({ onDisk: true, dataDir })
    await addTerminals(running)
    await addPerson(running, '1005', 'Elena Ruiz', { card: '70001005' })
    await addPerson(running, '1006', 'Farid Khan', { card: '70001006' })
    await holding(BOTH, ['1005', '1006'])

    const cli = await runCli(dataDir, ['persons', 'delete', '1005'])
    expect(cli.code, cli.stderr).toBe(0)
    await holding(BOTH, ['1006'])
    for (const i of BOTH) expect(await swipe(i, '70001005')).toEqual(UNKNOWN_CARD)

    // and one that adds: the CLI saves a person with a card, the running station sends them
    const add = await runCli(dataDir, [
      'persons',
      'save',
      '--no',
      '1007',
      '--name',
      'New',
      '--card',
      '70001007',
    ])
    expect(add.code, add.stderr).toBe(0)
    await holding(BOTH, ['1006', '1007'])
    for (const i of BOTH) expect(await swipe(i, '70001007')).toEqual(GRANTED)
  })
})

describe('access groups: a person goes where any of their groups goes', () => {
  async function twoGroupRules(station: Station, ids: string[]) {
    await call(station, 'assignments.add', {
      personScope: 'group:Kitchen',
      deviceScope: `device:${ids[0]}`,
      confirm: true,
    })
    await call(station, 'assignments.add', {
      personScope: 'group:Lab',
      deviceScope: `device:${ids[1]}`,
      confirm: true,
    })
    // the first rule made the implicit "everyone everywhere" visible: it goes, so groups decide
    const implicit = (await call<Assignment[]>(station, 'assignments.list')).find(
      (r) => r.personScope === 'all',
    )!
    await call(station, 'assignments.remove', { id: implicit.id, confirm: true })
  }

  it('a person in two groups reaches both rules’ terminals; taking one group away removes only its terminal', async () => {
    const station = start({})
    const ids = await addTerminals(station)
    await twoGroupRules(station, ids)
    const saved = await call<PersonDetail>(station, 'persons.save', {
      employeeNo: '3001',
      name: 'Both Groups',
      groups: ['Kitchen', 'Lab'],
    })
    expect(saved.groups).toEqual(['Kitchen', 'Lab'])
    expect(saved.groupName).toBe('Kitchen')
    await call(station, 'persons.addCard', { employeeNo: '3001', cardNo: '90003001' })
    await addPerson(station, '3002', 'Nobody')
    await holding(BOTH, ['3001'])

    await call(station, 'persons.save', {
      employeeNo: '3001',
      name: 'Both Groups',
      groups: ['Lab'],
    })
    await holding([0], [])
    await holding([1], ['3001'])
    expect(await swipe(0, '90003001')).toEqual(UNKNOWN_CARD)
    expect(await swipe(1, '90003001')).toEqual(GRANTED)

    const groups = await call<{ name: string; persons: number }[]>(station, 'persons.groups')
    expect(groups).toEqual([{ name: 'Lab', persons: 1 }])
  })

  it('the CLI (--group twice) and a CSV groups column (A;B) give a person several groups', async () => {
    const { station, dataDir } = testStation({ apply: FAST, onDisk: true })
    site.open.push(station)
    const ids = await addTerminals(station)
    await twoGroupRules(station, ids)
    const cli = await runCli(dataDir, [
      'persons',
      'save',
      '--no',
      '3101',
      '--name',
      'By CLI',
      '--group',
      'Kitchen',
      '--group',
      'Lab',
    ])
    expect(cli.code, cli.stderr).toBe(0)
    expect((cli.json as PersonDetail).groups).toEqual(['Kitchen', 'Lab'])

    await call(station, 'persons.import', {
      csv: 'employeeNo,name,groups\n3102,By CSV,Lab; Kitchen\n3103,Lab only,Lab\n',
    })
    const detail = await call<PersonDetail>(station, 'persons.get', { employeeNo: '3102' })
    expect(detail.groups).toEqual(['Lab', 'Kitchen'])
    // the persons list's group filter finds a person by any of their groups
    const kitchen = await call<{ items: { employeeNo: string }[] }>(station, 'persons.search', {
      groupName: 'Kitchen',
    })
    expect(kitchen.items.map((p) => p.employeeNo)).toEqual(['3101', '3102'])

    await call(station, 'apply.start', {})
    await holding([0], ['3101', '3102'])
    await holding([1], ['3101', '3102', '3103'])
  })
})

describe('the running job grows', () => {
  it('changes that arrive while a job runs on a terminal join that job (one job, not a stream), a revocation among them', async () => {
    const station = start({})
    await addTerminals(station)
    for (const no of ['1001', '1002', '1003']) await addPerson(station, no, `P${no}`)
    await holding(BOTH, ['1001', '1002', '1003'])
    await eventually(async () => {
      const jobs = await call<{ state: string }[]>(station, 'apply.list', { limit: 50 })
      expect(jobs.every((j) => j.state === 'done')).toBe(true)
    })
    const before = (await call<{ id: string }[]>(station, 'apply.list', { limit: 50 })).length

    // terminal 0 goes offline: the next job waits on it (running, paused there)
    await site.fleet.control.fault(0, { offline: true })
    const rows = ['employeeNo,name']
    for (let i = 1; i <= 20; i++) rows.push(`${2000 + i},Imported ${i}`)
    await call(station, 'persons.import', { csv: rows.join('\n') })
    const job = await eventually(async () => {
      const jobs = await call<ApplyJob[]>(station, 'apply.list', { limit: 50 })
      expect(jobs.length).toBe(before + 1)
      expect(jobs[0]!.state).toBe('running')
      return jobs[0]!
    })
    // terminal 1 has everything: its run of the job ends there while terminal 0 waits
    const imported = rows.slice(1).map((r) => r.split(',')[0]!)
    await holding([1], ['1001', '1002', '1003', ...imported].sort())
    // a deletion (revocation) and a new person while it waits: they join that job, on both
    // terminals (the ended run on terminal 1 starts again)
    await call(station, 'persons.remove', { employeeNo: '1001' })
    await addPerson(station, '1099', 'Late arrival')
    await holding(
      [1],
      ['1002', '1003', '1099', ...rows.slice(1).map((r) => r.split(',')[0]!)].sort(),
    )
    const grown = await call<ApplyJob>(station, 'apply.status', { jobId: job.id })
    const stepsBefore = job.devices.reduce((n, d) => n + d.total, 0)
    expect(grown.devices.reduce((n, d) => n + d.total, 0)).toBeGreaterThan(stepsBefore)

    await site.fleet.control.clearFaults(0)
    const expected = ['1002', '1003', '1099', ...rows.slice(1).map((r) => r.split(',')[0]!)].sort()
    await holding(BOTH, expected)
    await eventually(async () => {
      const done = await call<ApplyJob>(station, 'apply.status', { jobId: job.id })
      expect(done.state).toBe('done')
    })
    // one job did it all: none was added after it
    expect((await call<ApplyJob[]>(station, 'apply.list', { limit: 50 })).length).toBe(before + 1)
  })
})
