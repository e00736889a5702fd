import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type {
  Assignment,
  ApplyFailure,
  ApplyJob,
  ApplyProgressEvent,
  Device,
  PersonDeviceStatus,
} from '../../../src/shared/model'
import { addPerson, syntheticFace, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let ids: string[]
const FAST = { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } }

beforeAll(async () => {
  fleet = await startFleet({ devices: 3, profile: ['face-fp', 'card-door', 'iris-face'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  for (let i = 0; i < 3; i++) {
    await fleet.control.clearFaults(i)
    await fleet.control.reset(i)
  }
  t = testStation({ apply: FAST })
  ids = []
  for (const [i, d] of fleet.devices.entries()) {
    const device = value<Device>(await addSimulated(t.station, d, `T${i} ${d.model}`))
    ids.push(device.id)
  }
})
afterEach(async () => t.station.close())

const settle = async (jobId: string): Promise<ApplyJob> => {
  for (;;) {
    const job = value<ApplyJob>(await t.station.call('apply.status', { jobId }))
    if (job.state === 'done' || job.state === 'failed') return job
    await new Promise<void>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        if (event === 'apply.progress' && (payload as { jobId: string }).jobId === jobId) {
          off()
          resolve()
        }
      })
      setTimeout(() => (off(), resolve()), 200)
    })
  }
}
const start = async (args: object = {}) =>
  settle(value<ApplyJob>(await t.station.call('apply.start', args)).id)
const state = (i: number) => fleet.control.state(i)

/** Captures a credential on a terminal through the station, the simulator playing the person. */
async function enroll(
  device: number,
  employeeNo: string,
  kind: 'face' | 'card' | 'fingerprint' | 'iris',
  present: () => Promise<unknown>,
  extra: object = {},
) {
  const saved = new Promise<string>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      const p = payload as { phase: string; message: string }
      if (event === 'enroll.progress' && ['saved', 'failed', 'cancelled'].includes(p.phase)) {
        off()
        resolve(`${p.phase}: ${p.message}`)
      }
    })
  })
  value(
    await t.station.call('enroll.start', { deviceId: ids[device]!, employeeNo, kind, ...extra }),
  )
  await present()
  expect(await saved).toMatch(/^saved/)
}

