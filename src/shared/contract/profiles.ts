// Site profiles (issue 15): a named set of configuration settings (any resource of the
// settings mechanism, contract/config.ts, with only the fields chosen) assigned to terminals by
// site, model or selection, with per-terminal overrides; planned, applied through a journal,
// read back for drift; the commissioning report; a site's export / import.
import { z } from 'zod'
import type { ErrorCode } from '../result'
import type { Reason } from '../reason-text'
import { configValue, type ConfigLabel, type ConfigValue } from './config'
import { id, method } from './method'

/** Some fields of one resource (one instance of a per-door / per-reader resource). */
export interface ProfileSetting {
  resource: string
  /** Door / reader / instance number; null for a one-per-terminal resource. */
  instance: number | null
  values: Record<string, ConfigValue>
}

export type ProfileTargetKind = 'site' | 'model' | 'device'

export interface ProfileTarget {
  kind: ProfileTargetKind
  /** The site's name, the model (DS-K1T671M), or a terminal's id. */
  value: string
}

export interface ProfileOverride {
  deviceId: string
  settings: ProfileSetting[]
}

export interface Profile {
  id: string
  name: string
  description: string
  settings: ProfileSetting[]
  targets: ProfileTarget[]
  overrides: ProfileOverride[]
  createdAt: string
  updatedAt: string
}

/** One field of a terminal's plan: what will change, or why it cannot be sent there. */
export interface PlanItem {
  resource: string
  instance: number | null
  key: string
  /** What the terminal holds now (null: unknown or absent). */
  before: ConfigValue | null
  /** What the profile (with this terminal's override) wants. */
  after: ConfigValue
  /** change: will be sent; same: already so; unsupported: not sent, with the reason. */
  status: 'change' | 'same' | 'unsupported'
  reason?: string
  /** The reason as a code with parameters, worded in en and zh by the UI. */
  why?: Reason
  code?: ErrorCode
  /** The value comes from this terminal's override. */
  override?: boolean
}

export interface TerminalPlan {
  deviceId: string
  device: string
  model: string
  site: string
  /** The profile this terminal follows (null: none). */
  profile: string | null
  /** ready: read and checked; unreadable: the terminal could not be read (nothing planned). */
  state: 'ready' | 'unreadable' | 'noProfile'
  error?: { code: ErrorCode; message: string; details?: Record<string, unknown> }
  items: PlanItem[]
}

export type ProfileStepState = 'pending' | 'done' | 'failed' | 'paused'

export interface ProfileStepView {
  deviceId: string
  device: string
  resource: string
  instance: number | null
  changes: Record<string, ConfigValue>
  state: ProfileStepState
  /** Read back after the write: key before → after. */
  changed: { key: string; before: ConfigValue | null; after: ConfigValue | null }[]
  /** The failure with the terminal's own codes (statusCode, subStatusCode …) in details. */
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> } | null
}

export interface ProfileJob {
  id: string
  createdAt: string
  finishedAt: string | null
  /** running; done: every step done; failed: some failed; paused: some wait for a terminal. */
  state: 'running' | 'done' | 'failed' | 'paused'
  steps: ProfileStepView[]
  /** Terminals with fields that were not sent (outside their capabilities). */
  unsupported: { deviceId: string; device: string; items: PlanItem[] }[]
}

export interface DriftField {
  resource: string
  instance: number | null
  key: string
  desired: ConfigValue
  actual: ConfigValue | null
}

export interface DriftView {
  deviceId: string
  device: string
  profile: string | null
  /** ok: holds the profile; drifted: fields differ; unreadable: could not be read. */
  state: 'ok' | 'drifted' | 'unreadable' | 'noProfile'
  checkedAt: string
  fields: DriftField[]
  error?: { code: ErrorCode; message: string }
}

/** A section a profile can be made of (the resources of the settings mechanism). */
export interface ProfileSection {
  resource: string
  label: ConfigLabel
  group: string
}

const name = z.string().trim().min(1).max(64)
const resource = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a resource name such as Time')
const instance = z.number().int().min(0).max(65535).nullable()
export const profileSetting = z
  .object({
    resource,
    instance,
    values: z
      .record(z.string().min(1).max(200), configValue)
      .refine((v) => Object.keys(v).length > 0, 'at least one field'),
  })
  .strict()
export const profileTarget = z
  .object({ kind: z.enum(['site', 'model', 'device']), value: z.string().min(1).max(128) })
  .strict()
const pick = {
  profile: name.optional(),
  deviceIds: z.array(id).max(1000).optional(),
}

export const profilesApi = {
  'profiles.list': method<Profile[]>()(z.object({}).strict()),
  'profiles.get': method<Profile>()(z.object({ name }).strict()),
  /** Creates or replaces a profile's settings (by name). */
  'profiles.save': method<Profile>()(
    z
      .object({
        name,
        description: z.string().max(500).optional(),
        settings: z.array(profileSetting).max(500),
      })
      .strict(),
  ),
  /** A profile from a terminal's current settings: the chosen sections (resources or groups). */
  'profiles.fromDevice': method<Profile>()(
    z
      .object({
        name,
        deviceId: id,
        /** Resource ids (DoorParam) or groups (time, doors …); none = every offered resource. */
        sections: z.array(z.string().min(1).max(64)).max(200).optional(),
      })
      .strict(),
  ),
  'profiles.remove': method<{ removed: boolean }>()(z.object({ name }).strict()),
  /** Assigns to a site, a model or terminals (adds; `clear` first removes the others). */
  'profiles.assign': method<Profile>()(
    z
      .object({ name, targets: z.array(profileTarget).max(500), clear: z.boolean().optional() })
      .strict(),
  ),
  'profiles.unassign': method<Profile>()(
    z.object({ name, targets: z.array(profileTarget).max(500) }).strict(),
  ),
  /** One terminal's own values (door names): replaces its override (empty = none). */
  'profiles.override': method<Profile>()(
    z.object({ name, deviceId: id, settings: z.array(profileSetting).max(500) }).strict(),
  ),
  'profiles.sections': method<ProfileSection[]>()(z.object({}).strict()),
  /** What would change, per terminal, checked against each one's capabilities; sends nothing. */
  'profiles.plan': method<TerminalPlan[]>()(z.object(pick).strict()),
  /** Plans, then sends through the journal; `wait` returns when every step is done or paused. */
  'profiles.apply': method<ProfileJob>()(
    z.object({ ...pick, wait: z.boolean().optional() }).strict(),
  ),
  'profiles.job': method<ProfileJob | null>()(z.object({ jobId: id.optional() }).strict()),
  /** Reads the terminals back now and compares with their profiles. */
  'profiles.drift': method<DriftView[]>()(z.object(pick).strict()),
  /** The last drift found (scheduled or on demand), without reading the terminals. */
  'profiles.driftState': method<DriftView[]>()(z.object({}).strict()),
  /** Takes a drifted terminal's values into the profile (or into its override). */
  'profiles.adopt': method<Profile>()(
    z
      .object({
        deviceId: id,
        keys: z.array(z.string().min(1).max(300)).max(500).optional(),
        into: z.enum(['profile', 'override']).optional(),
      })
      .strict(),
  ),
}
