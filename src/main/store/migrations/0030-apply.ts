import type { Migration } from './types'

// Apply = desired (roster × assignments) against observed (what each device holds). The
// journal persists every job as ordered steps per device so a crash resumes where it stopped.
export const m0030Apply: Migration = {
  version: 30,
  name: 'apply',
  up: (db) => {
    db.exec(`
      ALTER TABLE devices ADD COLUMN last_seen_at TEXT;

      -- Who goes where. person_scope: 'all' | 'group:<name>' | 'person:<employeeNo>';
      -- device_scope: 'all' | 'site:<name>' | 'device:<id>'.
      CREATE TABLE assignments (
        id           INTEGER PRIMARY KEY,
        person_scope TEXT NOT NULL,
        device_scope TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        UNIQUE (person_scope, device_scope)
      ) STRICT;

      -- What a device holds for a person, as last written or read back: one digest per kind so
      -- the planner sends only what changed. JSON lists for multi-valued credentials.
      CREATE TABLE device_holdings (
        device_id     TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        employee_no   TEXT NOT NULL,
        person_digest TEXT NOT NULL,
        cards         TEXT NOT NULL DEFAULT '[]',
        face_digest   TEXT,
        fingerprints  TEXT NOT NULL DEFAULT '[]',
        irises        TEXT NOT NULL DEFAULT '[]',
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (device_id, employee_no)
      ) STRICT;

      CREATE TABLE apply_jobs (
        id          TEXT PRIMARY KEY,
        state       TEXT NOT NULL CHECK (state IN ('planned', 'running', 'paused', 'done', 'failed', 'cancelled')),
        created_at  TEXT NOT NULL,
        finished_at TEXT,
        retry_of    TEXT REFERENCES apply_jobs (id)
      ) STRICT;

      CREATE TABLE apply_steps (
        job_id      TEXT NOT NULL REFERENCES apply_jobs (id) ON DELETE CASCADE,
        device_id   TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        employee_no TEXT NOT NULL,
        kind        TEXT NOT NULL,
        target      TEXT NOT NULL DEFAULT '',
        state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'skipped')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        error_code  TEXT,
        reason      TEXT,
        device_code TEXT,
        updated_at  TEXT,
        PRIMARY KEY (job_id, device_id, seq)
      ) STRICT;
      CREATE INDEX apply_steps_state ON apply_steps (job_id, device_id, state);
    `)
  },
}
