import type { Migration } from './types'

// Access events from every terminal, deduplicated by (device, serial number): the alertStream
// replay, the listening host and the AcsEvent backfill may all deliver the same event. Events
// outlive the device record on purpose (the log is history); cursors and slots do not.
export const m0040Events: Migration = {
  version: 40,
  name: 'events',
  up: (db) => {
    db.exec(`
      CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        device_id     TEXT NOT NULL,
        serial_no     INTEGER NOT NULL,
        time          TEXT NOT NULL,
        time_ms       INTEGER NOT NULL,
        major         INTEGER NOT NULL,
        minor         INTEGER NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('access', 'door', 'alarm', 'other')),
        employee_no   TEXT,
        name          TEXT,
        card_no       TEXT,
        door_no       INTEGER,
        verify_mode   TEXT,
        granted       INTEGER CHECK (granted IN (0, 1)),
        picture_url   TEXT,
        picture_state TEXT NOT NULL DEFAULT 'none'
                      CHECK (picture_state IN ('none', 'pending', 'stored', 'failed')),
        source        TEXT NOT NULL CHECK (source IN ('alertStream', 'listening', 'backfill')),
        received_at   TEXT NOT NULL,
        raw           TEXT NOT NULL,
        UNIQUE (device_id, serial_no)
      ) STRICT;
      CREATE INDEX events_time ON events (time_ms);
      CREATE INDEX events_device_time ON events (device_id, time_ms);
      CREATE INDEX events_person_time ON events (employee_no, time_ms) WHERE employee_no IS NOT NULL;
      CREATE INDEX events_pending_pictures ON events (device_id) WHERE picture_state = 'pending';

      -- Each picture fetched once (or taken from the stream) and kept here.
      CREATE TABLE event_pictures (
        event_id     INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        content_type TEXT NOT NULL,
        data         BLOB NOT NULL
      ) STRICT;

      -- Backfill resumes after last_serial: every event up to it is known to be stored.
      CREATE TABLE event_cursors (
        device_id   TEXT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
        last_serial INTEGER NOT NULL,
        last_time   TEXT,
        updated_at  TEXT NOT NULL
      ) STRICT;

      -- Which httpHosts slot of a terminal the station configured to point at itself.
      CREATE TABLE listening_slots (
        device_id     TEXT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
        slot          TEXT NOT NULL,
        url           TEXT NOT NULL,
        address       TEXT NOT NULL,
        port          INTEGER NOT NULL,
        configured_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
