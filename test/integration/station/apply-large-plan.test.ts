// A plan larger than any argument list: 45,000 persons with three cards each are 180,000 steps
// on one terminal. Spreading them into an array push overflowed the call stack (RangeError)
// before anything was sent; the plan now goes to the journal a terminal at a time.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

const PERSONS = 45_000
let fleet: Fleet
let t: TestStation

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
  t = testStation()
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

it('plans 180,000 steps for one terminal in one job', { timeout: 240_000 }, async () => {
  const d = fleet.devices[0]!
  const device = value<Device>(await addSimulated(t.station, d, 'Door'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},P ${i},${3 * i};${3 * i + 1};${3 * i + 2}`)
  value(await t.station.call('persons.import', { csv: rows.join('\n') }))
  // the terminal is offline: the job waits with every step in the journal, none sent
  await fleet.control.fault(0, { offline: true })
  const job = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [device.id] }))
  expect(job.devices).toEqual([
    expect.objectContaining({ deviceId: device.id, total: PERSONS * 4 }),
  ])
  const cancelled = value<ApplyJob>(await t.station.call('apply.cancel', { jobId: job.id }))
  expect(cancelled.state).toBe('cancelled')
})
