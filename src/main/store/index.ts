import type { Database } from 'better-sqlite3'
import { applyStateRepo } from './apply-state-repo'
import { assignmentsRepo } from './assignments-repo'
import { auditRepo } from './audit-repo'
import { countsRepo } from './counts-repo'
import { credentialsRepo } from './credentials-repo'
import { devicesRepo } from './devices-repo'
import { eventsRepo } from './events-repo'
import { holdingsRepo } from './holdings-repo'
import { journalRepo } from './journal-repo'
import { personsRepo } from './persons-repo'
import { profilesRepo } from './profiles-repo'
import { rosterSnapshotRepo } from './roster-snapshot-repo'
import { searchRepo } from './search-repo'
import { schedulesRepo } from './schedules-repo'
import { openDatabase } from './open'
import { settingsRepo } from './settings-repo'
import { syncSnapshotsRepo } from './sync-snapshots-repo'
import { leasesRepo } from './leases-repo'
import { accessGroupsRepo } from './access-groups-repo'
import { rosterChangesRepo } from './roster-changes-repo'
import { validityRepo } from './validity-repo'
import { personPagesRepo } from './person-pages-repo'
import { slicedTransaction } from './sliced-transaction'
import { departmentsRepo } from './departments-repo'
import { userVersion } from './migrate'
import { writeMark } from './write-mark'

export interface Store {
  db: Database
  schemaVersion(): number
  settings: ReturnType<typeof settingsRepo>
  audit: ReturnType<typeof auditRepo>
  counts: ReturnType<typeof countsRepo>
  persons: ReturnType<typeof personsRepo>
  devices: ReturnType<typeof devicesRepo>
  events: ReturnType<typeof eventsRepo>
  assignments: ReturnType<typeof assignmentsRepo>
  applyState: ReturnType<typeof applyStateRepo>
  holdings: ReturnType<typeof holdingsRepo>
  journal: ReturnType<typeof journalRepo>
  snapshot: ReturnType<typeof rosterSnapshotRepo>
  credentials: ReturnType<typeof credentialsRepo>
  search: ReturnType<typeof searchRepo>
  schedules: ReturnType<typeof schedulesRepo>
  syncSnapshots: ReturnType<typeof syncSnapshotsRepo>
  profiles: ReturnType<typeof profilesRepo>
  leases: ReturnType<typeof leasesRepo>
  groups: ReturnType<typeof accessGroupsRepo>
  changes: ReturnType<typeof rosterChangesRepo>
  validity: ReturnType<typeof validityRepo>
  personPages: ReturnType<typeof personPagesRepo>
  departments: ReturnType<typeof departmentsRepo>
  /** One transaction over several turns of the event loop (imports written in slices). */
  sliced: ReturnType<typeof slicedTransaction>
  /** Moves whenever anything may have been written (here or by another process). */
  writeMark: () => string
  /** Runs fn in one transaction (nested calls join the outer one). */
  tx<T>(fn: () => T): T
  close(): void
}

export function openStore(file: string): Store {
  const db = openDatabase({ file })
  return {
    db,
    schemaVersion: () => userVersion(db),
    settings: settingsRepo(db),
    audit: auditRepo(db),
    counts: countsRepo(db),
    persons: personsRepo(db),
    devices: devicesRepo(db),
    events: eventsRepo(db),
    assignments: assignmentsRepo(db),
    applyState: applyStateRepo(db),
    holdings: holdingsRepo(db),
    journal: journalRepo(db),
    snapshot: rosterSnapshotRepo(db),
    credentials: credentialsRepo(db),
    search: searchRepo(db),
    schedules: schedulesRepo(db),
    syncSnapshots: syncSnapshotsRepo(db),
    profiles: profilesRepo(db),
    leases: leasesRepo(db),
    groups: accessGroupsRepo(db),
    changes: rosterChangesRepo(db),
    validity: validityRepo(db),
    personPages: personPagesRepo(db),
    departments: departmentsRepo(db),
    sliced: slicedTransaction(db),
    writeMark: writeMark(db),
    tx: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  }
}

export { openDatabase } from './open'
export { migrate, userVersion } from './migrate'
export { MIGRATIONS, LATEST_VERSION } from './migrations'
