// Issue 19: a roster change's apply-state recompute runs just after the call that made it returns
// (a bulk edit of thousands does not wait for it), several changes in one pass — and it still
// happens: the states are awaited by condition, and a change made just before the station closes
// is in the states when the roster is opened again (close() runs what is owed).
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import type { ApplyJob, ApplyStateCounts } from '@shared/model'
import type { Station } from '../../../src/main/station'
import { startFleet, type Fleet } from '../../../src/simulator'
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

const NOS = ['201', '202', '203', '204']

function start(dataDir?: string) {
  const t = testStation({ onDisk: true, ...(dataDir ? { dataDir } : {}) })
  open.push(t.station)
  return t
}
const counts = async (station: Station) =>
  value<ApplyStateCounts>(await station.call('persons.applyStateCounts', {}))

/** A station whose terminal holds NOS (all applied). */
async function appliedRoster() {
  const t = start()
  value(await addSimulated(t.station, fleet.devices[0]!, 'Door'))
  for (const [i, no] of NOS.entries()) await addPerson(t.station, no, `P ${no}`, { card: `90${i}` })
  const job = value<ApplyJob>(await t.station.call('apply.start', {}))
  await expect
    .poll(
      async () => value<ApplyJob>(await t.station.call('apply.status', { jobId: job.id })).state,
      WAIT,
    )
    .toBe('done')
  await expect.poll(() => counts(t.station), WAIT).toMatchObject({ applied: 4, pending: 0 })
  return t
}

it('a bulk edit and a card added right after: both persons’ states follow, awaited', async () => {
  const { station } = await appliedRoster()
  value(
    await station.call('persons.bulkEdit', {
      selection: { employeeNos: NOS.slice(0, 2) },
      expected: 2,
      set: { userType: 'visitor' },
    }),
  )
  value(await station.call('persons.addCard', { employeeNo: '204', cardNo: '999' }))
  await expect.poll(() => counts(station), WAIT).toMatchObject({ applied: 1, pending: 3 })
  const pending = value<{ items: { employeeNo: string }[] }>(
    await station.call('persons.search', { applyState: 'pending', limit: 10 }),
  )
  expect(pending.items.map((p) => p.employeeNo).sort()).toEqual(['201', '202', '204'])
})

it('a change right before the station closes is in the states when it opens again', async () => {
  const { station, dataDir } = await appliedRoster()
  // a card only: the person record is not written, so nothing marks the state unknown
  value(await station.call('persons.addCard', { employeeNo: '203', cardNo: '998' }))
  await station.close()
  const again = start(dataDir)
  expect(await counts(again.station)).toMatchObject({ applied: 3, pending: 1 })
})
