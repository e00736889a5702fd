// Profiles, their targets and overrides, the apply journal and the last drift per terminal
// (migration 0160). JSON columns are parsed here once; their shapes are checked at the contract.
import type { Database } from 'better-sqlite3'
import type {
  DriftView,
  PlanItem,
  Profile,
  ProfileSetting,
  ProfileStepState,
  ProfileTarget,
} from '@shared/contract/profiles'
import type { ConfigValue } from '@shared/contract/config'

interface ProfileRow {
  id: string
  name: string
  description: string
  settings: string
  created_at: string
  updated_at: string
}

export interface StepRecord {
  jobId: string
  seq: number
  deviceId: string
  resource: string
  instance: number | null
  changes: Record<string, ConfigValue>
  state: ProfileStepState
  changed: { key: string; before: ConfigValue | null; after: ConfigValue | null }[]
  error: { code: string; message: string; details?: Record<string, unknown> } | null
}

export interface JobRecord {
  id: string
  createdAt: string
  finishedAt: string | null
  unsupported: { deviceId: string; device: string; items: PlanItem[] }[]
}

interface StepRow {
  job_id: string
  seq: number
  device_id: string
  resource: string
  instance: number | null
  changes: string
  state: ProfileStepState
  changed: string
  error: string | null
}

const step = (r: StepRow): StepRecord => ({
  jobId: r.job_id,
  seq: r.seq,
  deviceId: r.device_id,
  resource: r.resource,
  instance: r.instance,
  changes: JSON.parse(r.changes) as StepRecord['changes'],
  state: r.state,
  changed: JSON.parse(r.changed) as StepRecord['changed'],
  error: r.error === null ? null : (JSON.parse(r.error) as StepRecord['error']),
})

