// A job another station process runs on the same data folder (the CLI's `apply`) shows live on
// this station's screens: its progress, its pause and its end are pushed here as apply.progress
// from the journal that process writes. Two stations on one folder, in one process, each with its
// own lease owner, stand for the two processes.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyJobState, ApplyProgressEvent } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'
import { FAST_APPLY, rosterFolder } from '../../helpers/terminal-writes'

const PERSONS = 12
let fleet: Fleet

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
afterAll(async () => fleet.close())

it("pushes another process's job to this station's screens: waiting, paused, then done", async () => {
  await fleet.control.reset(0)
  const { dataDir, device } = await folderOf()
  // the window's station follows the journal often; the "CLI" never looks at others' jobs
  const screen = testStation({
    onDisk: true,
    dataDir,
    scheduled: false,
    apply: { ...FAST_APPLY, elsewhereMs: 20 },
  })
  const cli = testStation({
    onDisk: true,
    dataDir,
    scheduled: false,
    apply: { ...FAST_APPLY, elsewhereMs: 0 },
  })
  const pushed: ApplyProgressEvent[] = []
  const waiters: { until: (e: ApplyProgressEvent) => boolean; resolve: () => void }[] = []
  screen.station.subscribe((event, payload) => {
    if (event !== 'apply.progress') return
    const e = payload as ApplyProgressEvent
    pushed.push(e)
    for (const w of waiters.splice(0))
      if (w.until(e)) w.resolve()
      else waiters.push(w)
  })
  /** Resolves with the push here of the job in that state (already made, or the next one). */
  const pushOf = (jobId: string, state: ApplyJobState) =>
    new Promise<ApplyProgressEvent>((resolve) => {
      const until = (e: ApplyProgressEvent) => e.jobId === jobId && e.state === state
      const made = pushed.findLast(until)
      if (made) resolve(made)
      else waiters.push({ until, resolve: () => resolve(pushed.findLast(until)!) })
    })
  try {
    await fleet.control.fault(0, { offline: true })
    const job = value<ApplyJob>(await cli.station.call('apply.start', { deviceIds: [device.id] }))
    // the terminal is offline: the job runs (waits) in the other process, seen here
    const running = await pushOf(job.id, 'running')
    expect(running.device).toMatchObject({ deviceId: device.id, total: PERSONS * 2, done: 0 })
    const paused = pushOf(job.id, 'paused')
    value(await cli.station.call('apply.pause', { jobId: job.id }))
    expect((await paused).device).toMatchObject({ total: PERSONS * 2, done: 0 })
    await fleet.control.clearFaults(0)
    const done = pushOf(job.id, 'done')
    value(await cli.station.call('apply.resume', { jobId: job.id }))
    const ended = await jobEnded(cli.station, job.id)
    expect(ended.state).toBe('done')
    expect((await done).device).toMatchObject(
      (({ total, done, failed, skipped }) => ({ total, done, failed, skipped }))(ended.devices[0]!),
    )
    // this station's own reading agrees; it never ran the job itself
    expect(
      value<ApplyJob>(await screen.station.call('apply.status', { jobId: job.id })),
    ).toMatchObject({
      state: 'done',
      devices: [{ done: PERSONS * 2 }],
    })
  } finally {
    await fleet.control.clearFaults(0)
    await cli.station.close()
    await screen.station.close()
  }
})

const folderOf = () =>
  rosterFolder(fleet, { persons: PERSONS, firstCard: 700_000, prefix: 'es-elsewhere-' })
