// Finding 1 of issue 16: a job left unfinished by a crash while removing persons must not
// delete persons the roster wants again, and `apply --wait` must not say done before the
// terminal holds the roster. The "crash" is the station closing mid-job (its journal is left
// exactly as a kill leaves it: the job running, deletions pending).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, Assignment, Device } from '../../../src/shared/model'
import { runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'

const FAST = { concurrencyPerDevice: 2, flushMs: 10, retryMs: { first: 50, max: 200 } }
let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

it('a crashed removal job never deletes persons wanted again; apply --wait ends with the roster held', async () => {
  const d = fleet.devices[0]!
  const a = testStation({ onDisk: true, apply: FAST })
  const rows = ['employeeNo,name,group,cards']
  for (let i = 1; i <= 40; i++)
    rows.push(`${i},Person ${i},${i <= 20 ? 'stay' : 'away'},${800000 + i}`)
  let ruleId: number
  try {
    value<Device>(await addSimulated(a.station, d, 'Reception'))
    value(await a.station.call('persons.import', { csv: rows.join('\n') }))
    const first = value<ApplyJob>(await a.station.call('apply.start', {}))
    expect((await jobEnded(a.station, first.id)).state).toBe('done')
    expect((await fleet.control.state(0, { events: 0 })).counts.persons).toBe(40)

    // a rule sends 20 away; the station stops after a few removals
    ruleId = value<Assignment>(
      await a.station.call('assignments.add', { personScope: 'group:stay', deviceScope: 'all' }),
    ).id
    // the first rule kept everyone (an explicit "everyone → every terminal"): it goes, confirmed
    const everyone = value<Assignment[]>(await a.station.call('assignments.list', {})).find(
      (r) => r.personScope === 'all',
    )!
    value(await a.station.call('assignments.remove', { id: everyone.id, confirm: true }))
    await fleet.control.fault(0, { latencyMs: 40 })
    const removals = value<ApplyJob>(await a.station.call('apply.start', {}))
    await new Promise<void>((resolve) => {
      const off = a.station.subscribe((event, payload) => {
        const p = payload as { jobId: string; device: { done: number } }
        if (event === 'apply.progress' && p.jobId === removals.id && p.device.done >= 4) {
          off()
          resolve()
        }
      })
    })
  } finally {
    await a.station.close()
  }
  await fleet.control.clearFaults(0)
  const atCrash = (await fleet.control.state(0, { events: 0 })).counts.persons
  expect(atCrash).toBeLessThan(38)
  expect(atCrash).toBeGreaterThan(20) // deletions were still pending

  // the rule goes away: all 40 are wanted again
  const removed = await runCli(a.dataDir, [
    'call',
    'assignments.remove',
    JSON.stringify({ id: ruleId! }),
  ])
  expect(removed.code).toBe(0)

  const run = await runCli(a.dataDir, ['apply', '--wait'])
  expect(run.code, run.stderr).toBe(0)
  const held = await fleet.control.state(0, { events: 0 })
  expect(held.counts.persons).toBe(40)
  expect(held.counts.cards).toBe(40)

  // the journal sent no deletion of a wanted person after the rule was removed, and nothing is left
  const again = await runCli(a.dataDir, ['apply', '--wait'])
  expect(again.code).toBe(0)
  const job = (again.json as { job: ApplyJob }).job
  expect(job.devices.reduce((n, dv) => n + dv.total, 0)).toBe(0)
  expect((await fleet.control.state(0, { events: 0 })).counts.persons).toBe(40)
  const b = testStation({ onDisk: true, dataDir: a.dataDir, apply: FAST })
  try {
    const jobs = value<ApplyJob[]>(await b.station.call('apply.list', { limit: 20 }))
    expect(jobs.filter((j) => j.state === 'running' || j.state === 'planned')).toEqual([])
  } finally {
    await b.station.close()
  }
}, 60_000)

it('a new apply supersedes a running one on the same terminal: every item is sent once', async () => {
  await fleet.control.reset(0)
  const t = testStation({ apply: FAST })
  try {
    const d = fleet.devices[0]!
    value<Device>(await addSimulated(t.station, d, 'Reception'))
    const rows = ['employeeNo,name,cards']
    for (let i = 1; i <= 60; i++) rows.push(`${i},Person ${i},${600000 + i}`)
    value(await t.station.call('persons.import', { csv: rows.join('\n') }))
    await fleet.control.fault(0, { latencyMs: 20 })
    const first = value<ApplyJob>(await t.station.call('apply.start', {}))
    await new Promise<void>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        const p = payload as { jobId: string; device: { done: number } }
        if (event === 'apply.progress' && p.jobId === first.id && p.device.done >= 10) {
          off()
          resolve()
        }
      })
    })
    const second = value<ApplyJob>(await t.station.call('apply.start', {}))
    const old = value<ApplyJob>(await t.station.call('apply.status', { jobId: first.id }))
    expect(old.state).toBe('cancelled')
    const oldDone = old.devices[0]!.done
    expect(oldDone).toBeGreaterThanOrEqual(10)
    expect(old.devices[0]!.done + old.devices[0]!.skipped).toBe(120)
    // the new plan holds exactly what the old job had not sent
    expect(second.devices[0]!.total).toBe(120 - oldDone)
    await fleet.control.clearFaults(0)
    expect((await jobEnded(t.station, second.id)).state).toBe('done')
    const held = await fleet.control.state(0, { events: 0 })
    expect(held.counts).toMatchObject({ persons: 60, cards: 60 })
    const jobs = value<ApplyJob[]>(await t.station.call('apply.list', { limit: 10 }))
    expect(jobs.filter((j) => j.state === 'running')).toEqual([])
  } finally {
    await t.station.close()
  }
})
