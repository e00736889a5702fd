// Issue 16.4: the retry backoff of a paused terminal resets once the terminal made progress. A
// terminal busy now and then for hours (every 4th request answered 503) must cost a short pause
// each time, not waits doubling without end: with a 1-hour cap and no reset the 30-odd pauses of
// this apply would add up to hours; with the reset each one is the first wait again.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'

let fleet: Fleet
let t: TestStation | undefined

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  await fleet.control.clearFaults(0)
})

const PERSONS = 60

it('a terminal busy every few requests: each pause is short again after progress, the job finishes', async () => {
  t = testStation({
    apply: { concurrencyPerDevice: 2, flushMs: 10, retryMs: { first: 20, max: 3_600_000 } },
  })
  const { station } = t
  const d = fleet.devices[0]!
  const device = value<Device>(await addSimulated(station, d, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},Person ${i},${800_000 + i}`)
  value(await station.call('persons.import', { csv: rows.join('\n') }))
  let pauses = 0
  station.subscribe((event, payload) => {
    if (event === 'apply.progress' && (payload as ApplyProgressEvent).device.pausedReason) pauses++
  })
  await fleet.control.fault(0, { busy: { mode: '503', every: 4 } })
  const job = value<ApplyJob>(await station.call('apply.start', { deviceIds: [device.id] }))
  const settled = await jobEnded(station, job.id)
  expect(settled.state).toBe('done')
  expect(pauses).toBeGreaterThan(10) // the terminal was busy often: the resets were needed
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.persons).toHaveLength(PERSONS)
  expect(held.cards).toHaveLength(PERSONS)
}, 120_000)
