// What a job's progress looks like from the journal and its terminals' live runs: the per-terminal
// counts, the job as the contract shows it, and the apply.progress event of one terminal.
import type { ApplyDeviceProgress, ApplyJob, ApplyJobState, ApplyPauseUntil } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceRunner, RunProgress } from './device-runner'
import { skippedSplit } from './failure-words'
import type { Reason } from '@shared/reason-text'
import { codedFailure } from '@shared/coded-failure'

export interface DeviceRun {
  runner: DeviceRunner | null
  base: { total: number; done: number; failed: number; skipped: number }
  progress: RunProgress
  pausedReason: string | null
  /** The pause as a code plus parameters (what the UI words). */
  pausedCode?: Reason | null
  pausedUntil: ApplyPauseUntil | null
  startedAt: number
  wake: (() => void) | null
  /** A newer job took this terminal over: the run ends. */
  superseded: boolean
  /** The run on this terminal has ended: steps appended now start it again. */
  ended?: boolean
  /** Revocations appended while no runner was on: the next runner takes them first. */
  urgent?: string[]
  drive: Promise<void>
}

/** A terminal's run of a job before it starts. */
export const newDeviceRun = (): DeviceRun => ({
  runner: null,
  base: { total: 0, done: 0, failed: 0, skipped: 0 },
  progress: { done: 0, failed: 0, skipped: 0, finishedThisRun: 0 },
  pausedReason: null,
  pausedUntil: null,
  startedAt: Date.now(),
  wake: null,
  superseded: false,
  drive: Promise.resolve(),
})

/**
 * Every screen following a job (other windows, the CLI's --wait) learns its state now: one push
 * per terminal, nothing running there in this process (ended, paused, or run by another one).
 */
export function announceJob(
  bus: StationContext['bus'],
  jobId: string,
  state: ApplyJobState,
  devices: readonly ApplyDeviceProgress[],
): void {
  for (const device of devices)
    bus.emit('apply.progress', { jobId, state, device, ratePerSecond: 0, secondsLeft: null })
}

export function jobProgress(
  ctx: Pick<StationContext, 'store' | 'bus'>,
  active: ReadonlyMap<string, ReadonlyMap<string, DeviceRun>>,
) {
  const { store } = ctx
  const deviceProgress = (jobId: string): ApplyDeviceProgress[] => {
    const runs = active.get(jobId)
    const skips = skippedSplit(store.journal.skippedBy(jobId))
    return store.journal.counts(jobId).map((c) => {
      const run = runs?.get(c.deviceId)
      return {
        deviceId: c.deviceId,
        total: c.total,
        done: c.done,
        failed: c.failed,
        skipped: c.skipped,
        ...(skips.has(c.deviceId) ? { skippedBy: skips.get(c.deviceId) } : {}),
        pausedReason: run?.pausedReason ?? null,
        pausedCode: run?.pausedCode ?? null,
        pausedUntil: run?.pausedUntil ?? null,
      }
    })
  }

  const toJob = (jobId: string): ApplyJob => {
    const row = store.journal.job(jobId)
    if (!row) throw codedFailure('NOT_FOUND', 'jobMissing', { jobId: String(jobId) })
    return {
      id: row.id,
      state: row.state,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      devices: deviceProgress(jobId),
    }
  }

  const emit = (jobId: string, deviceId: string, run: DeviceRun) => {
    const p = run.progress
    const elapsed = (Date.now() - run.startedAt) / 1000
    const rate = elapsed > 0 ? p.finishedThisRun / elapsed : 0
    const finished =
      run.base.done + run.base.failed + run.base.skipped + p.done + p.failed + p.skipped
    const left = run.base.total - finished
    ctx.bus.emit('apply.progress', {
      jobId,
      state: store.journal.job(jobId)?.state ?? 'running',
      device: {
        deviceId,
        total: run.base.total,
        done: run.base.done + p.done,
        failed: run.base.failed + p.failed,
        skipped: run.base.skipped + p.skipped,
        pausedReason: run.pausedReason,
        pausedCode: run.pausedCode ?? null,
        pausedUntil: run.pausedUntil,
      },
      ratePerSecond: Math.round(rate * 10) / 10,
      secondsLeft: rate > 0 ? Math.ceil(left / rate) : null,
    })
  }

  return { deviceProgress, toJob, emit }
}
