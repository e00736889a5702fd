import type { Database } from 'better-sqlite3'

/**
 * A mark that moves whenever the database may have changed: rows written on this connection
 * (`total_changes()`) or a commit by another connection (`PRAGMA data_version`). Two counter
 * reads, no table touched: a reader may keep what it read while the mark stays the same.
 */
export function writeMark(db: Database): () => string {
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck()
  const version = db.prepare<[], number>('PRAGMA data_version').pluck()
  return () => `${changes.get()!}:${version.get()!}`
}