describe('apply', () => {
  it('enrolls a person with all four credential kinds and applies them to three different terminals', async () => {
    value(await t.station.call('persons.save', { employeeNo: '4242', name: 'Iris Quattro' }))
    await enroll(0, '4242', 'face', () => fleet.control.presentFace(0))
    await enroll(0, '4242', 'card', () => fleet.control.presentCard(0, '0042424242'))
    await enroll(0, '4242', 'fingerprint', () => fleet.control.presentFinger(0, { quality: 88 }), {
      fingerId: 2,
    })
    await enroll(2, '4242', 'iris', () => fleet.control.presentIris(2))
    const person = value<{
      cards: unknown[]
      fingerprints: unknown[]
      face: unknown
      irises: unknown[]
    }>(await t.station.call('persons.get', { employeeNo: '4242' }))
    expect([
      person.cards.length,
      person.fingerprints.length,
      person.face !== null,
      person.irises.length > 0,
    ]).toEqual([1, 1, true, true])

    const job = await start()
    expect(job.state).toBe('done')
    const [fp, door, iris] = [await state(0), await state(1), await state(2)]
    expect([fp.cards.length, fp.faces.length, fp.fingerprints.length, fp.irises.length]).toEqual([
      1, 1, 1, 0,
    ])
    expect([
      door.cards.length,
      door.faces.length,
      door.fingerprints.length,
      door.irises.length,
    ]).toEqual([1, 0, 0, 0])
    expect([
      iris.cards.length,
      iris.faces.length,
      iris.fingerprints.length,
      iris.irises.length > 0,
    ]).toEqual([1, 1, 0, true])
    // what each terminal cannot hold is reported as skipped, with the reason
    const skipped = job.devices.map((d) => [ids.indexOf(d.deviceId), d.skipped]).sort()
    expect(skipped).toEqual([
      [0, 2], // no iris (two eyes) on the face + fingerprint terminal
      [1, 4], // no face, fingerprint or iris (two eyes) on the card controller
      [2, 1], // no fingerprint on the iris terminal
    ])
  })

  it('puts persons with cards and faces on three different terminals, skipping what each cannot hold', async () => {
    await addPerson(t.station, '1001', 'Ann Lee', {
      card: '0012345678',
      face: await syntheticFace(1),
    })
    await addPerson(t.station, '1002', 'Bo Chen', { card: '0087654321' })
    const job = await start()
    expect(job.state).toBe('done')
    for (const i of [0, 1, 2]) {
      const s = await state(i)
      expect(s.persons.map((p) => p.employeeNo).sort()).toEqual(['1001', '1002'])
      expect(s.cards.map((c) => c.cardNo).sort()).toEqual(['0012345678', '0087654321'])
    }
    expect((await state(0)).faces.map((f) => f.FPID)).toEqual(['1001'])
    expect((await state(2)).faces.map((f) => f.FPID)).toEqual(['1001'])
    expect((await state(1)).faces).toEqual([])
    const gate = job.devices.find((d) => d.deviceId === ids[1])!
    expect(gate).toMatchObject({ skipped: 1, failed: 0 })
    expect(job.devices.find((d) => d.deviceId === ids[0])).toMatchObject({
      total: 5,
      done: 5,
      skipped: 0,
    })
    const status = value<PersonDeviceStatus[]>(
      await t.station.call('apply.personStatus', { employeeNo: '1001' }),
    )
    expect(status.map((s) => [s.deviceId, s.state])).toEqual(ids.map((id) => [id, 'applied']))
    value(await t.station.call('persons.save', { employeeNo: '1001', name: 'Ann Lee-Park' }))
    const changed = value<PersonDeviceStatus[]>(
      await t.station.call('apply.personStatus', { employeeNo: '1001' }),
    )
    expect(changed.map((s) => s.state)).toEqual(['pending', 'pending', 'pending'])
  })

  it('reads a long job a page at a time without losing track of what each terminal holds', async () => {
    await t.station.close()
    t = testStation({ apply: { ...FAST, pageSteps: 4 } }) // pages cut through persons' steps
    const d = fleet.devices[0]!
    const device = value<Device>(await addSimulated(t.station, d, 'paged'))
    const face = await syntheticFace(3)
    for (let i = 1; i <= 9; i++)
      await addPerson(t.station, `P${i}`, `Person ${i}`, {
        ...(i % 3 !== 0 ? { card: `${900 + i}` } : {}),
        ...(i % 2 === 1 ? { face } : {}),
      })
    value(await t.station.call('persons.addCard', { employeeNo: 'P4', cardNo: '4444' }))
    const job = await start()
    expect(job.devices).toEqual([expect.objectContaining({ total: 21, done: 21, failed: 0 })])
    const s = await state(0)
    expect(s.persons.map((p) => p.employeeNo).sort()).toEqual(
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9'].sort(),
    )
    expect(s.cards.map((c) => c.cardNo).sort()).toEqual(
      ['4444', '901', '902', '904', '905', '907', '908'].sort(),
    )
    expect(s.faces.map((f) => f.FPID).sort()).toEqual(['P1', 'P3', 'P5', 'P7', 'P9'])
    // what was recorded as held is exactly what was sent: nothing is planned again
    const again = await start({ deviceIds: [device.id] })
    expect(again.devices).toEqual([])
  })

  it('sends only what changed, and nothing when nothing changed', async () => {
    await addPerson(t.station, '7', 'Dana', { card: '77' })
    await start({ deviceIds: [ids[0]] })
    const again = await start({ deviceIds: [ids[0]] })
    expect(again.devices).toEqual([])
    expect(again.state).toBe('done')
    value(await t.station.call('persons.save', { employeeNo: '7', name: 'Dana Scully' }))
    const rename = await start({ deviceIds: [ids[0]] })
    expect(rename.devices).toEqual([expect.objectContaining({ total: 1, done: 1 })])
    expect((await state(0)).persons[0]).toMatchObject({ employeeNo: '7', name: 'Dana Scully' })
  })

  it('removes a deleted person (and their credentials) from every terminal they were on', async () => {
    await addPerson(t.station, '5', 'Eve', { card: '555', face: await syntheticFace(5) })
    await addPerson(t.station, '6', 'Finn')
    await start()
    value(await t.station.call('persons.remove', { employeeNo: '5' }))
    const job = await start()
    expect(job.state).toBe('done')
    for (const i of [0, 1, 2]) {
      const s = await state(i)
      expect(s.persons.map((p) => p.employeeNo)).toEqual(['6'])
      expect(s.cards).toEqual([])
      expect(s.faces).toEqual([])
    }
  })

  it('pauses a full terminal once with the count and the remedy, and resumes once it has room', async () => {
    await addPerson(t.station, '11', 'Gus', { card: '1111' })
    await addPerson(t.station, '12', 'Hal', { card: '1212' })
    await fleet.control.fault(0, { memoryFull: true })
    const paused = new Promise<ApplyProgressEvent>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        const p = payload as ApplyProgressEvent
        if (event === 'apply.progress' && p.device.pausedUntil === 'operator') {
          off()
          resolve(p)
        }
      })
    })
    const started = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [ids[0]] }))
    expect((await paused).device.pausedReason).toMatch(/^T0 .* is full: 0 of [\d,]+ persons\. /)
    expect(
      value<ApplyFailure[]>(await t.station.call('apply.failures', { jobId: started.id })),
    ).toEqual([]) // nothing was sent into the full terminal after the first refusal
    await fleet.control.clearFaults(0)
    value(await t.station.call('apply.resume', { jobId: started.id }))
    expect((await settle(started.id)).state).toBe('done')
    expect((await state(0)).persons.map((p) => p.employeeNo).sort()).toEqual(['11', '12'])
  })

  it('pauses an offline terminal instead of failing it, and finishes when it is back', async () => {
    for (let i = 0; i < 20; i++) await addPerson(t.station, String(100 + i), `P${i}`)
    await fleet.control.fault(1, { offline: true })
    const started = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [ids[1]] }))
    const paused = await new Promise<string>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        const p = payload as { device: { pausedReason: string | null } }
        if (event === 'apply.progress' && p.device.pausedReason) {
          off()
          resolve(p.device.pausedReason)
        }
      })
    })
    expect(paused).toMatch(/T1/)
    expect(
      value<ApplyJob>(await t.station.call('apply.status', { jobId: started.id })).devices[0],
    ).toMatchObject({ failed: 0, done: 0 })
    await fleet.control.clearFaults(1)
    const job = await settle(started.id)
    expect(job.devices[0]).toMatchObject({ total: 20, done: 20, failed: 0, pausedReason: null })
    expect((await state(1)).persons).toHaveLength(20)
  })

  it('tells every screen following a job that it was paused, then finishes it once resumed', async () => {
    for (let i = 0; i < 5; i++) await addPerson(t.station, String(200 + i), `Q${i}`)
    await fleet.control.fault(1, { offline: true })
    const started = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [ids[1]] }))
    const waiting = new Promise<void>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        if (event !== 'apply.progress') return
        if (!(payload as ApplyProgressEvent).device.pausedReason) return
        off()
        resolve()
      })
    })
    await waiting
    const seen: ApplyProgressEvent[] = []
    const off = t.station.subscribe((event, payload) => {
      if (event === 'apply.progress') seen.push(payload as ApplyProgressEvent)
    })
    try {
      const paused = value<ApplyJob>(await t.station.call('apply.pause', { jobId: started.id }))
      expect(paused.state).toBe('paused')
      // another window holds no reply: it learns of the pause from the push alone
      const states = seen.filter((e) => e.jobId === started.id).map((e) => e.state)
      expect(states[0]).toBe('paused')
      expect(new Set(states)).toEqual(new Set(['paused']))
      expect(seen[0]!.device).toMatchObject({ deviceId: ids[1], total: 5, done: 0 })
    } finally {
      off()
    }
    await fleet.control.clearFaults(1)
    value(await t.station.call('apply.resume', { jobId: started.id }))
    const job = await settle(started.id)
    expect(job.devices[0]).toMatchObject({ total: 5, done: 5, failed: 0 })
  })

  it('cancels a job for good: the rest stays unsent and the next apply plans it again', async () => {
    for (let i = 0; i < 40; i++) await addPerson(t.station, String(300 + i), `C${i}`)
    await fleet.control.fault(0, { latencyMs: 30 })
    const started = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [ids[0]] }))
    const cancelled = value<ApplyJob>(await t.station.call('apply.cancel', { jobId: started.id }))
    expect(cancelled.state).toBe('cancelled')
    const sent = cancelled.devices[0]!.done
    expect(sent).toBeLessThan(40)
    expect(await t.station.call('apply.cancel', { jobId: started.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await fleet.control.clearFaults(0)
    expect((await state(0)).persons.length).toBe(sent) // nothing was sent after the cancel
    const next = await start({ deviceIds: [ids[0]] })
    expect(next.devices[0]).toMatchObject({ total: 40 - sent, failed: 0 })
    expect((await state(0)).persons).toHaveLength(40)
  })

  it('rides through a busy terminal and a reboot in the middle of a job', async () => {
    for (let i = 0; i < 30; i++)
      await addPerson(t.station, String(200 + i), `Q${i}`, { card: String(90000 + i) })
    await fleet.control.fault(2, { busy: { count: 3, mode: '503' } })
    const started = value<ApplyJob>(await t.station.call('apply.start', { deviceIds: [ids[2]] }))
    await fleet.control.reboot(2, 150)
    const job = await settle(started.id)
    expect(job.state).toBe('done')
    const s = await state(2)
    expect(s.persons).toHaveLength(30)
    expect(s.cards).toHaveLength(30)
  })

  it('follows assignment rules: a group goes only to its site', async () => {
    value(
      await t.station.call('persons.save', { employeeNo: '31', name: 'Ivy', groupName: 'Night' }),
    )
    value(await t.station.call('persons.save', { employeeNo: '32', name: 'Jo', groupName: 'Day' }))
    value(await t.station.call('devices.update', { id: ids[0]!, patch: { site: 'Plant' } }))
    value(
      await t.station.call('assignments.add', {
        personScope: 'group:Night',
        deviceScope: 'site:Plant',
      }),
    )
    // the first rule kept everyone everywhere (an explicit rule): it goes, confirmed
    const everyone = value<Assignment[]>(await t.station.call('assignments.list', {})).find(
      (r) => r.personScope === 'all',
    )!
    value(await t.station.call('assignments.remove', { id: everyone.id, confirm: true }))
    await start()
    expect((await state(0)).persons.map((p) => p.employeeNo)).toEqual(['31'])
    expect((await state(1)).persons).toEqual([])
  })
})