export function profilesRepo(db: Database) {
  const all = db.prepare<[], ProfileRow>('SELECT * FROM profiles ORDER BY name')
  const byName = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE name = ?')
  const upsert = db.prepare(
    `INSERT INTO profiles (id, name, description, settings, created_at, updated_at)
     VALUES (@id, @name, @description, @settings, @at, @at)
     ON CONFLICT (name) DO UPDATE SET description = excluded.description,
       settings = excluded.settings, updated_at = excluded.updated_at`,
  )
  const removeOne = db.prepare<[string]>('DELETE FROM profiles WHERE name = ?')
  const targets = db.prepare<[string], ProfileTarget>(
    'SELECT kind, value FROM profile_targets WHERE profile_id = ? ORDER BY kind, value',
  )
  const addTarget = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO profile_targets (profile_id, kind, value) VALUES (?, ?, ?)',
  )
  const dropTarget = db.prepare<[string, string, string]>(
    'DELETE FROM profile_targets WHERE profile_id = ? AND kind = ? AND value = ?',
  )
  const clearTargets = db.prepare<[string]>('DELETE FROM profile_targets WHERE profile_id = ?')
  const overrides = db.prepare<[string], { device_id: string; settings: string }>(
    'SELECT device_id, settings FROM profile_overrides WHERE profile_id = ? ORDER BY device_id',
  )
  const putOverride = db.prepare<[string, string, string]>(
    `INSERT INTO profile_overrides (profile_id, device_id, settings) VALUES (?, ?, ?)
     ON CONFLICT (profile_id, device_id) DO UPDATE SET settings = excluded.settings`,
  )
  const dropOverride = db.prepare<[string, string]>(
    'DELETE FROM profile_overrides WHERE profile_id = ? AND device_id = ?',
  )
  const touch = db.prepare<[string, string]>('UPDATE profiles SET updated_at = ? WHERE id = ?')

  const insertJob = db.prepare<[string, string, string]>(
    'INSERT INTO profile_jobs (id, created_at, unsupported) VALUES (?, ?, ?)',
  )
  const insertStep = db.prepare(
    `INSERT INTO profile_steps (job_id, seq, device_id, resource, instance, changes, state)
     VALUES (@jobId, @seq, @deviceId, @resource, @instance, @changes, 'pending')`,
  )
  const finishStep = db.prepare(
    `UPDATE profile_steps SET state = @state, changed = @changed, error = @error
     WHERE job_id = @jobId AND seq = @seq`,
  )
  const jobSteps = db.prepare<[string], StepRow>(
    'SELECT * FROM profile_steps WHERE job_id = ? ORDER BY seq',
  )
  const jobRow = db.prepare<
    [string],
    { id: string; created_at: string; finished_at: string | null; unsupported: string }
  >('SELECT * FROM profile_jobs WHERE id = ?')
  const latestJob = db.prepare<[], { id: string }>(
    'SELECT id FROM profile_jobs ORDER BY created_at DESC, rowid DESC LIMIT 1',
  )
  const openSteps = db.prepare<[], StepRow>(
    `SELECT * FROM profile_steps WHERE state IN ('pending', 'paused') ORDER BY job_id, seq`,
  )
  const finishJob = db.prepare<[string, string]>(
    'UPDATE profile_jobs SET finished_at = ? WHERE id = ? AND finished_at IS NULL',
  )
  const putDrift = db.prepare<[string, string, string]>(
    `INSERT INTO profile_drift (device_id, checked_at, view) VALUES (?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET checked_at = excluded.checked_at, view = excluded.view`,
  )
  const drifts = db.prepare<[], { view: string }>(
    'SELECT view FROM profile_drift ORDER BY device_id',
  )

  const full = (r: ProfileRow): Profile => ({
    id: r.id,
    name: r.name,
    description: r.description,
    settings: JSON.parse(r.settings) as ProfileSetting[],
    targets: targets.all(r.id),
    overrides: overrides.all(r.id).map((o) => ({
      deviceId: o.device_id,
      settings: JSON.parse(o.settings) as ProfileSetting[],
    })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  })

  return {
    list: (): Profile[] => all.all().map(full),
    get: (name: string): Profile | undefined => {
      const r = byName.get(name)
      return r ? full(r) : undefined
    },
    save(p: {
      id: string
      name: string
      description: string
      settings: ProfileSetting[]
      at: string
    }): void {
      upsert.run({ ...p, settings: JSON.stringify(p.settings) })
    },
    remove: (name: string): boolean => removeOne.run(name).changes > 0,
    setTargets(profileId: string, add: ProfileTarget[], remove: ProfileTarget[], clear: boolean) {
      if (clear) clearTargets.run(profileId)
      for (const t of add) addTarget.run(profileId, t.kind, t.value)
      for (const t of remove) dropTarget.run(profileId, t.kind, t.value)
    },
    setOverride(profileId: string, deviceId: string, settings: ProfileSetting[]): void {
      if (settings.length === 0) dropOverride.run(profileId, deviceId)
      else putOverride.run(profileId, deviceId, JSON.stringify(settings))
    },
    touch: (profileId: string, at: string): void => void touch.run(at, profileId),

    /** A job and all its steps, written at once before anything is sent. */
    createJob(
      job: JobRecord,
      steps: Pick<StepRecord, 'deviceId' | 'resource' | 'instance' | 'changes'>[],
    ): void {
      insertJob.run(job.id, job.createdAt, JSON.stringify(job.unsupported))
      steps.forEach((s, seq) =>
        insertStep.run({
          jobId: job.id,
          seq,
          deviceId: s.deviceId,
          resource: s.resource,
          instance: s.instance,
          changes: JSON.stringify(s.changes),
        }),
      )
    },
    finishStep(s: Pick<StepRecord, 'jobId' | 'seq' | 'state' | 'changed' | 'error'>): void {
      finishStep.run({
        jobId: s.jobId,
        seq: s.seq,
        state: s.state,
        changed: JSON.stringify(s.changed),
        error: s.error === null ? null : JSON.stringify(s.error),
      })
    },
    finishJob: (jobId: string, at: string): void => void finishJob.run(at, jobId),
    job(jobId: string): { job: JobRecord; steps: StepRecord[] } | undefined {
      const r = jobRow.get(jobId)
      if (!r) return undefined
      return {
        job: {
          id: r.id,
          createdAt: r.created_at,
          finishedAt: r.finished_at,
          unsupported: JSON.parse(r.unsupported) as JobRecord['unsupported'],
        },
        steps: jobSteps.all(jobId).map(step),
      }
    },
    latestJobId: (): string | undefined => latestJob.get()?.id,
    /** Steps not done yet (pending after a crash, paused on an offline / locked terminal). */
    openSteps: (): StepRecord[] => openSteps.all().map(step),
    putDrift: (v: DriftView): void => void putDrift.run(v.deviceId, v.checkedAt, JSON.stringify(v)),
    drifts: (): DriftView[] => drifts.all().map((r) => JSON.parse(r.view) as DriftView),
  }
}
