// Jobs another station process runs on this database (the CLI's `apply`, a second station): they
// write their progress to the journal, and this station pushes it as apply.progress, so its
// screens follow those jobs live as they follow its own — a job begun and ended between two looks
// too. SQLite's `PRAGMA data_version` (a counter read, no table touched) says when another
// connection has written; only then is the journal looked at. What a terminal waits for lives in
// the running process only: these pushes carry the counts and the job's state, not pause reasons.
import type { ApplyJob, ApplyJobState } from '@shared/model'
import type { JobRow } from '../../store/journal-repo'
import type { StationContext } from '../context'
import { announceJob } from './job-progress'

export interface JobsElsewhereDeps {
  /** This process runs (or ran) the job: it pushes its progress itself. */
  ownJob(jobId: string): boolean
  /** The job as the journal has it now. */
  job(jobId: string): ApplyJob
  /** Persons' apply states moved (the other process wrote them): says so to the screens. */
  statesMoved(): void
}

/** The latest jobs looked at besides the unfinished ones (a screen shows the latest). */
const RECENT = 10
const MOVING: ReadonlySet<ApplyJobState> = new Set(['planned', 'running'])

export function followJobsElsewhere(
  ctx: Pick<StationContext, 'store' | 'bus' | 'logger'>,
  deps: JobsElsewhereDeps,
  pollMs: number,
): { close(): void } {
  const { journal, changes } = ctx.store
  const rowKey = (j: JobRow) => `${j.state} ${j.finishedAt ?? ''}`
  /** Each job's row as last looked at, and what was last pushed of each of its terminals. */
  const seen = new Map<string, string>()
  const pushed = new Map<string, Map<string, string>>()
  let version: number | null = null

  const rows = (): JobRow[] => {
    const byId = new Map<string, JobRow>()
    for (const j of [...journal.unfinished(), ...journal.jobs(RECENT)]) byId.set(j.id, j)
    return [...byId.values()]
  }

  /** Pushes what changed of the job since the last push; whether anything did. */
  const push = (jobId: string): boolean => {
    const job = deps.job(jobId)
    const shown = pushed.get(jobId) ?? new Map<string, string>()
    pushed.set(jobId, shown)
    const changed = job.devices.filter((d) => {
      const key = `${job.state} ${d.total} ${d.done} ${d.failed} ${d.skipped}`
      if (shown.get(d.deviceId) === key) return false
      shown.set(d.deviceId, key)
      return true
    })
    announceJob(ctx.bus, jobId, job.state, changed)
    return changed.length > 0
  }

  const look = (): void => {
    try {
      const now = changes.dataVersion()
      if (now === version) return
      version = now
      const current = rows()
      let moved = false
      for (const row of current) {
        if (deps.ownJob(row.id)) continue
        const key = rowKey(row)
        // a job that runs may have moved on; one that has not changed state was pushed already
        if (!MOVING.has(row.state) && seen.get(row.id) === key) continue
        seen.set(row.id, key)
        moved = push(row.id) || moved
      }
      if (moved) deps.statesMoved()
      const kept = new Set(current.map((j) => j.id))
      for (const id of seen.keys()) if (!kept.has(id)) seen.delete(id)
      for (const id of pushed.keys()) if (!kept.has(id)) pushed.delete(id)
    } catch (error) {
      ctx.logger.warn('jobs of other processes not read', { error: String(error) })
    }
  }

  // the jobs as they stand at start are history, not news
  try {
    version = changes.dataVersion()
    for (const row of rows()) seen.set(row.id, rowKey(row))
  } catch (error) {
    ctx.logger.warn('jobs of other processes not read', { error: String(error) })
  }
  const timer = pollMs > 0 ? setInterval(look, pollMs) : null
  timer?.unref?.()
  return { close: () => timer && clearInterval(timer) }
}
