import type { Migration } from './types'

// The roster (desired truth), devices with sealed credentials, settings and the audit log.
// Room is left for the apply journal and events: later migrations add them.
export const m0010InitialRoster: Migration = {
  version: 10,
  name: 'initial-roster',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE devices (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL,
        host             TEXT NOT NULL,
        port             INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        protocol         TEXT NOT NULL CHECK (protocol IN ('http', 'https')),
        username         TEXT NOT NULL,
        secret           BLOB NOT NULL,
        site             TEXT NOT NULL DEFAULT '',
        model            TEXT NOT NULL DEFAULT '',
        serial_number    TEXT NOT NULL DEFAULT '',
        firmware_version TEXT NOT NULL DEFAULT '',
        capabilities     TEXT,
        tls_fingerprint  TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (host, port)
      ) STRICT;

      CREATE TABLE persons (
        employee_no      TEXT PRIMARY KEY,
        name             TEXT NOT NULL,
        user_type        TEXT NOT NULL DEFAULT 'normal' CHECK (user_type IN ('normal', 'visitor', 'blackList')),
        gender           TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('male', 'female', 'unknown')),
        valid_enable     INTEGER NOT NULL DEFAULT 0 CHECK (valid_enable IN (0, 1)),
        valid_begin      TEXT,
        valid_end        TEXT,
        valid_time_type  TEXT NOT NULL DEFAULT 'local' CHECK (valid_time_type IN ('local', 'UTC')),
        door_rights      TEXT NOT NULL DEFAULT '1',
        plan_template_no TEXT NOT NULL DEFAULT '1',
        pin              BLOB,
        group_name       TEXT NOT NULL DEFAULT '',
        notes            TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persons_name ON persons (name COLLATE NOCASE);
      CREATE INDEX persons_group ON persons (group_name);

      CREATE TABLE cards (
        card_no     TEXT PRIMARY KEY,
        employee_no TEXT NOT NULL REFERENCES persons (employee_no) ON DELETE CASCADE ON UPDATE CASCADE,
        card_type   TEXT NOT NULL DEFAULT 'normalCard',
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cards_person ON cards (employee_no);

      CREATE TABLE fingerprints (
        employee_no  TEXT NOT NULL REFERENCES persons (employee_no) ON DELETE CASCADE ON UPDATE CASCADE,
        finger_id    INTEGER NOT NULL CHECK (finger_id BETWEEN 1 AND 10),
        finger_type  TEXT NOT NULL DEFAULT 'normalFP',
        template     BLOB NOT NULL,
        quality      INTEGER,
        source_model TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        PRIMARY KEY (employee_no, finger_id)
      ) STRICT;

      CREATE TABLE faces (
        employee_no TEXT PRIMARY KEY REFERENCES persons (employee_no) ON DELETE CASCADE ON UPDATE CASCADE,
        jpeg        BLOB NOT NULL,
        bytes       INTEGER NOT NULL,
        width       INTEGER NOT NULL,
        height      INTEGER NOT NULL,
        sha256      TEXT NOT NULL,
        source      TEXT NOT NULL,
        captured_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE irises (
        employee_no  TEXT NOT NULL REFERENCES persons (employee_no) ON DELETE CASCADE ON UPDATE CASCADE,
        eye          TEXT NOT NULL CHECK (eye IN ('left', 'right')),
        data         BLOB NOT NULL,
        source_model TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        PRIMARY KEY (employee_no, eye)
      ) STRICT;

      CREATE TABLE audit_log (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT
      ) STRICT;
      CREATE INDEX audit_log_subject ON audit_log (subject, at);
    `)
  },
}
