import type { Migration } from './types'

// Duplicate checks (issue 14): an operator may say "these are not duplicates" (two persons who
// really share an employee number's spelling, a shared visitor card …). The choice holds for
// that group of persons only: when its members change, the group is listed again.
export const m0230DuplicateDismissals: Migration = {
  version: 230,
  name: 'duplicate-dismissals',
  up: (db) => {
    db.exec(`
      CREATE TABLE duplicate_dismissals (
        kind         TEXT NOT NULL CHECK (kind IN ('card', 'employeeNo', 'fingerprint', 'face')),
        key          TEXT NOT NULL,
        members      TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
    `)
  },
}
