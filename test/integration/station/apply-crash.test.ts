// Kill the station (SIGKILL) in the middle of a 1,000-person apply, start it again on the same
// data folder: the job resumes and the terminal ends up holding exactly the roster.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'

const PERSONS = 1000
let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp', latencyMs: 2 })
})
afterAll(async () => fleet.close())

it('resumes a job after the station was killed mid-apply, without duplicates or losses', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-crash-'))
  const d = fleet.devices[0]!
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/helpers/apply-child.ts',
      dataDir,
      d.host,
      String(d.port),
      d.username,
      d.password,
      String(PERSONS),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let jobId = ''
  const doneAtKill = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const msg = JSON.parse(line) as { jobId?: string; done?: number }
      if (msg.jobId) jobId = msg.jobId
      if ((msg.done ?? 0) >= 300) {
        child.removeAllListeners('exit')
        child.kill('SIGKILL')
        resolve(msg.done!)
      }
    })
  })
  await new Promise((resolve) => child.once('exit', resolve))
  const before = await fleet.control.state(0, { events: 0 })
  expect(before.counts.persons).toBeGreaterThanOrEqual(Math.floor(doneAtKill / 2) - 10)
  expect(before.counts.persons).toBeLessThan(PERSONS)

  const t = testStation({
    onDisk: true,
    dataDir,
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
  })
  try {
    let job = value<ApplyJob>(await t.station.call('apply.status', { jobId }))
    while (job.state === 'running' || job.state === 'planned') {
      await new Promise((resolve) => setTimeout(resolve, 100))
      job = value<ApplyJob>(await t.station.call('apply.status', { jobId }))
    }
    expect(job.state).toBe('done')
    expect(job.devices[0]).toMatchObject({ total: PERSONS * 2, done: PERSONS * 2, failed: 0 })
    const after = await fleet.control.state(0, { events: 0 })
    expect(after.counts.persons).toBe(PERSONS)
    expect(after.counts.cards).toBe(PERSONS)
    expect(new Set(after.cards.map((c) => c.cardNo)).size).toBe(PERSONS)
    const again = value<ApplyJob>(await t.station.call('apply.start', {}))
    expect(again.devices).toEqual([]) // nothing left to send: the journal and the device agree
  } finally {
    await t.station.close()
  }
  // a bound for a stuck resume, not a speed check: 2,000 steps, a child process and a restart
  // take over a minute on a 2-core machine under stress-ng --cpu 4
}, 240_000)
