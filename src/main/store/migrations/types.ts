import type { Database } from 'better-sqlite3'

export interface Migration {
  /** Numbered in tens (10, 20, …) so a fix can slot in between; stored as PRAGMA user_version. */
  version: number
  name: string
  up(db: Database): void
}
