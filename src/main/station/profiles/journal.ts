// The profile apply journal: every step (one terminal, one resource instance, its changes) is
// written to SQLite before anything is sent, and marked when the terminal's read-back answers.
// Steps are idempotent (a read-modify-write to the desired values), so a step left pending by a
// crash is simply sent again on the next start. A terminal that is offline, locked, busy or
// refuses the password pauses its steps (never a second login attempt); they resume when the
// terminal is next checked healthy, or on demand. Terminals run in parallel, a terminal's steps
// one after another.
import { randomUUID } from 'node:crypto'
import type { ProfileJob, ProfileStepView, TerminalPlan } from '@shared/contract/profiles'
import { AppFailure, type ErrorCode } from '@shared/result'
import type { StationContext } from '../context'
import type { ConfigService } from '../config/config-service'
import type { DeviceService } from '../devices/device-service'
import type { StepRecord } from '../../store/profiles-repo'

/** Failures that mean "not now" rather than "no": the step waits for the terminal. */
const PAUSING: ErrorCode[] = ['OFFLINE', 'TIMEOUT', 'DEVICE_LOCKED', 'DEVICE_BUSY', 'AUTH_FAILED']

/** Terminals written at the same time. */
const PARALLEL = 8

export function profileJournal(ctx: StationContext, devices: DeviceService, config: ConfigService) {
  const { store } = ctx
  const busy = new Map<string, Promise<void>>()
  const now = () => ctx.clock.now().toISOString()

  async function runStep(s: StepRecord): Promise<'ok' | 'pause'> {
    const health = devices.health(s.deviceId)
    if (health === 'offline' || health === 'locked') {
      store.profiles.finishStep({
        ...s,
        state: 'paused',
        error: {
          code: health === 'locked' ? 'DEVICE_LOCKED' : 'OFFLINE',
          message: `${devices.record(s.deviceId).name} is ${health}; the step waits for it.`,
        },
      })
      return 'pause'
    }
    try {
      const r = await config.set(s.deviceId, s.resource, s.instance ?? undefined, s.changes)
      store.profiles.finishStep({ ...s, state: 'done', changed: r.changed, error: null })
      return 'ok'
    } catch (e) {
      const f =
        e instanceof AppFailure
          ? e
          : new AppFailure('INTERNAL', e instanceof Error ? e.message : String(e))
      const pause = PAUSING.includes(f.code)
      store.profiles.finishStep({
        ...s,
        state: pause ? 'paused' : 'failed',
        changed: [],
        error: f.toAppError(),
      })
      return pause ? 'pause' : 'ok'
    }
  }

  /** Runs one terminal's open steps in order; a pause leaves the rest paused. */
  function runDevice(deviceId: string, steps: StepRecord[]): Promise<void> {
    const prior = busy.get(deviceId) ?? Promise.resolve()
    const run = prior.then(async () => {
      let paused = false
      for (const s of steps) {
        if (paused) {
          store.profiles.finishStep({ ...s, state: 'paused' })
          continue
        }
        if ((await runStep(s)) === 'pause') paused = true
      }
    })
    const tail = run.catch((error: unknown) =>
      ctx.logger.error('profile apply failed', { deviceId, error: String(error) }),
    )
    busy.set(deviceId, tail)
    void tail.finally(() => {
      if (busy.get(deviceId) === tail) busy.delete(deviceId)
    })
    return tail
  }

  async function runAll(steps: StepRecord[]): Promise<void> {
    const byDevice = new Map<string, StepRecord[]>()
    for (const s of steps) byDevice.set(s.deviceId, [...(byDevice.get(s.deviceId) ?? []), s])
    const queue = [...byDevice.entries()]
    const lanes = Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await runDevice(...next)
    })
    await Promise.all(lanes)
    const jobs = new Set(steps.map((s) => s.jobId))
    for (const jobId of jobs) {
      const j = store.profiles.job(jobId)
      if (j && j.steps.every((s) => s.state === 'done' || s.state === 'failed'))
        store.profiles.finishJob(jobId, now())
    }
  }

  const view = (jobId: string): ProfileJob | null => {
    const j = store.profiles.job(jobId)
    if (!j) return null
    const name = (id: string) => store.devices.get(id)?.name ?? id
    const steps: ProfileStepView[] = j.steps.map((s) => ({
      deviceId: s.deviceId,
      device: name(s.deviceId),
      resource: s.resource,
      instance: s.instance,
      changes: s.changes,
      state: s.state,
      changed: s.changed,
      error: s.error as ProfileStepView['error'],
    }))
    const open = steps.some((s) => s.state === 'pending')
    const state: ProfileJob['state'] = open
      ? 'running'
      : steps.some((s) => s.state === 'paused')
        ? 'paused'
        : steps.some((s) => s.state === 'failed')
          ? 'failed'
          : 'done'
    return {
      id: j.job.id,
      createdAt: j.job.createdAt,
      finishedAt: j.job.finishedAt,
      state,
      steps,
      unsupported: j.job.unsupported,
    }
  }

  return {
    /** Writes a job from plans (only the fields marked `change`) and starts it. */
    start(plans: TerminalPlan[]): { jobId: string; done: Promise<void> } {
      const steps: Pick<StepRecord, 'deviceId' | 'resource' | 'instance' | 'changes'>[] = []
      for (const p of plans) {
        const groups = new Map<string, (typeof steps)[number]>()
        for (const item of p.items.filter((i) => i.status === 'change')) {
          const k = `${item.resource}#${item.instance ?? ''}`
          const g = groups.get(k) ?? {
            deviceId: p.deviceId,
            resource: item.resource,
            instance: item.instance,
            changes: {},
          }
          g.changes[item.key] = item.after
          groups.set(k, g)
        }
        steps.push(...groups.values())
      }
      const unsupported = plans
        .map((p) => ({
          deviceId: p.deviceId,
          device: p.device,
          items: p.items.filter((i) => i.status === 'unsupported'),
        }))
        .filter((u) => u.items.length > 0)
      const jobId = randomUUID()
      store.tx(() =>
        store.profiles.createJob(
          { id: jobId, createdAt: now(), finishedAt: null, unsupported },
          steps,
        ),
      )
      const written = store.profiles.job(jobId)!.steps
      return { jobId, done: runAll(written) }
    },
    /** Sends the steps left open (pending after a crash, paused); one terminal or all. */
    resume(deviceId?: string): Promise<void> {
      const open = store.profiles
        .openSteps()
        .filter((s) => deviceId === undefined || s.deviceId === deviceId)
        .filter((s) => !busy.has(s.deviceId))
      return open.length > 0 ? runAll(open) : Promise.resolve()
    },
    view,
    latest: (): ProfileJob | null => {
      const id = store.profiles.latestJobId()
      return id ? view(id) : null
    },
  }
}

export type ProfileJournal = ReturnType<typeof profileJournal>
