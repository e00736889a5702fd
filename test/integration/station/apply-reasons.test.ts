// Finding 6 of issue 16: reasons in plain words (the device's codes kept alongside), and a
// garbled answer is not called DEVICE_REJECTED: the step is sent again (it is idempotent).
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyFailure, ApplyJob, ApplyProgressEvent } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

const FAST = { concurrencyPerDevice: 1, flushMs: 10, retryMs: { first: 20, max: 100 } }
let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  await fleet.control.clearFaults(0)
  await fleet.control.reset(0)
  t = testStation({ apply: FAST })
  const d = fleet.devices[0]!
  value(await addSimulated(t.station, d, 'Reception'))
  value(
    await t.station.call('persons.import', { csv: 'employeeNo,name,cards\n1,Ann,111\n2,Bo,222' }),
  )
})
afterEach(async () => t.station.close())

const run = async (onProgress: (p: ApplyProgressEvent) => void = () => {}) => {
  const job = value<ApplyJob>(await t.station.call('apply.start', {}))
  await new Promise<void>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      const p = payload as ApplyProgressEvent
      if (event !== 'apply.progress' || p.jobId !== job.id) return
      onProgress(p)
      if (['done', 'failed'].includes(p.state)) {
        off()
        resolve()
      }
    })
  })
  return value<ApplyJob>(await t.station.call('apply.status', { jobId: job.id }))
}

it('a garbled answer is sent again, not reported as refused', async () => {
  await fleet.control.fault(0, { corrupt: 2 })
  const job = await run()
  expect(job.state).toBe('done')
  expect(value<ApplyFailure[]>(await t.station.call('apply.failures', { jobId: job.id }))).toEqual(
    [],
  )
  expect((await fleet.control.state(0, { events: 0 })).counts).toMatchObject({
    persons: 2,
    cards: 2,
  })
})

it('a pause reason is in plain words, not a raw request line', async () => {
  await fleet.control.fault(0, { busy: { count: 2, mode: '503' } })
  const reasons: string[] = []
  const job = await run((p) => {
    if (p.device.pausedReason) reasons.push(p.device.pausedReason)
  })
  expect(job.state).toBe('done')
  expect(reasons.length).toBeGreaterThan(0)
  for (const reason of reasons) {
    expect(reason).not.toMatch(/\/ISAPI\//)
    expect(reason).toMatch(/^Reception: .*HTTP 503/)
  }
})
