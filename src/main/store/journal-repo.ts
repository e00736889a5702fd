// The apply journal: a job is an ordered list of steps per device. Steps are written once when
// planned and then only change state, so a crash leaves an exact record of what remains.
import type { Database } from 'better-sqlite3'
import type { ApplyJobState, ApplyStepKind, ApplyStepState } from '@shared/model'

export interface PlannedStep {
  deviceId: string
  seq: number
  employeeNo: string
  kind: ApplyStepKind
  target: string
  state: ApplyStepState
  reason: string | null
  errorCode: string | null
}

export interface JournalStep extends PlannedStep {
  jobId: string
  attempts: number
  deviceCode: Record<string, unknown> | null
  updatedAt: string | null
}

/** A step's outcome as the runner records it. */
export interface StepOutcomeRecord {
  jobId: string
  deviceId: string
  seq: number
  /** Whose step it was (the persons' apply state follows the outcomes). */
  employeeNo: string
  state: ApplyStepState
  errorCode?: string | null
  reason?: string | null
  deviceCode?: unknown
}

export interface JobRow {
  id: string
  state: ApplyJobState
  createdAt: string
  finishedAt: string | null
  retryOf: string | null
}

export interface DeviceCounts {
  deviceId: string
  total: number
  done: number
  failed: number
  skipped: number
}

interface StepDbRow {
  job_id: string
  device_id: string
  seq: number
  employee_no: string
  kind: ApplyStepKind
  target: string
  state: ApplyStepState
  attempts: number
  error_code: string | null
  reason: string | null
  device_code: string | null
  updated_at: string | null
}

const stepFromRow = (r: StepDbRow): JournalStep => ({
  jobId: r.job_id,
  deviceId: r.device_id,
  seq: r.seq,
  employeeNo: r.employee_no,
  kind: r.kind,
  target: r.target,
  state: r.state,
  attempts: r.attempts,
  errorCode: r.error_code,
  reason: r.reason,
  deviceCode: r.device_code ? (JSON.parse(r.device_code) as Record<string, unknown>) : null,
  updatedAt: r.updated_at,
})

const jobFromRow = (r: {
  id: string
  state: ApplyJobState
  created_at: string
  finished_at: string | null
  retry_of: string | null
}): JobRow => ({
  id: r.id,
  state: r.state,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
  retryOf: r.retry_of,
})

const STEPS_PER_INSERT = 5000
export const SUPERSEDED_REASON =
  'Superseded by a newer apply, planned from what the terminal holds now.'

