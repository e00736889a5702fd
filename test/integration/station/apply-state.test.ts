// The maintained per-person apply state behind the Persons filter, against three simulated
// terminals: it follows apply outcomes (done, failed, retried), roster edits, credentials,
// assignment rules and terminals, and it always agrees with the person drawer's per-terminal
// status (both come from one function).
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { personApplyState } from '../../../src/main/station/apply/terminal-state'
import { startFleet, type Fleet } from '../../../src/simulator'
import type {
  Assignment,
  ApplyJob,
  ApplyStateCounts,
  Device,
  PersonApplyState,
  PersonDeviceStatus,
  PersonSummary,
} from '../../../src/shared/model'
import { addPerson, syntheticFace, value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

/** A deadline that only bounds a test that would fail anyway (a loaded machine is slow). */
const WAIT = { timeout: 60_000, interval: 50 }

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
})
afterEach(async () => t.station.close())

const call = async <T>(method: string, args: object = {}): Promise<T> =>
  value<T>(await t.station.call(method, args))

async function addTerminal(i: number): Promise<string> {
  const d = fleet.devices[i]!
  const device = await call<Device>('devices.add', {
    name: `T${i}`,
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })
  ids[i] = device.id
  return device.id
}

const settle = async (job: ApplyJob): Promise<ApplyJob> => {
  for (;;) {
    const now = await call<ApplyJob>('apply.status', { jobId: job.id })
    if (['done', 'failed', 'cancelled'].includes(now.state)) return now
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
const apply = async (args: object = {}) => settle(await call<ApplyJob>('apply.start', args))

/** employeeNos in a state, through persons.search's filter (once the states are current). */
const inState = async (applyState: PersonApplyState): Promise<string[]> => {
  await states()
  return (
    await call<{ items: PersonSummary[] }>('persons.search', { applyState, limit: 500 })
  ).items.map((p) => p.employeeNo)
}

/**
 * Every person's state as the list shows it, once it agrees with the drawer's per-terminal rows
 * (a roster change is recomputed just after the call that made it returns: awaited, not assumed).
 */
async function states(): Promise<Record<string, PersonApplyState | null>> {
  let out: Record<string, PersonApplyState | null> = {}
  await expect
    .poll(async () => {
      const { items } = await call<{ items: PersonSummary[] }>('persons.search', { limit: 500 })
      const disagree: string[] = []
      out = {}
      for (const p of items) {
        const rows = await call<PersonDeviceStatus[]>('apply.personStatus', {
          employeeNo: p.employeeNo,
        })
        const drawer = personApplyState(rows.map((r) => r.state))
        if (p.applyState !== drawer)
          disagree.push(`${p.employeeNo}: list ${p.applyState}, drawer ${drawer}`)
        out[p.employeeNo] = p.applyState
      }
      return disagree
    }, WAIT)
    .toEqual([])
  return out
}

/** A rule; these tests set their rules exactly, so the implicit "everyone → every terminal" that the first rule keeps goes again. */
const rule = async (personScope: string, deviceScope: string) => {
  const added = await call<{ id: number }>('assignments.add', {
    personScope,
    deviceScope,
    confirm: true,
  })
  const implicit = (await call<Assignment[]>('assignments.list')).find(
    (r) => r.personScope === 'all' && r.deviceScope === 'all',
  )
  if (implicit && implicit.id !== added.id)
    await call('assignments.remove', { id: implicit.id, confirm: true })
  return added
}

describe('the per-person apply state', () => {
  it('goes pending → applied or failed with apply, retry fixes it, an edit makes it pending again', async () => {
    for (const i of [0, 1, 2]) await addTerminal(i)
    await addPerson(t.station, '1001', 'Ann Lee', { card: '1001', face: await syntheticFace(1) })
    await addPerson(t.station, '1002', 'Bo Chen', { card: '1002', face: await syntheticFace(2) })
    await addPerson(t.station, '1003', 'Cy Novak')
    await rule('person:1001', `device:${ids[1]}`)
    await rule('person:1001', `device:${ids[2]}`)
    await rule('person:1002', 'all')
    expect(await states()).toEqual({ '1001': 'pending', '1002': 'pending', '1003': 'none' })
    expect(await call<ApplyStateCounts>('persons.applyStateCounts')).toEqual({
      applied: 0,
      pending: 2,
      failed: 0,
      none: 1,
    })

    // only 1002 goes to T0, whose face step fails there (a full terminal would pause instead)
    await fleet.control.fault(0, { faceModelingFail: 1 })
    const job = await apply()
    expect(job.state).toBe('failed')
    expect(await states()).toEqual({ '1001': 'applied', '1002': 'failed', '1003': 'none' })
    expect(await inState('failed')).toEqual(['1002'])
    expect(await inState('applied')).toEqual(['1001'])
    const onT0 = (await call<PersonDeviceStatus[]>('apply.personStatus', { employeeNo: '1002' }))
      .filter((r) => r.deviceId === ids[0])
      .map((r) => [r.state, r.reason])
    expect(onT0).toEqual([['failed', expect.stringMatching(/face picture could not be used/)]])

    await fleet.control.clearFaults(0)
    await settle(await call<ApplyJob>('apply.retryFailed', { jobId: job.id }))
    expect(await states()).toEqual({ '1001': 'applied', '1002': 'applied', '1003': 'none' })
    expect(await call<ApplyStateCounts>('persons.applyStateCounts')).toEqual({
      applied: 2,
      pending: 0,
      failed: 0,
      none: 1,
    })

    // an edit makes exactly that person pending, at once (no apply needed to notice)
    await call('persons.save', { employeeNo: '1001', name: 'Ann Lee-Park' })
    expect(await states()).toEqual({ '1001': 'pending', '1002': 'applied', '1003': 'none' })
    await apply()
    expect(await states()).toEqual({ '1001': 'applied', '1002': 'applied', '1003': 'none' })
  })

  it('a removed assignment makes the person pending (removal), then none once applied', async () => {
    for (const i of [0, 1]) await addTerminal(i)
    await addPerson(t.station, '2001', 'Di Berg', { card: '2001' })
    await addPerson(t.station, '2002', 'Ed Kim')
    const keep = await rule('person:2002', 'all')
    const drop = await rule('person:2001', `device:${ids[0]}`)
    expect(await states()).toEqual({ '2001': 'pending', '2002': 'pending' })
    await apply()
    expect(await states()).toEqual({ '2001': 'applied', '2002': 'applied' })
    expect((await fleet.control.state(0)).persons.map((p) => p.employeeNo).sort()).toEqual([
      '2001',
      '2002',
    ])

    await call('assignments.remove', { id: drop.id, confirm: true })
    expect(await states()).toEqual({ '2001': 'pending', '2002': 'applied' })
    const rows = await call<PersonDeviceStatus[]>('apply.personStatus', { employeeNo: '2001' })
    expect(rows.find((r) => r.deviceId === ids[0])).toMatchObject({
      state: 'pending',
      reason: expect.stringMatching(/removed/),
    })
    await apply()
    expect(await states()).toEqual({ '2001': 'none', '2002': 'applied' })
    expect((await fleet.control.state(0)).persons.map((p) => p.employeeNo)).toEqual(['2002'])

    // removing the last rule sends everyone everywhere again: everyone is recomputed
    await call('assignments.remove', { id: keep.id, confirm: true })
    expect(await states()).toEqual({ '2001': 'pending', '2002': 'applied' })
  })

  it('follows credentials: a new card is pending, removing it again is applied without an apply', async () => {
    await addTerminal(0)
    await addPerson(t.station, '3001', 'Fay Wei', { card: '3001' })
    await apply()
    expect(await states()).toEqual({ '3001': 'applied' })
    await call('persons.addCard', { employeeNo: '3001', cardNo: '3002' })
    expect(await states()).toEqual({ '3001': 'pending' })
    await call('persons.removeCard', { employeeNo: '3001', cardNo: '3002' })
    expect(await states()).toEqual({ '3001': 'applied' })
    await call('persons.setFace', {
      employeeNo: '3001',
      jpegBase64: (await syntheticFace(3)).toString('base64'),
      source: 'file',
    })
    expect(await states()).toEqual({ '3001': 'pending' })
  })

  it('a face the terminal refuses leaves the person failed there until a later attempt goes through', async () => {
    await addTerminal(0)
    await addPerson(t.station, '4001', 'Gus Rossi', { face: await syntheticFace(4) })
    await fleet.control.fault(0, { faceModelingFail: 1 })
    const job = await apply()
    expect(job.state).toBe('failed')
    // the person record went through, the face did not: the terminal holds a partial version
    expect((await fleet.control.state(0)).persons.map((p) => p.employeeNo)).toEqual(['4001'])
    expect(await states()).toEqual({ '4001': 'failed' })
    await apply() // the fault was for one picture only
    expect(await states()).toEqual({ '4001': 'applied' })
  })

  it('follows terminals: one added (compared on what it can hold), then removed', async () => {
    await addTerminal(1) // the card controller: no faces
    await addPerson(t.station, '5001', 'Hal Costa', { card: '5001', face: await syntheticFace(5) })
    await apply()
    expect(await states()).toEqual({ '5001': 'applied' }) // the face it cannot hold is not pending
    await addTerminal(0)
    expect(await states()).toEqual({ '5001': 'pending' })
    await apply()
    expect(await states()).toEqual({ '5001': 'applied' })
    await call('devices.remove', { id: ids[0] })
    await call('devices.remove', { id: ids[1] })
    expect(await states()).toEqual({ '5001': 'none' })
  })

  it('an import is pending everywhere at once and is announced with the new counts', async () => {
    await addTerminal(0)
    const announced = new Promise<ApplyStateCounts>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        if (event !== 'applyState.changed') return
        off()
        resolve((payload as { counts: ApplyStateCounts }).counts)
      })
    })
    await call('persons.import', { csv: 'employeeNo,name,cards\n6001,Ivy,6001\n6002,Jo,\n' })
    expect(await states()).toEqual({ '6001': 'pending', '6002': 'pending' })
    expect(await announced).toEqual({ applied: 0, pending: 2, failed: 0, none: 0 })
    await apply()
    expect(await inState('applied')).toEqual(['6001', '6002'])
    expect(await inState('pending')).toEqual([])
  })

  it('follows sync: a person overwritten onto a terminal is applied, removed from it pending', async () => {
    const deviceId = await addTerminal(0)
    await addPerson(t.station, '7001', 'Kay Silva', { card: '7001' })
    expect(await states()).toEqual({ '7001': 'pending' })
    const resolve = async (action: 'overwrite' | 'remove') => {
      const diff = await call<{ syncId: string }>('sync.pull', { deviceId })
      await call('sync.resolve', { syncId: diff.syncId, actions: [{ employeeNo: '7001', action }] })
    }
    await resolve('overwrite')
    expect(await states()).toEqual({ '7001': 'applied' })
    await resolve('remove')
    expect(await states()).toEqual({ '7001': 'pending' })
  })

  it('a station stopped before it recomputed what an apply changed recomputes everyone on start', async () => {
    t = testStation({ apply: FAST, onDisk: true })
    await addTerminal(0)
    await addPerson(t.station, '8001', 'Lee Moreau', { card: '8001' })
    await addPerson(t.station, '8002', 'Max Singh')
    await apply()
    expect(await states()).toEqual({ '8001': 'applied', '8002': 'applied' })
    await t.station.close()
    // what a kill between a flush and its recompute leaves: stale states, the flag still set
    const db = new Database(join(t.dataDir, 'roster.sqlite'))
    expect(
      db.prepare("SELECT value FROM settings WHERE key = 'applyState.unsettled'").get(),
    ).toEqual({ value: '[]' })
    db.exec("UPDATE persons SET apply_state = 'pending'")
    // owed by a process that is gone (no such pid): this station recomputes everyone
    db.exec("UPDATE settings SET value = '[2147483646]' WHERE key = 'applyState.unsettled'")
    db.close()
    t = testStation({ apply: FAST, onDisk: true, dataDir: t.dataDir })
    expect(await states()).toEqual({ '8001': 'applied', '8002': 'applied' })
  })
})
