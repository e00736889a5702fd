// Issue 16.1: jobs a crash left unfinished on one terminal are merged when the station starts
// again: the older jobs give up their pending steps (cancelled) and one new plan sends what is
// still missing. Two resumed jobs on one terminal must never both send a person: the terminal
// counts its own writes.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation } from '../../helpers/station'
import { personAndCardWrites } from '../../helpers/terminal-writes'

const PERSONS = 30
const FAST = { concurrencyPerDevice: 2, flushMs: 10, retryMs: { first: 50, max: 200 } }
let fleet: Fleet

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

const writes = () => personAndCardWrites(fleet)

it('two jobs a crash left on one terminal are merged into one plan: every person sent once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-merge-'))
  const d = fleet.devices[0]!
  await fleet.control.reset(0)
  const a = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  const device = value<Device>(await addSimulated(a.station, d, 'Reception'))
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= PERSONS; i++) rows.push(`${i},Person ${i},${600_000 + i}`)
  value(await a.station.call('persons.import', { csv: rows.join('\n') }))
  // the terminal is away: the job is planned and waits
  await fleet.control.fault(0, { offline: true })
  const paused = new Promise<void>((resolve) => {
    const off = a.station.subscribe((event, payload) => {
      if (event === 'apply.progress' && (payload as ApplyProgressEvent).device.pausedReason) {
        off()
        resolve()
      }
    })
  })
  const first = value<ApplyJob>(await a.station.call('apply.start', { deviceIds: [device.id] }))
  await paused
  await a.station.close()
  // what a crash between two plans can leave: a second unfinished job holding the same steps
  const db = new Database(join(dataDir, 'roster.sqlite'))
  const second = randomUUID()
  db.prepare(`INSERT INTO apply_jobs (id, state, created_at) VALUES (?, 'running', ?)`).run(
    second,
    new Date().toISOString(),
  )
  const copied = db
    .prepare(
      `INSERT INTO apply_steps (job_id, device_id, seq, employee_no, kind, target, state)
       SELECT ?, device_id, seq, employee_no, kind, target, state FROM apply_steps WHERE job_id = ?`,
    )
    .run(second, first.id).changes
  db.close()
  expect(copied).toBe(PERSONS * 2)
  await fleet.control.clearFaults(0)
  const before = await writes()

  // the station starts again on the folder and resumes what was left
  const b = testStation({ onDisk: true, dataDir, apply: FAST, scheduled: false })
  try {
    const finished = new Promise<ApplyJob[]>((resolve) => {
      const check = async () => {
        const jobs = value<ApplyJob[]>(await b.station.call('apply.list', { limit: 10 }))
        // settled: something finished and nothing is left running or waiting (merged or not)
        const final = (j: ApplyJob) => ['done', 'failed', 'cancelled'].includes(j.state)
        if (jobs.some((j) => j.state === 'done') && jobs.every(final)) {
          off()
          resolve(jobs)
        }
      }
      const off = b.station.subscribe((event) => {
        if (event === 'apply.progress') void check()
      })
      void check()
    })
    const jobs = await finished
    const after = await writes()
    expect({ persons: after.persons - before.persons, cards: after.cards - before.cards }).toEqual({
      persons: PERSONS,
      cards: PERSONS,
    })
    const byId = new Map(jobs.map((j) => [j.id, j.state]))
    expect([byId.get(first.id), byId.get(second)]).toEqual(['cancelled', 'cancelled'])
    expect(jobs.filter((j) => j.state === 'done')).toHaveLength(1)
    const held = await fleet.control.state(0, { events: 0 })
    expect(held.persons).toHaveLength(PERSONS)
    expect(held.cards).toHaveLength(PERSONS)
  } finally {
    await b.station.close()
  }
}, 120_000)