export function journalRepo(db: Database) {
  const insertJob = db.prepare<[string, string, string | null]>(
    "INSERT INTO apply_jobs (id, state, created_at, retry_of) VALUES (?, 'planned', ?, ?)",
  )
  // steps go in as JSON arrays, thousands per statement: a 10,000-person plan is 30,000 rows
  const insertSteps = db.prepare<{ jobId: string; at: string; rows: string }>(
    `INSERT INTO apply_steps (job_id, device_id, seq, employee_no, kind, target, state, error_code, reason, updated_at)
     SELECT @jobId, s.value ->> 0, s.value ->> 1, s.value ->> 2, s.value ->> 3, s.value ->> 4, s.value ->> 5,
            s.value ->> 6, s.value ->> 7, @at
     FROM json_each(@rows) s`,
  )
  const jobState = db.prepare<[string, string | null, string]>(
    'UPDATE apply_jobs SET state = ?, finished_at = ? WHERE id = ?',
  )
  const job = db.prepare<[string], Parameters<typeof jobFromRow>[0]>(
    'SELECT * FROM apply_jobs WHERE id = ?',
  )
  const jobs = db.prepare<[number], Parameters<typeof jobFromRow>[0]>(
    'SELECT * FROM apply_jobs ORDER BY created_at DESC, rowid DESC LIMIT ?',
  )
  const unfinished = db.prepare<[], Parameters<typeof jobFromRow>[0]>(
    "SELECT * FROM apply_jobs WHERE state IN ('planned', 'running') ORDER BY created_at",
  )
  // a run's page: the job and terminal are the caller's own strings, not two copies per row
  // (a fleet's runs hold a page each)
  const pendingPage = db.prepare<
    { jobId: string; deviceId: string; after: number; limit: number },
    Omit<StepDbRow, 'job_id' | 'device_id'>
  >(
    `SELECT seq, employee_no, kind, target, state, attempts, error_code, reason, device_code, updated_at
     FROM apply_steps WHERE job_id = @jobId AND device_id = @deviceId AND seq > @after
       AND state = 'pending' ORDER BY seq LIMIT @limit`,
  )
  const counts = db.prepare<[string], DeviceCounts>(`
    SELECT device_id AS deviceId, count(*) AS total,
           sum(state = 'done') AS done, sum(state = 'failed') AS failed, sum(state = 'skipped') AS skipped
    FROM apply_steps WHERE job_id = ? GROUP BY device_id ORDER BY device_id`)
  // one terminal's counts by the primary key prefix (job, device): not the whole job grouped
  const deviceCounts = db.prepare<[string, string], Omit<DeviceCounts, 'deviceId'>>(`
    SELECT count(*) AS total, coalesce(sum(state = 'done'), 0) AS done,
           coalesce(sum(state = 'failed'), 0) AS failed, coalesce(sum(state = 'skipped'), 0) AS skipped
    FROM apply_steps WHERE job_id = ? AND device_id = ?`)
  const mark = db.prepare(
    `UPDATE apply_steps SET state = @state, attempts = attempts + 1, error_code = @errorCode, reason = @reason,
       device_code = @deviceCode, updated_at = @at WHERE job_id = @jobId AND device_id = @deviceId AND seq = @seq`,
  )
  const markDone = db.prepare<{ jobId: string; deviceId: string; seqs: string; at: string }>(
    `UPDATE apply_steps SET state = 'done', attempts = attempts + 1, error_code = NULL, reason = NULL,
       device_code = NULL, updated_at = @at
     WHERE job_id = @jobId AND device_id = @deviceId AND seq IN (SELECT value FROM json_each(@seqs))`,
  )
  const failures = db.prepare<[string], StepDbRow>(
    "SELECT * FROM apply_steps WHERE job_id = ? AND state = 'failed' ORDER BY device_id, seq",
  )
  const skippedBy = db.prepare<[string], { deviceId: string; code: string | null; n: number }>(
    `SELECT device_id AS deviceId, error_code AS code, count(*) AS n FROM apply_steps
     WHERE job_id = ? AND state = 'skipped' GROUP BY device_id, error_code`,
  )
  const failedPersons = db
    .prepare<[string], [string, string]>(
      "SELECT DISTINCT device_id, employee_no FROM apply_steps WHERE job_id = ? AND state = 'failed'",
    )
    .raw()
  const unfinishedOn = db.prepare<[string], { job_id: string }>(`
    SELECT DISTINCT s.job_id FROM apply_steps s JOIN apply_jobs j ON j.id = s.job_id
    WHERE s.device_id = ? AND s.state = 'pending' AND j.state IN ('planned', 'running', 'paused')
    ORDER BY j.created_at, j.rowid`)
  const pendingPersons = db.prepare<[string, string], { employee_no: string }>(
    "SELECT DISTINCT employee_no FROM apply_steps WHERE job_id = ? AND device_id = ? AND state = 'pending'",
  )
  const supersede = db.prepare<{ jobId: string; deviceId: string; reason: string; at: string }>(
    `UPDATE apply_steps SET state = 'skipped', error_code = 'CONFLICT', reason = @reason, updated_at = @at
     WHERE job_id = @jobId AND device_id = @deviceId AND state = 'pending'`,
  )
  const anyPending = db.prepare<[string], { one: number }>(
    "SELECT 1 AS one FROM apply_steps WHERE job_id = ? AND state = 'pending' LIMIT 1",
  )
  const superseded = db.prepare<[string, string], { one: number }>(
    "SELECT 1 AS one FROM apply_steps WHERE job_id = ? AND state = 'skipped' AND reason = ? LIMIT 1",
  )
  const dropPendingOf = db.prepare<{ jobId: string; deviceId: string; persons: string }>(
    `DELETE FROM apply_steps WHERE job_id = @jobId AND device_id = @deviceId AND state = 'pending'
       AND employee_no IN (SELECT value FROM json_each(@persons))`,
  )
  const lastSeq = db
    .prepare<[string, string]>(
      'SELECT coalesce(max(seq), 0) FROM apply_steps WHERE job_id = ? AND device_id = ?',
    )
    .pluck()
  const pendingOf = db.prepare<{ jobId: string; deviceId: string; persons: string }, StepDbRow>(
    `SELECT * FROM apply_steps WHERE job_id = @jobId AND device_id = @deviceId AND state = 'pending'
       AND employee_no IN (SELECT value FROM json_each(@persons)) ORDER BY seq`,
  )
  const devicePending = db.prepare<[string, string], { one: number }>(
    "SELECT 1 AS one FROM apply_steps WHERE job_id = ? AND device_id = ? AND state = 'pending' LIMIT 1",
  )
  const latestForPerson = db.prepare<[string], StepDbRow>(`
    SELECT s.* FROM apply_steps s JOIN apply_jobs j ON j.id = s.job_id
    WHERE s.employee_no = ? ORDER BY j.created_at DESC, j.rowid DESC, s.seq DESC`)

  /**
   * A job from its plan in batches (a terminal's steps at a time), in one transaction: the
   * whole job's steps never sit in memory together. How many steps were written.
   */
  const createJobFrom = (
    id: string,
    at: string,
    batches: Iterable<readonly PlannedStep[]>,
    retryOf: string | null = null,
  ): number =>
    db.transaction(() => {
      insertJob.run(id, at, retryOf)
      let written = 0
      for (const steps of batches) {
        for (let i = 0; i < steps.length; i += STEPS_PER_INSERT) {
          const rows: unknown[] = []
          for (const s of steps.slice(i, i + STEPS_PER_INSERT))
            rows.push([
              s.deviceId,
              s.seq,
              s.employeeNo,
              s.kind,
              s.target,
              s.state,
              s.errorCode,
              s.reason,
            ])
          insertSteps.run({ jobId: id, at, rows: JSON.stringify(rows) })
        }
        written += steps.length
      }
      return written
    })()

  return {
    createJob(id: string, at: string, steps: PlannedStep[], retryOf: string | null = null): void {
      createJobFrom(id, at, [steps], retryOf)
    },
    createJobFrom,
    setJobState: (id: string, state: ApplyJobState, finishedAt: string | null = null): void =>
      void jobState.run(state, finishedAt, id),
    job(id: string): JobRow | undefined {
      const r = job.get(id)
      return r ? jobFromRow(r) : undefined
    },
    jobs: (limit: number): JobRow[] => jobs.all(limit).map(jobFromRow),
    unfinished: (): JobRow[] => unfinished.all().map(jobFromRow),
    /** Up to `limit` pending steps after step `after`, in order (a run reads its steps a page at a time). */
    pendingAfter: (jobId: string, deviceId: string, after: number, limit: number): JournalStep[] =>
      pendingPage
        .all({ jobId, deviceId, after, limit })
        .map((r) => stepFromRow({ ...r, job_id: jobId, device_id: deviceId })),
    counts: (jobId: string): DeviceCounts[] => counts.all(jobId),
    /** One terminal's step counts in a job (a run starting reads its own, not the whole job's). */
    deviceCounts: (jobId: string, deviceId: string): DeviceCounts => ({
      deviceId,
      ...deviceCounts.get(jobId, deviceId)!,
    }),
    failures: (jobId: string): JournalStep[] => failures.all(jobId).map(stepFromRow),
    /** Skipped steps per terminal and why (NOT_SUPPORTED: cannot hold; DEVICE_REJECTED: person refused). */
    skippedBy: (jobId: string) => skippedBy.all(jobId),
    /** Who failed where in a job (a retry's scope): per terminal, the persons, not their steps. */
    failedPersons(jobId: string): Map<string, Set<string>> {
      const byDevice = new Map<string, Set<string>>()
      for (const [deviceId, employeeNo] of failedPersons.iterate(jobId)) {
        let set = byDevice.get(deviceId)
        if (!set) byDevice.set(deviceId, (set = new Set()))
        set.add(employeeNo)
      }
      return byDevice
    },
    /** Several step outcomes in one transaction (the runner batches them). */
    markMany(outcomes: StepOutcomeRecord[], at: string, also?: () => void): void {
      db.transaction(() => {
        // plain successes (most of them) are marked a device at a time
        const done = new Map<string, { jobId: string; deviceId: string; seqs: number[] }>()
        for (const o of outcomes) {
          if (o.state === 'done' && !o.errorCode && !o.reason && !o.deviceCode) {
            const key = `${o.jobId}\n${o.deviceId}`
            const d = done.get(key) ?? { jobId: o.jobId, deviceId: o.deviceId, seqs: [] }
            d.seqs.push(o.seq)
            done.set(key, d)
            continue
          }
          mark.run({
            jobId: o.jobId,
            deviceId: o.deviceId,
            seq: o.seq,
            state: o.state,
            errorCode: o.errorCode ?? null,
            reason: o.reason ?? null,
            deviceCode: o.deviceCode ? JSON.stringify(o.deviceCode) : null,
            at,
          })
        }
        for (const d of done.values())
          markDone.run({ jobId: d.jobId, deviceId: d.deviceId, seqs: JSON.stringify(d.seqs), at })
        also?.()
      })()
    },
    /** Unfinished jobs (oldest first) that still have steps pending on this terminal. */
    unfinishedOn: (deviceId: string): string[] => unfinishedOn.all(deviceId).map((r) => r.job_id),
    /**
     * A newer plan replaces a job's pending steps on one terminal: they are closed as skipped
     * (with the reason) in one transaction; returns whose steps they were.
     */
    supersede(jobId: string, deviceId: string, at: string): string[] {
      return db.transaction(() => {
        const persons = pendingPersons.all(jobId, deviceId).map((r) => r.employee_no)
        supersede.run({ jobId, deviceId, reason: SUPERSEDED_REASON, at })
        return persons
      })()
    },
    hasPending: (jobId: string): boolean => anyPending.get(jobId) !== undefined,
    /** Whether a job still has steps pending on one terminal. */
    hasPendingOn: (jobId: string, deviceId: string): boolean =>
      devicePending.get(jobId, deviceId) !== undefined,
    /**
     * A running job grows (continuous apply): these persons' pending steps on the terminal are
     * replaced by a fresh plan of them, appended after the job's last step there, in one
     * transaction (a crash leaves either the old steps or the new ones). How many were added.
     */
    append(
      jobId: string,
      deviceId: string,
      persons: readonly string[],
      steps: readonly PlannedStep[],
      at: string,
    ): number {
      return db.transaction(() => {
        dropPendingOf.run({ jobId, deviceId, persons: JSON.stringify(persons) })
        const after = lastSeq.get(jobId, deviceId) as number
        const rows = steps.map((s, i) => [
          deviceId,
          after + i + 1,
          s.employeeNo,
          s.kind,
          s.target,
          s.state,
          s.errorCode,
          s.reason,
        ])
        if (rows.length > 0) insertSteps.run({ jobId, at, rows: JSON.stringify(rows) })
        return rows.length
      })()
    },
    /** These persons' pending steps on a terminal, in order (a revocation that jumps the queue). */
    pendingOf: (jobId: string, deviceId: string, persons: readonly string[]): JournalStep[] =>
      pendingOf.all({ jobId, deviceId, persons: JSON.stringify(persons) }).map(stepFromRow),
    wasSuperseded: (jobId: string): boolean =>
      superseded.get(jobId, SUPERSEDED_REASON) !== undefined,
    stepsForPerson: (employeeNo: string): JournalStep[] =>
      latestForPerson.all(employeeNo).map(stepFromRow),
  }
}
