import type { Migration } from './types'

// Events retention and search by name, without rewriting the events or their pictures:
// - picture_bytes: each kept picture's size on its event row, so the cache's total and its oldest
//   pictures come from one small partial index (summing the pictures' blobs would read them);
// - picture_removed_at: when a picture was removed to keep the cache under its size (the row
//   stays; the UI says the picture is no longer kept);
// - event_names: each (name, employee number) events carried, once. A few thousand rows where
//   events are millions: a search by name finds its persons here, then their events by index.
//   Rows whose events are all gone are dropped when events are pruned.
export const m0070EventRetention: Migration = {
  version: 70,
  name: 'event-retention',
  up: (db) => {
    db.exec(`
      ALTER TABLE events ADD COLUMN picture_bytes INTEGER;
      ALTER TABLE events ADD COLUMN picture_removed_at TEXT;
      UPDATE events SET picture_bytes =
        COALESCE((SELECT length(data) FROM event_pictures WHERE event_id = events.id), 0)
      WHERE picture_state = 'stored';
      CREATE INDEX events_stored_pictures ON events (time_ms, picture_bytes)
        WHERE picture_state = 'stored';

      -- employee_no is '' for a name that came without an employee number
      CREATE TABLE event_names (
        name        TEXT NOT NULL,
        employee_no TEXT NOT NULL,
        PRIMARY KEY (name, employee_no)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER events_names_insert AFTER INSERT ON events
        WHEN new.name IS NOT NULL AND new.name <> '' BEGIN
        INSERT OR IGNORE INTO event_names (name, employee_no)
          VALUES (new.name, COALESCE(new.employee_no, ''));
      END;
      INSERT OR IGNORE INTO event_names (name, employee_no)
        SELECT DISTINCT name, COALESCE(employee_no, '') FROM events
        WHERE name IS NOT NULL AND name <> '';
      CREATE INDEX events_named_time ON events (name, time_ms)
        WHERE employee_no IS NULL AND name IS NOT NULL;
    `)
  },
}
