// A terminal's own configuration resources (guide chapter 21), one generic mechanism: the
// station's registry names the resources, the terminal's capability documents say what each
// field may hold. Not to be confused with `settings.*`, the station's own preferences.
import { z } from 'zod'
import { id, method } from './method'

/** Where a resource appears on the Terminal page. */
export const CONFIG_GROUPS = [
  'general',
  'time',
  'authentication',
  'doors',
  'accessRules',
  'health',
  'attendance',
  'eventConfig',
  'network',
  'screen',
  'intercom',
  'picture',
  'voice',
] as const
export type ConfigGroup = (typeof CONFIG_GROUPS)[number]

export interface ConfigLabel {
  en: string
  zh: string
}

/** One resource per terminal, one per door, one per card reader, or numbered instances. */
export type ConfigScope = 'singleton' | 'door' | 'reader' | 'instance'

export interface ConfigResourceInfo {
  /** The ISAPI document's root name (`CardReaderCfg`). */
  id: string
  group: ConfigGroup
  label: ConfigLabel
  /** Guide section (access-control guide chapter 21). */
  guide: string
  scope: ConfigScope
  /** Instance numbers this terminal has (doors 1..n, readers 1..n); [] for a singleton. */
  ids: number[]
  /** Changing it reboots the terminal. */
  reboots: boolean
  /** The terminal offers it (its capabilities say so); the others are listed so a screen can
   * say what this terminal lacks. */
  offered: boolean
}

export type ConfigValue = string | number | boolean

/** A field of a resource as the terminal's capabilities describe it (dotted key for nesting). */
export interface ConfigField {
  key: string
  label: ConfigLabel | null
  type: 'number' | 'string' | 'enum' | 'boolean'
  /** Numbers: the allowed range. */
  min?: number
  max?: number
  /** Numbers: fractions allowed (a temperature, an emissivity); absent: whole numbers. */
  decimals?: boolean
  /** Strings: the allowed length in bytes. */
  minLength?: number
  maxLength?: number
  /** Enumerations: the values the terminal offers… */
  options?: string[]
  /** …and words for those the station knows. */
  optionLabels?: Record<string, ConfigLabel>
  /** The terminal states no constraint for it (or the registry keeps it read-only). */
  readOnly: boolean
  /** Write-only (a code, key or password): never shown, entered in a password input. */
  secret?: boolean
}

export interface ConfigCaps {
  resource: string
  instance: number | null
  fields: ConfigField[]
}

export interface ConfigDocument {
  resource: string
  instance: number | null
  /** Every leaf of the document by dotted key (lists shown whole as JSON text). */
  values: Record<string, ConfigValue | null>
}

export interface ConfigChange {
  key: string
  before: ConfigValue | null
  after: ConfigValue | null
}

export interface ConfigSetResult extends ConfigDocument {
  /** What differs between the terminal's document before and after (read back); with
   * `checkOnly`, what would change. */
  changed: ConfigChange[]
  /** Nothing was written (`checkOnly`). */
  checkedOnly: boolean
  /** Requested fields the terminal accepted but did not take (its read-back value differs). */
  notApplied: string[]
  /** DeviceInfo's deviceName changed: the station's own name for the terminal followed
   * (`done`, when it equalled the terminal's old name) or is offered (`done: false`). */
  stationRename?: { from: string; to: string; done: boolean }
}

const target = {
  deviceId: id,
  resource: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a resource name such as Time'),
  instance: z.number().int().min(0).max(65535).optional(),
}

export const configValue = z.union([z.string().max(1024), z.number().finite(), z.boolean()])

export const configApi = {
  /** Every configuration resource the station knows, each marked offered or not by this
   * terminal's capabilities, with its group and instances. */
  'config.list': method<ConfigResourceInfo[]>()(z.object({ deviceId: id }).strict()),
  /** The terminal's current document of one resource. */
  'config.get': method<ConfigDocument>()(z.object(target).strict()),
  /** The fields of one resource with the ranges and options this terminal states. */
  'config.caps': method<ConfigCaps>()(z.object(target).strict()),
  /**
   * Changes some fields: checked against the terminal's capabilities first (OUT_OF_RANGE with
   * the allowed range, nothing sent), then read-modify-write of the terminal's document, read
   * back, and what changed.
   */
  'config.set': method<ConfigSetResult>()(
    z
      .object({
        ...target,
        changes: z.record(z.string().min(1).max(200), configValue),
        /** Only check against the terminal's capabilities (reads, never writes). */
        checkOnly: z.boolean().optional(),
      })
      .strict()
      .refine((a) => Object.keys(a.changes).length > 0, { message: 'no change given' }),
  ),
}
