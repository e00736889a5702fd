// Issue 17: a person whose validity has not begun. Terminals take a future beginTime and refuse
// the person by their own clock until then (guide 21.22, UserInfo Valid), so the station sends the
// person ahead — and says so: each terminal's state and the pending list carry `startsAt`. Proven
// by the terminal's behaviour: a card swiped with the terminal's clock just before the start is
// refused (5/8, not valid yet), just after it is granted; the station sends nothing in between.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { Device, PersonDeviceStatus } from '../../../src/shared/model'
import type { PendingChanges } from '../../../src/shared/contract/continuous'
import type { Station } from '../../../src/main/station'
import { runCli } from '../../helpers/cli'
import { eventually } from '../../helpers/eventually'
import { value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'
import { BOTH, twoDoorControllers } from '../../helpers/two-door-controllers'

const site = twoDoorControllers()
const HOUR = 3_600_000

afterEach(async () => {
  for (const i of BOTH) await site.fleet.control.shiftClock(i, 0)
})

/** A local 'YYYY-MM-DDThh:mm:ss' time, as ISAPI's Valid carries it (card-door terminals: UTC+0). */
const local = (d: Date) =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19)

function movableClock() {
  let offset = 0
  return { now: () => new Date(Date.now() + offset), forward: (ms: number) => void (offset += ms) }
}

function start(options: Parameters<typeof testStation>[0]): Station {
  const { station } = testStation({
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
    continuousTiming: { debounceMs: 20, maxWaitMs: 200, changePollMs: 25, validityRecheckMs: 25 },
    ...options,
  })
  site.open.push(station)
  return station
}
const call = async <T>(station: Station, method: string, args: object = {}): Promise<T> =>
  value<T>(await station.call(method, args))

async function addTerminals(station: Station): Promise<void> {
  for (const i of BOTH) {
    const d = site.fleet.devices[i]!
    await call<Device>(station, 'devices.add', {
      name: `T${i}`,
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    })
  }
}

/** A person whose validity starts at `begin` (whole seconds), with a card. */
async function startingAt(station: Station, no: string, begin: Date, card: string) {
  await call(station, 'persons.save', {
    employeeNo: no,
    name: `Starter ${no}`,
    valid: { enable: true, beginTime: local(begin), endTime: '2037-12-31T23:59:59' },
  })
  await call(station, 'persons.addCard', { employeeNo: no, cardNo: card })
}

const heldOn = async (i: number) =>
  (await site.fleet.control.state(i, { events: 0 })).persons.map((p) => p.employeeNo).sort()
const swipe = async (i: number, cardNo: string) => {
  const events = await site.fleet.control.triggerEvent(i, { kind: 'card', cardNo })
  const access = events.find((e) => e.major === 5 && 'cardNo' in e)!
  return [access.major, access.minor]
}
const GRANTED = [5, 1]
const NOT_VALID_YET = [5, 8]
const nextWholeSecond = (ms: number) => new Date(Math.ceil(ms / 1000) * 1000)

it('a person whose validity starts in an hour is on the terminals now, refused until the start and granted from it', async () => {
  const clock = movableClock()
  const station = start({ clock, continuousApply: true })
  await addTerminals(station)
  const begin = nextWholeSecond(Date.now() + HOUR)
  await startingAt(station, '3001', begin, '80003001')

  // sent ahead, and the station says when access starts on each terminal
  await eventually(async () => {
    for (const i of BOTH) expect(await heldOn(i)).toEqual(['3001'])
  })
  const status = await call<PersonDeviceStatus[]>(station, 'apply.personStatus', {
    employeeNo: '3001',
  })
  expect(status.map((s) => [s.state, s.startsAt])).toEqual([
    ['applied', local(begin)],
    ['applied', local(begin)],
  ])
  // the terminals' own clocks decide: 30 s before the start refused, 1 s after granted
  for (const i of BOTH) {
    await site.fleet.control.shiftClock(i, begin.getTime() - Date.now() - 30_000)
    expect(await swipe(i, '80003001'), `terminal ${i} before`).toEqual(NOT_VALID_YET)
  }
  for (const i of BOTH) {
    await site.fleet.control.shiftClock(i, begin.getTime() - Date.now() + 1000)
    expect(await swipe(i, '80003001'), `terminal ${i} after`).toEqual(GRANTED)
  }
  // the station's clock past the start: nothing more to say, nothing re-sent
  clock.forward(2 * HOUR)
  await eventually(async () => {
    const after = await call<PersonDeviceStatus[]>(station, 'apply.personStatus', {
      employeeNo: '3001',
    })
    expect(after.map((s) => [s.state, s.startsAt])).toEqual([
      ['applied', null],
      ['applied', null],
    ])
  })
})

it('the pending list says when a waiting person’s access starts; removals and persons already valid say nothing', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-starts-'))
  const station = start({ onDisk: true, dataDir })
  await addTerminals(station)
  const begin = nextWholeSecond(Date.now() + 24 * HOUR)
  await startingAt(station, '3002', begin, '80003002')
  await call(station, 'persons.save', { employeeNo: '3003', name: 'Valid now' })
  const pending = await call<PendingChanges>(station, 'apply.pending', { limit: 50 })
  const startsOf = (no: string) =>
    pending.items.filter((i) => i.employeeNo === no).map((i) => [i.change, i.startsAt])
  expect(startsOf('3002')).toEqual([
    ['add', local(begin)],
    ['add', local(begin)],
  ])
  expect(startsOf('3003')).toEqual([
    ['add', null],
    ['add', null],
  ])
  // the CLI's pending list says it too
  const cli = await runCli(dataDir, ['apply', 'pending'])
  expect(cli.code, cli.stderr).toBe(0)
  const items = (cli.json as PendingChanges).items.filter((i) => i.employeeNo === '3002')
  expect(items.map((i) => i.startsAt)).toEqual([local(begin), local(begin)])
})
