// How jobs end: a job is finished with its state (failed, cancelled when superseded, done), and
// a new plan supersedes the pending steps of older unfinished jobs on its terminals (their runs
// here stop first). Split from apply-service.ts, which drives the runs.
import type { ApplyJobState } from '@shared/model'
import type { StationContext } from '../context'
import { announceJob, type DeviceRun } from './job-progress'
import type { TerminalLeases } from './terminal-lease'

export function jobEnding(
  ctx: StationContext,
  /** The runs of this station: job → terminal → run. */
  active: Map<string, Map<string, DeviceRun>>,
  leases: TerminalLeases,
  /** Jobs being finished now (their last flush), awaited before they are closed. */
  finishing: Map<string, Promise<void>>,
) {
  const { store } = ctx

  const finalize = (jobId: string): void => {
    const counts = store.journal.counts(jobId)
    const final: ApplyJobState = counts.some((c) => c.failed > 0)
      ? 'failed'
      : store.journal.wasSuperseded(jobId)
        ? 'cancelled'
        : 'done'
    store.journal.setJobState(jobId, final, ctx.clock.now().toISOString())
    announceJob(
      ctx.bus,
      jobId,
      final,
      counts.map((c) => ({ ...c, pausedReason: null })),
    )
  }

  /**
   * Older unfinished jobs give up their pending steps on these terminals (their runs there stop
   * first). Returns, per terminal, whose steps were given up: a partial plan takes them over.
   */
  const supersede = async (deviceIds: string[]): Promise<Map<string, Set<string>>> => {
    const taken = new Map<string, Set<string>>()
    const touched = new Set<string>()
    const stop = async (run: DeviceRun): Promise<void> => {
      run.superseded = true
      run.runner?.stop()
      run.wake?.()
      await run.drive // its last outcomes are flushed before the rest is closed
    }
    for (const deviceId of deviceIds) {
      const unfinished = store.journal.unfinishedOn(deviceId)
      // this station's runs there stop too when their job has nothing pending there any more:
      // another process may have closed those steps while the run held them in memory, and it
      // still sends them. Its lease is this station's, shared by its runs: two runs of one
      // station must never send to one terminal together.
      for (const [jobId, runs] of active) {
        const run = runs.get(deviceId)
        if (run && !run.superseded && !unfinished.includes(jobId)) await stop(run)
      }
      for (const jobId of unfinished) {
        const run = active.get(jobId)?.get(deviceId)
        if (run) await stop(run)
        // a job another station process is sending right now is its own business: this plan
        // waits for the terminal's lease and skips what that run has sent by then. The look at
        // the lease and the take-over are one (immediate) transaction: a process taking the
        // terminal between the two would send steps this plan has closed, while this plan
        // sends them again (found sending everything twice under load).
        const persons = store.tx(() =>
          !run && leases.heldElsewhere(deviceId)
            ? null
            : store.journal.supersede(jobId, deviceId, ctx.clock.now().toISOString()),
        )
        if (!persons) continue
        let set = taken.get(deviceId)
        if (!set) taken.set(deviceId, (set = new Set()))
        for (const no of persons) set.add(no)
        touched.add(jobId)
      }
    }
    for (const jobId of touched) {
      if (store.journal.hasPending(jobId)) continue // still running on other terminals
      await finishing.get(jobId)
      const state = store.journal.job(jobId)?.state
      if (state === 'running' || state === 'planned' || state === 'paused') finalize(jobId)
    }
    return taken
  }

  return { finalize, supersede }
}
