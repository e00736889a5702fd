// Issue 17: changes made by another process on the same data folder — a CLI command while a
// station runs — reach the running station for terminals, assignment rules, station settings and
// schedules (persons: access-engine.test.ts), and continuous apply carries them to the terminals.
// Each is proven by the simulated terminal: what it holds, a card swiped, a schedule it stores.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { Assignment, Device } from '../../../src/shared/model'
import type { PendingChanges } from '../../../src/shared/contract/continuous'
import type { Station } from '../../../src/main/station'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { eventually } from '../../helpers/eventually'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'
import { BOTH, twoDoorControllers } from '../../helpers/two-door-controllers'

const site = twoDoorControllers()

/** A station applying continuously on a data folder on disk, and the CLI on the same folder. */
function running() {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-elsewhere-'))
  const { station } = testStation({
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
    continuousApply: true,
    continuousTiming: { debounceMs: 20, maxWaitMs: 200, changePollMs: 25 },
    onDisk: true,
    dataDir,
  })
  site.open.push(station)
  const cli = async (...args: string[]) => {
    const run = await runCli(dataDir, args, 60_000)
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0)
    return run
  }
  return { station, cli }
}
const call = async <T>(station: Station, method: string, args: object = {}): Promise<T> =>
  value<T>(await station.call(method, args))

async function addTerminal(station: Station, i: number): Promise<Device> {
  const d = site.fleet.devices[i]!
  return call<Device>(station, 'devices.add', {
    name: `T${i}`,
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })
}

const heldOn = async (i: number) =>
  (await site.fleet.control.state(i, { events: 0 })).persons.map((p) => p.employeeNo).sort()
const holding = (i: number, persons: string[]) =>
  eventually(async () => expect(await heldOn(i), `terminal ${i}`).toEqual(persons))
const swipe = async (i: number, cardNo: string) => {
  const events = await site.fleet.control.triggerEvent(i, { kind: 'card', cardNo })
  const access = events.find((e) => e.major === 5 && 'cardNo' in e)!
  return [access.major, access.minor]
}

/** The card lets its holder in (the card is written after its person: awaited, not assumed). */
const granted = (i: number, cardNo: string) =>
  eventually(async () => expect(await swipe(i, cardNo)).toEqual([5, 1]))

it('a terminal added by the CLI receives the roster from the running station', async () => {
  const { station, cli } = running()
  await addTerminal(station, 0)
  await addPerson(station, '1001', 'Ada Park', { card: '60001001' })
  await holding(0, ['1001'])

  await cli(...addTerminalArgs(site.fleet.devices[1]!, 'Added by CLI'))
  await holding(1, ['1001'])
  await granted(1, '60001001')
  // the running station knows the terminal as online (its own login check), not just as a row
  await eventually(async () => {
    const listed = await call<Device[]>(station, 'devices.list')
    expect(listed.map((d) => [d.name, d.health]).sort()).toEqual([
      ['Added by CLI', 'online'],
      ['T0', 'online'],
    ])
  })
})

it('assignment rules changed by the CLI: the running station removes whom they no longer send', async () => {
  const { station, cli } = running()
  const t0 = await addTerminal(station, 0)
  await addTerminal(station, 1)
  await call(station, 'persons.save', { employeeNo: '1001', name: 'Ada Park', groups: ['Kitchen'] })
  await call(station, 'persons.addCard', { employeeNo: '1001', cardNo: '60001001' })
  await addPerson(station, '1002', 'Bo Lind', { card: '60001002' })
  for (const i of BOTH) await holding(i, ['1001', '1002'])

  await cli('apply', 'rules', 'add', 'group:Kitchen', `device:${t0.id}`, '--yes')
  const implicit = (await call<Assignment[]>(station, 'assignments.list')).find(
    (r) => r.personScope === 'all',
  )!
  await cli('apply', 'rules', 'remove', String(implicit.id), '--yes')
  await holding(0, ['1001'])
  await holding(1, [])
  expect(await swipe(1, '60001001')).toEqual([5, 9])
  expect(await swipe(0, '60001001')).toEqual([5, 1])
})

it('continuous apply turned on by the CLI: the running station sends what waited', async () => {
  const { station, cli } = running()
  await call(station, 'settings.set', { continuousApply: false })
  await addTerminal(station, 0)
  await addPerson(station, '1003', 'Cy Moss', { card: '60001003' })
  expect(await heldOn(0)).toEqual([]) // nothing is sent while it is off

  await cli('settings', 'set', 'continuousApply=true')
  await holding(0, ['1003'])
  await granted(0, '60001003')
})

it('a schedule defined by the CLI is written to the terminals by the running station', async () => {
  const { station, cli } = running()
  await addTerminal(station, 0)
  await call(station, 'schedules.saveModeWeekPlan', {
    family: 'DoorStatus',
    planNo: 2,
    name: 'Before',
    days: { Monday: [{ begin: '07:00:00', end: '08:00:00', mode: 'remainOpen' }] },
  })
  // the terminal is settled: online, its schedules written, nothing waiting
  await eventually(async () => {
    const pending = await call<PendingChanges>(station, 'apply.pending', { limit: 0 })
    expect(pending.schedules).toEqual([])
    expect(JSON.stringify(await site.fleet.control.docs(0, 'DoorStatusWeekPlanCfg/2'))).toContain(
      '07:00:00',
    )
  })
  await cli('schedules', 'week', 'DoorStatus', '3', 'Office', 'Mon-Fri=08:00-18:00/remainOpen')
  await eventually(async () => {
    const docs = await site.fleet.control.docs(0, 'DoorStatusWeekPlanCfg/3')
    expect(JSON.stringify(docs)).toContain('remainOpen')
  })
})
