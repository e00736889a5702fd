// Applying the roster: the job shown (latest by default), kept live by 'apply.progress' pushes,
// its failures once it settles, recent jobs, and the assignment rules.
import { create } from 'zustand'
import type {
  ApplyFailure,
  ApplyJob,
  ApplyProgressEvent,
  Assignment,
  HoldingsNotice,
} from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { station } from '../../lib/station'

export interface DeviceRate {
  ratePerSecond: number
  secondsLeft: number | null
}

interface ApplyState {
  job: ApplyJob | null
  rates: Record<string, DeviceRate>
  failures: ApplyFailure[]
  jobs: ApplyJob[]
  assignments: Assignment[] | null
  error: AppError | null
  /** Terminals found not holding what the station believed (latest per terminal). */
  notices: HoldingsNotice[]
  dismissNotice(deviceId: string): void
  load(): Promise<void>
  show(jobId: string): Promise<void>
  start(employeeNos?: string[]): Promise<Result<ApplyJob>>
  retryFailed(): Promise<Result<ApplyJob>>
  pause(): Promise<Result<ApplyJob>>
  resume(): Promise<Result<ApplyJob>>
  cancel(): Promise<Result<ApplyJob>>
  /** `confirm`: the user accepted that the change takes access away (CONFIRMATION_NEEDED). */
  addRule(personScope: string, deviceScope: string, confirm?: boolean): Promise<Result<Assignment>>
  removeRule(id: number, confirm?: boolean): Promise<Result<{ removed: boolean }>>
}

const settled = (job: ApplyJob | null) =>
  job !== null && (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled')

let following: string | null = null

type DeviceProgress = ApplyJob['devices'][number]
const splitSum = (d: DeviceProgress) =>
  d.skippedBy ? d.skippedBy.cannotHold + d.skippedBy.personRefused + d.skippedBy.other : -1
/** The known split still describes the pushed counts (nothing more was skipped since). */
const keepsSplit = (was: DeviceProgress, now: DeviceProgress) =>
  !now.skippedBy && splitSum(was) === now.skipped

/** A job with one terminal's pushed progress (keeping its skip split until the next full read). */
function withProgress(job: ApplyJob, e: ApplyProgressEvent): ApplyJob {
  const merge = (d: ApplyJob['devices'][number]) =>
    d.deviceId === e.device.deviceId
      ? { ...e.device, ...(keepsSplit(d, e.device) ? { skippedBy: d.skippedBy } : {}) }
      : d
  return {
    ...job,
    state: e.state,
    devices: job.devices.some((d) => d.deviceId === e.device.deviceId)
      ? job.devices.map(merge)
      : [...job.devices, e.device],
  }
}

export const useApply = create<ApplyState>((set, get) => {
  const loadFailures = async (jobId: string) => {
    const r = await station.apply.failures({ jobId })
    if (r.ok && get().job?.id === jobId) set({ failures: r.value })
  }
  const loadJobs = async () => {
    const r = await station.apply.list({ limit: 10 })
    if (r.ok) set({ jobs: r.value })
  }
  const adopt = (r: Result<ApplyJob>) => {
    if (r.ok) {
      set({ job: r.value, rates: {}, failures: [], error: null })
      if (settled(r.value)) void loadFailures(r.value.id)
      void loadJobs()
    }
    return r
  }

  station.on('station.ready', () => void get().load())
  station.on('holdings.notice', (n) => {
    set({ notices: [...get().notices.filter((x) => x.deviceId !== n.deviceId), n] })
  })

  station.on('apply.progress', (e) => {
    const job = get().job
    // Recent jobs follow every job's progress live
    if (get().jobs.some((j) => j.id === e.jobId))
      set({ jobs: get().jobs.map((j) => (j.id === e.jobId ? withProgress(j, e) : j)) })
    if (!job || job.id !== e.jobId) {
      // a job started elsewhere (another window, the enroll screen): follow it
      if (following !== e.jobId) {
        following = e.jobId
        void get().show(e.jobId)
      }
      return
    }
    const wasSettled = settled(job)
    const next = withProgress(job, e)
    set({
      job: next,
      jobs: get().jobs.map((j) => (j.id === next.id ? next : j)),
      rates: {
        ...get().rates,
        [e.device.deviceId]: { ratePerSecond: e.ratePerSecond, secondsLeft: e.secondsLeft },
      },
    })
    if (settled(next) && !wasSettled) {
      void loadFailures(next.id)
      void loadJobs()
      // the settled job's counts with why steps were skipped (progress pushes carry totals only)
      void station.apply.status({ jobId: next.id }).then((r) => {
        if (r.ok && r.value && get().job?.id === r.value.id) set({ job: r.value })
      })
    }
  })

  const onJob = async (action: (jobId: string) => Promise<Result<ApplyJob>>) => {
    const job = get().job
    if (!job) return { ok: false, error: { code: 'NOT_FOUND', message: 'No job' } } as const
    const r = await action(job.id)
    if (r.ok && get().job?.id === r.value.id) set({ job: { ...r.value } })
    return r
  }

  return {
    job: null,
    rates: {},
    failures: [],
    jobs: [],
    assignments: null,
    error: null,
    notices: [],
    dismissNotice: (deviceId) =>
      set({ notices: get().notices.filter((n) => n.deviceId !== deviceId) }),
    async load() {
      const [job, rules] = await Promise.all([
        station.apply.status({}),
        station.assignments.list(),
        loadJobs(),
      ])
      if (!job.ok) return set({ error: job.error })
      if (rules.ok) set({ assignments: rules.value })
      if (job.value && job.value.id !== get().job?.id) adopt({ ok: true, value: job.value })
      else if (job.value) set({ job: job.value })
    },
    async show(jobId) {
      const r = await station.apply.status({ jobId })
      if (r.ok && r.value) adopt({ ok: true, value: r.value })
    },
    start: async (employeeNos) =>
      adopt(await station.apply.start(employeeNos ? { employeeNos } : {})),
    retryFailed: async () => {
      const job = get().job
      if (!job) return { ok: false, error: { code: 'NOT_FOUND', message: 'No job' } }
      return adopt(await station.apply.retryFailed({ jobId: job.id }))
    },
    pause: () => onJob((jobId) => station.apply.pause({ jobId })),
    resume: () => onJob((jobId) => station.apply.resume({ jobId })),
    cancel: () => onJob((jobId) => station.apply.cancel({ jobId })),
    async addRule(personScope, deviceScope, confirm) {
      const r = await station.assignments.add({ personScope, deviceScope, confirm })
      if (r.ok) {
        // the first rule may bring the explicit "everyone → every terminal" with it
        const rules = await station.assignments.list()
        set({ assignments: rules.ok ? rules.value : [...(get().assignments ?? []), r.value] })
      }
      return r
    },
    async removeRule(id, confirm) {
      const r = await station.assignments.remove({ id, confirm })
      if (r.ok) set({ assignments: (get().assignments ?? []).filter((a) => a.id !== id) })
      return r
    },
  }
})

/** Totals over every device of a job. */
export function jobTotals(job: ApplyJob) {
  const t = { total: 0, done: 0, failed: 0, skipped: 0, pending: 0 }
  for (const d of job.devices) {
    t.total += d.total
    t.done += d.done
    t.failed += d.failed
    t.skipped += d.skipped
  }
  t.pending = Math.max(0, t.total - t.done - t.failed - t.skipped)
  return t
}
