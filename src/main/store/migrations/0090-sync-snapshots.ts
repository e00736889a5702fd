import type { Migration } from './types'

// What `sync.pull` read from a terminal waits here for the operator's choices (adopt, overwrite,
// remove), so the UI, the CLI's `sync resolve` and a later process can act on it. `held` is the
// terminal's persons and credentials as JSON, `diff` the SyncDiff shown for it; a snapshot expires (a resolve then asks for a new
// pull: the terminal may have changed) and goes with its terminal.
export const m0090SyncSnapshots: Migration = {
  version: 90,
  name: 'sync-snapshots',
  up: (db) => {
    db.exec(`
      CREATE TABLE sync_snapshots (
        sync_id    TEXT PRIMARY KEY,
        device_id  TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        pulled_at  TEXT NOT NULL,
        expires_ms INTEGER NOT NULL,
        kinds      TEXT NOT NULL,
        held       TEXT NOT NULL,
        diff       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_snapshots_expiry ON sync_snapshots (expires_ms);
    `)
  },
}
