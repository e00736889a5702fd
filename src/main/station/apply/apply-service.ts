// Jobs: plan (desired vs held per device) into the journal, run every device in parallel,
// report progress, and finish the job when every device is done. A paused device (offline,
// busy) retries with capped backoff; a locked or refused login waits for the operator. Jobs
// left unfinished by a crash resume when the station starts.
// One job per terminal at a time: a new plan first supersedes the pending steps of older
// unfinished jobs on its terminals (their runs stop, the steps are closed with the reason) and
// is then planned from what the terminal holds now, so no step is sent twice or stale
// (job-ending.ts).
import { randomUUID } from 'node:crypto'
import type { ParsedArgsOf } from '@shared/api'
import type { ApplyFailure, ApplyJob, HoldingsNotice } from '@shared/model'
import type { PlannedStep } from '../../store/journal-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { holdingsCheck } from './holdings-check'
import { DeviceRunner } from './device-runner'
import { flushPace } from './flush-pace'
import { jobPlanner, nonEmpty } from './job-plan'
import { waitOutPause } from './pause-wait'
import { announceJob, jobProgress, newDeviceRun, type DeviceRun } from './job-progress'
import { failuresOf } from './failure-words'
import { DEFAULT_APPLY_OPTIONS, type ApplyOptions, type ApplyWatcher } from './apply-options'
import { jobLease, leaseReason, leaseWait, otherJobReason, terminalLeases } from './terminal-lease'
import { codedFailure } from '@shared/coded-failure'
import { jobEnding } from './job-ending'

export { DEFAULT_APPLY_OPTIONS, type ApplyOptions, type ApplyWatcher } from './apply-options'

