import type { Migration } from './types'
import { m0010InitialRoster } from './0010-initial-roster'
import { m0020RosterSearch } from './0020-roster-search'
import { m0030Apply } from './0030-apply'
import { m0040Events } from './0040-events'
import { m0050Schedules } from './0050-schedules'
import { m0060ApplyState } from './0060-apply-state'
import { m0070EventRetention } from './0070-event-retention'
import { m0080RosterScale } from './0080-roster-scale'
import { m0090SyncSnapshots } from './0090-sync-snapshots'
import { m0130ScheduleModes } from './0130-schedule-modes'
import { m0160Profiles } from './0160-profiles'
import { m0180TerminalLeases } from './0180-terminal-leases'
import { m0200EventHealth } from './0200-event-health'
import { m0210AccessGroups } from './0210-access-groups'
import { m0230DuplicateDismissals } from './0230-duplicate-dismissals'
import { m0320RowBatches } from './0320-row-batches'
import { m0330TypedHoldings } from './0330-typed-holdings'
import { m0240ChangeKinds } from './0240-change-kinds'
import { m0280EventIdCard } from './0280-event-id-card'
import { m0220Departments } from './0220-departments'
import { m0380FaceLikenessDismissals } from './0380-face-likeness-dismissals'

/** Ordered registry: append only, never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  m0010InitialRoster,
  m0020RosterSearch,
  m0030Apply,
  m0040Events,
  m0050Schedules,
  m0060ApplyState,
  m0070EventRetention,
  m0080RosterScale,
  m0090SyncSnapshots,
  m0130ScheduleModes,
  m0160Profiles,
  m0180TerminalLeases,
  m0200EventHealth,
  m0210AccessGroups,
  m0220Departments,
  m0230DuplicateDismissals,
  m0240ChangeKinds,
  m0280EventIdCard,
  m0320RowBatches,
  m0330TypedHoldings,
  m0380FaceLikenessDismissals,
]

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0

export type { Migration }
