import type { Migration } from './types'

// Faces a terminal's face search found alike (issue 14 item 4, kind 'faceLikeness') can be
// dismissed like the other duplicate kinds: the kind check of duplicate_dismissals admits it.
// SQLite cannot change a CHECK in place, so the table is copied into its new shape.
export const m0380FaceLikenessDismissals: Migration = {
  version: 380,
  name: 'face-likeness-dismissals',
  up: (db) => {
    db.exec(`
      CREATE TABLE duplicate_dismissals_new (
        kind         TEXT NOT NULL
                     CHECK (kind IN ('card', 'employeeNo', 'fingerprint', 'face', 'faceLikeness')),
        key          TEXT NOT NULL,
        members      TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
      INSERT INTO duplicate_dismissals_new (kind, key, members, dismissed_at)
        SELECT kind, key, members, dismissed_at FROM duplicate_dismissals;
      DROP TABLE duplicate_dismissals;
      ALTER TABLE duplicate_dismissals_new RENAME TO duplicate_dismissals;
    `)
  },
}
