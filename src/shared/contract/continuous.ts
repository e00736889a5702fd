// Continuous apply's contract: what waits to be sent to the terminals (adds, updates, removals,
// removals called out) and rule changes that would take access away (asked before saving).
import { z } from 'zod'
import { method } from './method'

export type PendingChangeKind = 'add' | 'update' | 'remove'

/** What another process on the same data folder changed: persons, rules, terminals, settings, schedules. */
export type ChangeKind = 'persons' | 'rules' | 'devices' | 'settings' | 'schedules'

/** One person's change waiting for one terminal. */
export interface PendingChange {
  deviceId: string
  employeeNo: string
  /** The roster name (for a person deleted from the roster: the last name the station knew, or null). */
  name: string | null
  /** Still in the roster (false: deleted, so removed from every terminal). */
  inRoster: boolean
  change: PendingChangeKind
  /** The person's validity has not begun: sent now, let in by the terminal from this local time. */
  startsAt?: string | null
}

/** What waits for one terminal. */
export interface PendingDevice {
  deviceId: string
  deviceName: string
  adds: number
  updates: number
  removals: number
}

/** Everything waiting to be sent: counts per terminal and the first `limit` changes (removals first). */
export interface PendingChanges {
  /** Person × terminal changes waiting. */
  total: number
  /** Terminals with something waiting. */
  terminals: number
  devices: PendingDevice[]
  items: PendingChange[]
  /** More changes wait than `items` lists. */
  truncated: boolean
  /** Terminals whose access, reader or door schedules (or bindings) wait to be written. */
  schedules: { deviceId: string; deviceName: string }[]
}

/** What a rule change would do: persons it would take off terminals (asked before saving). */
export interface RuleImpact {
  /** Person × terminal pairs that would be removed. */
  removals: number
  /** Distinct persons losing at least one terminal. */
  persons: number
  /** Terminals losing at least one person. */
  terminals: number
}

export const continuousApi = {
  /** What waits to be sent (computed from the roster, the rules and what each terminal holds). */
  'apply.pending': method<PendingChanges>()(
    z.object({ limit: z.number().int().min(0).max(1000).default(200) }).strict(),
  ),
}
