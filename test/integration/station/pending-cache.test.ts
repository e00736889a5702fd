// Issue 19: apply.pending answers from its last dry plan until something changes — and only
// then: a write by this station, a commit by another process on the same roster, a person's
// validity ending with no write at all. Each is proven against a simulated terminal's contents:
// what the list says waits is what an apply then sends.
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import type { PendingChanges } from '@shared/contract/continuous'
import type { ApplyJob } from '@shared/model'
import type { Station } from '../../../src/main/station'
import { openStore } from '../../../src/main/store'
import { startFleet, type Fleet } from '../../../src/simulator'
import { personRecord } from '../../helpers/person-record'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation } from '../../helpers/station'

/** A deadline that only bounds a test that would fail anyway (a loaded machine is slow). */
const WAIT = { timeout: 60_000, interval: 50 }

let fleet: Fleet
const open: Station[] = []
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  await fleet.control.reset(0)
})

const local = (d: Date) =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19)

async function start(clock?: { now: () => Date }) {
  const t = testStation({ onDisk: true, ...(clock ? { clock } : {}) })
  open.push(t.station)
  value(await addSimulated(t.station, fleet.devices[0]!, 'Door'))
  return t
}
const pending = async (station: Station) =>
  value<PendingChanges>(await station.call('apply.pending', { limit: 50 }))
const waiting = async (station: Station) =>
  (await pending(station)).items.map((i) => `${i.change}:${i.employeeNo}`).sort()

async function applyAll(station: Station): Promise<void> {
  const job = value<ApplyJob>(await station.call('apply.start', {}))
  await expect
    .poll(
      async () => value<ApplyJob>(await station.call('apply.status', { jobId: job.id })).state,
      WAIT,
    )
    .not.toMatch(/queued|running/)
  const failures = value<unknown[]>(await station.call('apply.failures', { jobId: job.id }))
  expect(failures).toEqual([])
}
const held = async () => (await fleet.control.state(0)).persons.map((p) => p.employeeNo).sort()

it('follows the station’s own writes: a new person, an apply, a removal', async () => {
  const { station } = await start()
  await addPerson(station, '101', 'Ann', { card: '1001' })
  expect(await waiting(station)).toEqual(['add:101'])
  expect(await waiting(station)).toEqual(['add:101']) // asked again, nothing changed
  await addPerson(station, '102', 'Bo', { card: '1002' })
  expect(await waiting(station)).toEqual(['add:101', 'add:102'])
  await applyAll(station)
  expect(await held()).toEqual(['101', '102'])
  expect(await waiting(station)).toEqual([])
  value(await station.call('persons.remove', { employeeNo: '102' }))
  expect(await waiting(station)).toEqual(['remove:102'])
})

it('follows a commit by another process on the same roster', async () => {
  const { station, dataDir } = await start()
  await addPerson(station, '101', 'Ann', { card: '1001' })
  await applyAll(station)
  expect(await waiting(station)).toEqual([])
  const other = openStore(join(dataDir, 'roster.sqlite'))
  try {
    const at = new Date().toISOString()
    other.persons.put(personRecord('103', { name: 'Cy', createdAt: at, updatedAt: at }))
  } finally {
    other.close()
  }
  expect(await waiting(station)).toEqual(['add:103'])
})

it('drops a person whose validity ended, with nothing written meanwhile', async () => {
  let offset = 0
  const clock = { now: () => new Date(Date.now() + offset) }
  const { station } = await start(clock)
  const end = new Date(Date.now() + 3_600_000)
  value(
    await station.call('persons.save', {
      employeeNo: '105',
      name: 'Eve',
      valid: { enable: true, beginTime: '2020-01-01T00:00:00', endTime: local(end) },
    }),
  )
  await applyAll(station)
  expect(await held()).toEqual(['105'])
  expect(await waiting(station)).toEqual([])
  offset = 2 * 3_600_000 // past the end: the terminal should no longer hold her
  expect(await waiting(station)).toEqual(['remove:105'])
  await applyAll(station)
  expect(await held()).toEqual([])
})