export function applyService(
  ctx: StationContext,
  devices: DeviceService,
  options: ApplyOptions = DEFAULT_APPLY_OPTIONS,
  /** Told what the runners did (the persons' apply state follows it). */
  watcher: ApplyWatcher = {},
) {
  const { store } = ctx
  const { plan, planEach } = jobPlanner(ctx, devices)
  const active = new Map<string, Map<string, DeviceRun>>()
  const pace = flushPace() // many terminals at once: fewer journal commits each
  const finishing = new Map<string, Promise<void>>()
  /**
   * Jobs this process ran lately (running ones are in `active`): it pushed their progress itself
   * (jobs-elsewhere.ts looks at the latest ten only, so a hundred are plenty).
   */
  const own = new Set<string>()
  const OWN_KEPT = 100
  let closing = false
  const leases = terminalLeases(store, ctx.logger, { ttlMs: options.leaseMs })

  const { toJob, deviceProgress, emit } = jobProgress(ctx, active)
  /** The job as it stands now, told to every screen following it (a pause, a cancel). */
  const announced = (jobId: string): ApplyJob => {
    const job = toJob(jobId)
    announceJob(ctx.bus, jobId, job.state, job.devices)
    return job
  }

  /** Runs one device until its steps are finished, waiting out pauses. */
  const driveDevice = async (jobId: string, deviceId: string, run: DeviceRun): Promise<void> => {
    let wait = options.retryMs.first
    for (;;) {
      if (closing || run.superseded || store.journal.job(jobId)?.state !== 'running') return
      if (!store.devices.get(deviceId)) return // removed while the job ran: its steps stay pending
      const counts = store.journal.deviceCounts(jobId, deviceId)
      run.base = {
        total: counts.total,
        done: counts.done,
        failed: counts.failed,
        skipped: counts.skipped,
      }
      run.progress = { done: 0, failed: 0, skipped: 0, finishedThisRun: 0 }
      run.startedAt = Date.now()
      // another station process (or station) is sending to this terminal: wait for it
      const stopRun = (): void => run.runner?.stop()
      // the lease is this station's, shared by its runs (re-entrant): one run of this station
      // at a time sends to a terminal, the others wait as for another process
      const sibling = [...active].some(([id, runs]) => id !== jobId && runs.get(deviceId)?.runner)
      const holder = sibling
        ? { owner: leases.owner, pid: process.pid, expiresMs: 0 }
        : leases.acquire(deviceId, stopRun)
      if (holder) {
        const terminal = devices.record(deviceId).name
        run.pausedReason = sibling ? otherJobReason(terminal) : leaseReason(terminal, holder)
        run.pausedCode = {
          code: sibling ? 'terminalBusyOtherJob' : 'terminalBusyElsewhere',
          params: { terminal },
        }
        run.pausedUntil = 'retry'
        emit(jobId, deviceId, run)
        await leaseWait(options.pollMs ?? 1000, (wake) => (run.wake = wake))
        run.wake = null
        run.pausedReason = null
        run.pausedCode = null
        run.pausedUntil = null
        continue
      }
      run.runner = new DeviceRunner(
        ctx,
        devices,
        jobId,
        deviceId,
        (p, outcomes) => {
          run.progress = p
          watcher.afterFlush?.(jobId, deviceId, outcomes)
          emit(jobId, deviceId, run)
        },
        {
          concurrency: options.concurrencyPerDevice,
          flushMs: options.flushMs,
          pageSteps: options.pageSteps,
          pace,
        },
      )
      if (run.urgent?.length) run.runner.hurry(run.urgent.splice(0))
      // no runner is left behind, even by a run that threw: other runs here wait while one is
      const end = await run.runner.run().finally(() => {
        leases.release(deviceId, stopRun)
        run.runner = null
      })
      watcher.afterRun?.(jobId, deviceId)
      if (end.kind !== 'paused') {
        run.pausedReason = null
        run.pausedCode = null
        run.pausedUntil = null
        emit(jobId, deviceId, run)
        // steps appended while the queue was running out (the job grew): run again for them
        if (end.kind === 'finished' && store.journal.hasPendingOn(jobId, deviceId)) continue
        run.ended = true
        return
      }
      run.pausedReason = end.reason
      run.pausedCode = end.code ?? null
      run.pausedUntil = end.until
      emit(jobId, deviceId, run)
      if (run.progress.finishedThisRun > 0) wait = options.retryMs.first // progress resets the backoff
      const how = await waitOutPause(
        ctx,
        devices,
        deviceId,
        end.until,
        {
          retryMs: wait,
          pollMs: options.pollMs ?? 1000,
          unlockMarginMs: options.unlockMarginMs ?? 1000,
        },
        (wake) => (run.wake = wake),
      )
      run.wake = null
      run.pausedReason = null
      run.pausedCode = null
      run.pausedUntil = null
      if (how === 'recheck' && !closing && !run.superseded) {
        // the wait is over by its own measure: one login check (new credentials, unlocked,
        // activated) before the queue runs again
        if (end.until === 'credentials') await devices.reload(deviceId)
        await devices.check(deviceId).catch(() => {})
      }
      if (end.retryable) wait = Math.min(wait * 2, options.retryMs.max)
      else wait = options.retryMs.first
    }
  }

  /** Closes a job that has nothing pending: failed, cancelled (superseded) or done. */
  const { finalize, supersede } = jobEnding(ctx, active, leases, finishing)

  const verify = holdingsCheck(ctx, devices, leases)

  /** Plans run one at a time, so two plans never take the same terminal over together. */
  let planning: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = planning.then(fn)
    planning = next.catch(() => {})
    return next
  }

  /** Drives a terminal's run of a job (again, when the job grew after its run there ended). */
  const startDrive = (jobId: string, deviceId: string, run: DeviceRun): void => {
    run.ended = false
    run.drive = driveDevice(jobId, deviceId, run).catch((error: unknown) => {
      ctx.logger.error('apply device run crashed', { jobId, deviceId, error: String(error) })
      run.pausedReason = `Internal error: ${String(error)}`
      run.pausedCode = {
        code: 'applyInternalError',
        params: { terminal: store.devices.get(deviceId)?.name ?? deviceId },
      }
    })
  }

  const launch = (jobId: string): void => {
    if (active.has(jobId)) return
    // a job another live station process runs (or waits to run) stays with it
    if (leases.acquire(jobLease(jobId))) return
    own.add(jobId)
    if (own.size > OWN_KEPT) own.delete(own.values().next().value!)
    const runs = new Map<string, DeviceRun>()
    active.set(jobId, runs)
    store.journal.setJobState(jobId, 'running')
    const deviceIds = store.journal.counts(jobId).map((c) => c.deviceId)
    for (const deviceId of deviceIds) {
      const run = newDeviceRun()
      runs.set(deviceId, run)
      startDrive(jobId, deviceId, run)
    }
    const done = (async () => {
      // a terminal whose run had ended may have been started again (the job grew there): the
      // job ends when no run is going; this check and what follows run without a pause
      for (;;) {
        const drives = [...runs.values()].map((r) => r.drive)
        await Promise.all(drives)
        if ([...runs.values()].every((r, i) => r.drive === drives[i])) break
      }
      active.delete(jobId)
      const state = store.journal.job(jobId)?.state
      // ended by another station process (it superseded or finished the job): those waiting
      // here (apply --wait, the screens) are told, as no event of that process reaches them
      if (!closing && (state === 'done' || state === 'failed' || state === 'cancelled'))
        announceJob(ctx.bus, jobId, state, deviceProgress(jobId))
      if (closing || state !== 'running') return
      const counts = store.journal.counts(jobId)
      const pending = counts.some((c) => c.total > c.done + c.failed + c.skipped)
      if (pending) return // a device was removed mid-job; the job stays open
      finalize(jobId)
    })()
    finishing.set(
      jobId,
      done.finally(() => {
        finishing.delete(jobId)
        leases.release(jobLease(jobId))
      }),
    )
  }

  const createJob = (steps: Iterable<PlannedStep[]>, retryOf: string | null = null): ApplyJob => {
    const id = randomUUID()
    const written = store.journal.createJobFrom(id, ctx.clock.now().toISOString(), steps, retryOf)
    if (written === 0) store.journal.setJobState(id, 'done', ctx.clock.now().toISOString())
    else launch(id)
    return toJob(id)
  }

  /**
   * The job this process runs that holds this terminal (null: none): its run there may have
   * ended while the job still runs on other terminals — it is started again for what joins.
   */
  const runningOn = (deviceId: string): { jobId: string; run: DeviceRun } | null => {
    for (const [jobId, runs] of active) {
      const run = runs.get(deviceId)
      if (!run || run.superseded) continue
      if (store.journal.job(jobId)?.state !== 'running') continue
      return { jobId, run }
    }
    return null
  }

  /**
   * Continuous apply: plans only what changed (these persons, or everyone) on the terminals it
   * touches, and lets a new job take over the pending steps of the job running there (so the
   * work in flight carries on within the new plan). No job is written when nothing is to send.
   */
  const grow = (what: {
    employeeNos?: string[]
    deviceIds?: string[]
    /** A revocation: on a running job's terminal its steps run next, ahead of the queue. */
    urgent?: boolean
  }): Promise<ApplyJob | null> =>
    serial(async () => {
      const known = store.devices.list().map((d) => d.id)
      let targets = what.deviceIds ? what.deviceIds.filter((id) => known.includes(id)) : known
      const only = what.employeeNos ? new Set(what.employeeNos) : null
      if (only) {
        // a dry plan of the changed persons: only the terminals where they change are taken over
        const touched = new Set<string>()
        for (const steps of planEach(targets.map((id) => [id, only] as const)))
          if (steps.length > 0) touched.add(steps[0]!.deviceId)
        targets = targets.filter((id) => touched.has(id))
        // a job running on a terminal grows: these persons' steps join it (one job that grows,
        // not a stream of small ones), replacing their pending steps there
        let grown: string | null = null
        for (const deviceId of [...targets]) {
          const running = runningOn(deviceId)
          if (!running) continue
          const steps = [...planEach([[deviceId, only]])].flat()
          const at = ctx.clock.now().toISOString()
          store.journal.append(running.jobId, deviceId, [...only], steps, at)
          if (what.urgent && running.run.runner) running.run.runner.hurry([...only])
          else if (what.urgent) (running.run.urgent ??= []).push(...only)
          if (running.run.ended) startDrive(running.jobId, deviceId, running.run)
          emit(running.jobId, deviceId, running.run)
          targets = targets.filter((id) => id !== deviceId)
          grown ??= running.jobId
        }
        if (targets.length === 0) return grown ? toJob(grown) : null
      }
      if (targets.length === 0) return null
      const taken = await supersede(targets)
      const steps = only
        ? planEach(
            targets.map((deviceId) => [
              deviceId,
              new Set([...only, ...(taken.get(deviceId) ?? [])]),
            ]),
          )
        : plan(targets)
      const first = nonEmpty(steps)
      return first ? createJob(first) : null
    })

  return {
    grow,
    start: (args: ParsedArgsOf<'apply.start'>): Promise<ApplyJob> =>
      serial(async () => {
        const targets = args.deviceIds ?? store.devices.list().map((d) => d.id)
        for (const id of targets) devices.record(id) // an unknown terminal is refused before anything stops
        const taken = await supersede(targets)
        await Promise.all(targets.map(verify)) // connect: does each terminal hold what we believe?
        if (!args.employeeNos) return createJob(plan(args.deviceIds))
        const only = args.employeeNos
        return createJob(
          planEach(
            targets.map((deviceId) => [
              deviceId,
              new Set([...only, ...(taken.get(deviceId) ?? [])]),
            ]),
          ),
        )
      }),
    status(jobId?: string): ApplyJob | null {
      const id = jobId ?? store.journal.jobs(1)[0]?.id
      return id ? toJob(id) : null
    },
    list: (limit: number): ApplyJob[] => store.journal.jobs(limit).map((j) => toJob(j.id)),
    /** This process runs or ran the job (it pushes the job's progress itself). */
    ownJob: (jobId: string): boolean => active.has(jobId) || own.has(jobId),
    job: toJob,
    failures(jobId: string): ApplyFailure[] {
      toJob(jobId)
      return failuresOf(store, jobId)
    },
    /** A new job that re-plans only the persons whose steps failed, on the devices where they failed. */
    retryFailed: (jobId: string): Promise<ApplyJob> =>
      serial(async () => {
        const byDevice = store.journal.failedPersons(jobId)
        if (byDevice.size === 0) throw codedFailure('NOT_FOUND', 'jobNothingToRetry')
        const live = [...byDevice.keys()].filter((id) => store.devices.get(id))
        const taken = await supersede(live)
        return createJob(
          planEach(
            live.map((deviceId) => [
              deviceId,
              new Set([...byDevice.get(deviceId)!, ...(taken.get(deviceId) ?? [])]),
            ]),
          ),
          jobId,
        )
      }),
    pause(jobId: string): ApplyJob {
      const job = toJob(jobId)
      if (job.state !== 'running' && job.state !== 'planned')
        throw codedFailure('CONFLICT', 'jobNotPausable', { state: job.state })
      store.journal.setJobState(jobId, 'paused')
      for (const run of active.get(jobId)?.values() ?? []) {
        run.runner?.stop()
        run.wake?.()
      }
      return announced(jobId)
    },
    async cancel(jobId: string): Promise<ApplyJob> {
      const job = toJob(jobId)
      if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled')
        throw codedFailure('CONFLICT', 'jobAlreadyEnded', { state: job.state })
      store.journal.setJobState(jobId, 'cancelled', ctx.clock.now().toISOString())
      for (const run of active.get(jobId)?.values() ?? []) {
        run.runner?.stop()
        run.wake?.()
      }
      await finishing.get(jobId)
      return announced(jobId)
    },
    async resume(jobId: string): Promise<ApplyJob> {
      const job = toJob(jobId)
      if (job.state === 'running' && active.has(jobId)) {
        for (const run of active.get(jobId)!.values()) run.wake?.() // retry paused devices now
        return toJob(jobId)
      }
      if (job.state !== 'paused' && job.state !== 'running' && job.state !== 'planned')
        throw codedFailure('CONFLICT', 'jobNotResumable', { state: job.state })
      await finishing.get(jobId)
      launch(jobId)
      return toJob(jobId)
    },
    /**
     * Compares a terminal with its holdings (at a check, on a schedule); after a mismatch the
     * terminal is read back and refilled by a new job. A terminal a job is running on is left
     * for later (its run owns the holdings).
     */
    verifyAndRefill: (deviceId: string): Promise<HoldingsNotice | null> =>
      serial(async () => {
        if (!store.devices.get(deviceId)) return null
        for (const runs of active.values()) if (runs.get(deviceId)?.runner) return null
        const notice = await verify(deviceId)
        if (notice?.readBack) {
          await supersede([deviceId])
          createJob(plan([deviceId]))
        }
        return notice
      }),
    /** Resumes jobs a crash or shutdown left unfinished. */
    resumeUnfinished(): Promise<void> {
      return serial(async () => {
        // a crash may have left several jobs on one terminal: they are merged into one new plan
        const jobsOn = new Map<string, number>()
        // jobs another live process runs are not left over: they are neither merged nor resumed
        const leftOver = store.journal
          .unfinished()
          .filter((j) => !leases.heldElsewhere(jobLease(j.id)))
        for (const job of leftOver)
          for (const c of store.journal.counts(job.id))
            if (c.total > c.done + c.failed + c.skipped)
              jobsOn.set(c.deviceId, (jobsOn.get(c.deviceId) ?? 0) + 1)
        const crowded = [...jobsOn].filter(([id, n]) => n > 1 && store.devices.get(id))
        const taken = await supersede(crowded.map(([id]) => id))
        for (const job of store.journal.unfinished())
          if (!leases.heldElsewhere(jobLease(job.id))) launch(job.id)
        if (taken.size > 0) createJob(planEach(taken))
      })
    },
    /** Resolves when the job has no running device (tests, CLI --wait). */
    async settled(jobId: string): Promise<ApplyJob> {
      await finishing.get(jobId)
      return toJob(jobId)
    },
    async close(): Promise<void> {
      await planning
      closing = true
      const interrupted = [...active.keys()]
      for (const runs of active.values()) {
        for (const run of runs.values()) {
          run.runner?.stop()
          run.wake?.()
        }
      }
      await Promise.all(finishing.values())
      // what this process stopped is not running any more: it waits for the next start
      for (const jobId of interrupted)
        if (store.journal.job(jobId)?.state === 'running' && store.journal.hasPending(jobId))
          store.journal.setJobState(jobId, 'planned')
    },
  }
}

export type ApplyService = ReturnType<typeof applyService>
