// Issue 16.3: a password changed on the terminal while an apply runs costs exactly one failed
// login, counted by the terminal itself (the simulator's control API), on both connection lanes.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi/index'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../../src/shared/model'
import { addPerson, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation | undefined

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door', lockoutAttempts: 5 })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  t = undefined
})

const failedLogins = async (): Promise<number> =>
  Object.values((await fleet.control.failedLogins(0)).addresses).reduce((n, a) => n + a.failures, 0)

async function changePasswordMidApply(concurrencyPerDevice: number): Promise<number> {
  const d = fleet.devices[0]!
  await fleet.control.reset(0)
  await fleet.control.unlock(0)
  t = testStation({
    apply: { concurrencyPerDevice, flushMs: 20, retryMs: { first: 50, max: 200 } },
  })
  const station = t.station
  const device = value<Device>(await addSimulated(station, d, 'Reception'))
  for (let i = 0; i < 300; i++)
    await addPerson(station, String(5000 + i), `P${i}`, { card: String(9000 + i) })
  const someDone = new Promise<void>((resolve) => {
    const off = station.subscribe((event, payload) => {
      if (event === 'apply.progress' && (payload as ApplyProgressEvent).device.done >= 40) {
        off()
        resolve()
      }
    })
  })
  const paused = new Promise<string>((resolve) => {
    const off = station.subscribe((event, payload) => {
      const p = payload as ApplyProgressEvent
      if (event === 'apply.progress' && p.device.pausedReason) {
        off()
        resolve(p.device.pausedReason)
      }
    })
  })
  const job = value<ApplyJob>(await station.call('apply.start', { deviceIds: [device.id] }))
  await someDone
  // someone changes the admin password on the terminal (another tool, same protocol)
  const other = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  await other.http.xml('PUT', '/ISAPI/Security/users/1', 'User', {
    id: '1',
    userName: d.username,
    password: 'Changed-Pass-42',
    userLevel: 'Administrator',
    loginPassword: d.password,
  })
  await other.close()
  expect(await paused).toMatch(/password/i)
  const status = value<ApplyJob>(await station.call('apply.status', { jobId: job.id }))
  expect(status.devices[0]!.done).toBeLessThan(300)
  // the job stays paused: asking the terminal again costs nothing more
  expect(value<ApplyJob>(await station.call('apply.status', { jobId: job.id })).state).not.toBe(
    'done',
  )
  const failures = await failedLogins()
  await station.close()
  t = undefined
  // put the password back for the next test
  const fix = connect({
    host: d.host,
    port: d.port,
    username: d.username,
    password: 'Changed-Pass-42',
  })
  await fix.http.xml('PUT', '/ISAPI/Security/users/1', 'User', {
    id: '1',
    userName: d.username,
    password: d.password,
    userLevel: 'Administrator',
    loginPassword: 'Changed-Pass-42',
  })
  await fix.close()
  return failures
}

it('one connection: a password changed on the terminal mid-apply costs exactly 1 failed login', async () => {
  expect(await changePasswordMidApply(1)).toBe(1)
}, 60_000)

it('two connections: one credentialed request in flight at a time, so a password change costs exactly 1 failed login too', async () => {
  expect(await changePasswordMidApply(2)).toBe(1)
}, 60_000)
