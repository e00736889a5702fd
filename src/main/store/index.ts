import type { Database } from 'better-sqlite3'
import { auditRepo } from './audit-repo'
import { countsRepo } from './counts-repo'
import { openDatabase } from './open'
import { settingsRepo } from './settings-repo'
import { userVersion } from './migrate'

export interface Store {
  db: Database
  schemaVersion(): number
  settings: ReturnType<typeof settingsRepo>
  audit: ReturnType<typeof auditRepo>
  counts: ReturnType<typeof countsRepo>
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
    close: () => db.close(),
  }
}

export { openDatabase } from './open'
export { migrate, userVersion } from './migrate'
export { MIGRATIONS, LATEST_VERSION } from './migrations'
