import type { Database } from 'better-sqlite3'
import type { RosterCounts } from '@shared/model'

export function countsRepo(db: Database) {
  const stmt = db.prepare<[], RosterCounts>(`
    SELECT (SELECT count(*) FROM persons)      AS persons,
           (SELECT count(*) FROM cards)        AS cards,
           (SELECT count(*) FROM fingerprints) AS fingerprints,
           (SELECT count(*) FROM faces)        AS faces,
           (SELECT count(*) FROM irises)       AS irises,
           (SELECT count(*) FROM devices)      AS devices`)
  return { get: (): RosterCounts => stmt.get()! }
}
