// Finding 2 of issue 16: a terminal that lost its data (factory reset mid-apply) must not stay
// "applied": the next apply compares the terminal with the station's holdings, reads it back,
// says so, and refills it — without removing and re-adding the terminal.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, Device, HoldingsNotice } from '../../../src/shared/model'
import { syntheticFace, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'

const FAST = { concurrencyPerDevice: 2, flushMs: 10, retryMs: { first: 50, max: 200 } }
const PERSONS = 60
let fleet: Fleet
let t: TestStation
let device: Device
const notices: HoldingsNotice[] = []

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  await fleet.control.clearFaults(0)
  await fleet.control.reset(0)
  notices.length = 0
  t = testStation({ apply: FAST })
  t.station.subscribe((event, payload) => {
    if (event === 'holdings.notice') notices.push(payload as HoldingsNotice)
  })
  const d = fleet.devices[0]!
  device = value<Device>(await addSimulated(t.station, d, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},Person ${i},${900000 + i}`)
  value(await t.station.call('persons.import', { csv: rows.join('\n') }))
  for (const no of ['1', '2', '3'])
    value(
      await t.station.call('persons.setFace', {
        employeeNo: no,
        jpegBase64: (await syntheticFace(Number(no))).toString('base64'),
        source: 'file',
      }),
    )
})
afterEach(async () => t.station.close())

it('a terminal reset mid-apply is noticed and refilled by the next apply, not left "applied"', async () => {
  await fleet.control.fault(0, { latencyMs: 15 })
  const job = value<ApplyJob>(await t.station.call('apply.start', {}))
  await new Promise<void>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      const p = payload as { jobId: string; device: { done: number } }
      if (event === 'apply.progress' && p.jobId === job.id && p.device.done >= 60) {
        off()
        resolve()
      }
    })
  })
  await fleet.control.reset(0) // factory reset: everything sent so far is gone
  await jobEnded(t.station, job.id)
  await fleet.control.clearFaults(0)
  const afterReset = await fleet.control.state(0, { events: 0 })
  expect(afterReset.counts.persons).toBeLessThan(PERSONS)

  const refill = await jobEnded(
    t.station,
    value<ApplyJob>(await t.station.call('apply.start', {})).id,
  )
  expect(refill.state).toBe('done')
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.counts).toMatchObject({ persons: PERSONS, cards: PERSONS, faces: 3 })
  expect(notices).toHaveLength(1)
  expect(notices[0]!.message).toBe(
    `Reception holds ${afterReset.counts.persons} of ${PERSONS} persons — was it reset? Refilling.`,
  )
  expect(notices[0]!.readBack).toBe(true)
  // the same terminal, not removed and re-added; the next plan has nothing left
  expect(value<Device[]>(await t.station.call('devices.list', {})).map((d) => d.id)).toEqual([
    device.id,
  ])
  const again = value<ApplyJob>(await t.station.call('apply.start', {}))
  expect(again.devices.reduce((n, d) => n + d.total, 0)).toBe(0)
  expect(notices).toHaveLength(1)
})

it('persons deleted and added by another tool are noticed: the missing refilled, the extra removed', async () => {
  expect(
    (await jobEnded(t.station, value<ApplyJob>(await t.station.call('apply.start', {})).id)).state,
  ).toBe('done')
  // another tool: remove persons 1..5 straight on the terminal, add a stranger
  const client = (await import('../../../src/main/isapi')).connect({
    host: fleet.devices[0]!.host,
    port: fleet.devices[0]!.port,
    protocol: 'http',
    username: fleet.devices[0]!.username,
    password: fleet.devices[0]!.password,
    name: 'other tool',
  })
  try {
    await client.persons.delete(['1', '2', '3', '4', '5'])
    await client.persons.upsert({
      employeeNo: 'X1',
      name: 'Stranger',
      userType: 'normal',
      valid: { enable: false, beginTime: '2020-01-01T00:00:00', endTime: '2030-01-01T00:00:00' },
    })
  } finally {
    await client.close()
  }
  const refill = await jobEnded(
    t.station,
    value<ApplyJob>(await t.station.call('apply.start', {})).id,
  )
  expect(refill.state).toBe('done')
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.counts).toMatchObject({ persons: PERSONS, cards: PERSONS, faces: 3 })
  expect(held.persons.map((p) => p.employeeNo)).not.toContain('X1')
  expect(notices).toHaveLength(1)
  expect(notices[0]!.message).toBe('Reception holds 56 of 60 persons — was it reset? Refilling.')
})

const nextNotice = () =>
  new Promise<HoldingsNotice>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      if (event === 'holdings.notice') {
        off()
        resolve(payload as HoldingsNotice)
      }
    })
  })
const nextJob = () =>
  new Promise<string>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      if (event === 'apply.progress') {
        off()
        resolve((payload as { jobId: string }).jobId)
      }
    })
  })

it('a login check finds a reset terminal and refills it by itself', async () => {
  expect(
    (await jobEnded(t.station, value<ApplyJob>(await t.station.call('apply.start', {})).id)).state,
  ).toBe('done')
  await fleet.control.reset(0)
  const refillJob = nextJob()
  const checked = value<Device>(await t.station.call('devices.check', { id: device.id }))
  expect(checked.health).toBe('online')
  expect(notices.map((n) => n.message)).toEqual([
    `Reception holds 0 of ${PERSONS} persons — was it reset? Refilling.`,
  ])
  expect((await jobEnded(t.station, await refillJob)).state).toBe('done')
  expect((await fleet.control.state(0, { events: 0 })).counts).toMatchObject({
    persons: PERSONS,
    cards: PERSONS,
    faces: 3,
  })
})

it('the schedule finds a reset terminal too', async () => {
  await t.station.close()
  t = testStation({ apply: FAST, holdingsCheckMs: 50 })
  const d = fleet.devices[0]!
  value(await addSimulated(t.station, d, 'Reception'))
  value(await t.station.call('persons.import', { csv: 'employeeNo,name\n1,Ann\n2,Bo' }))
  expect(
    (await jobEnded(t.station, value<ApplyJob>(await t.station.call('apply.start', {})).id)).state,
  ).toBe('done')
  const notice = nextNotice()
  await fleet.control.reset(0)
  expect((await notice).message).toBe('Reception holds 0 of 2 persons — was it reset? Refilling.')
})

it('another unit at the terminal’s address is noticed by its serial number and filled', async () => {
  const other = await startFleet({ devices: 2, profile: 'face-fp' }) // unit 1: another serial
  try {
    expect(
      (await jobEnded(t.station, value<ApplyJob>(await t.station.call('apply.start', {})).id))
        .state,
    ).toBe('done')
    // the unit is swapped: the same terminal record now reaches a new, empty unit
    const d = other.devices[1]!
    expect(d.serialNumber).not.toBe(fleet.devices[0]!.serialNumber)
    value(
      await t.station.call('devices.update', {
        id: device.id,
        patch: { host: d.host, port: d.port, password: d.password },
      }),
    )
    const refill = await jobEnded(
      t.station,
      value<ApplyJob>(await t.station.call('apply.start', {})).id,
    )
    expect(refill.state).toBe('done')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.serialChanged).toBe(true)
    expect(notices[0]!.message).toMatch(/^Reception answers with another serial number/)
    expect((await other.control.state(1, { events: 0 })).counts).toMatchObject({
      persons: PERSONS,
      cards: PERSONS,
      faces: 3,
    })
    const record = value<Device[]>(await t.station.call('devices.list', {}))[0]!
    expect(record.serialNumber).toBe(d.serialNumber) // the new unit's, once read back
  } finally {
    await other.close()
  }
})

it('a fingerprint removed by another tool (every other count equal) is noticed and sent again', async () => {
  // enroll a fingerprint for person 7 on the terminal, as an installer would
  const saved = new Promise<string>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      const p = payload as { phase: string; message: string }
      if (event === 'enroll.progress' && ['saved', 'failed', 'cancelled'].includes(p.phase)) {
        off()
        resolve(p.phase)
      }
    })
  })
  value(
    await t.station.call('enroll.start', {
      deviceId: device.id,
      employeeNo: '7',
      kind: 'fingerprint',
      fingerId: 1,
    }),
  )
  await fleet.control.presentFinger(0, { quality: 90 })
  expect(await saved).toBe('saved')
  expect(
    (await jobEnded(t.station, value<ApplyJob>(await t.station.call('apply.start', {})).id)).state,
  ).toBe('done')
  expect((await fleet.control.state(0, { events: 0 })).fingerprints).toHaveLength(1)
  // another tool deletes the fingerprint straight on the terminal: persons, cards and faces
  // stay as they were, only the fingerprint count tells
  const client = (await import('../../../src/main/isapi')).connect({
    host: fleet.devices[0]!.host,
    port: fleet.devices[0]!.port,
    protocol: 'http',
    username: fleet.devices[0]!.username,
    password: fleet.devices[0]!.password,
    name: 'other tool',
  })
  try {
    await client.fingerprints.delete({ employeeNo: '7', fingerPrintIDs: [1] })
  } finally {
    await client.close()
  }
  expect((await fleet.control.state(0, { events: 0 })).fingerprints).toHaveLength(0)
  notices.length = 0
  const refill = await jobEnded(
    t.station,
    value<ApplyJob>(await t.station.call('apply.start', {})).id,
  )
  expect(refill.state).toBe('done')
  expect(notices).toHaveLength(1)
  expect(notices[0]!.message).toMatch(/fingerprint/)
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.fingerprints.map((f) => f.employeeNo)).toEqual(['7'])
  expect(held.counts).toMatchObject({ persons: PERSONS, cards: PERSONS, faces: 3 })
})
