import type { Migration } from './types'

// Site profiles (issue 15): named sets of configuration settings (JSON, validated at the
// contract boundary), their assignment to a site, a model or a terminal, per-terminal overrides,
// the apply journal (one step per terminal and resource instance, written before anything is
// sent) and the last drift found per terminal.
export const m0160Profiles: Migration = {
  version: 160,
  name: 'profiles',
  up: (db) => {
    db.exec(`
      CREATE TABLE profiles (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        settings    TEXT NOT NULL CHECK (json_valid(settings)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profile_targets (
        profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('site', 'model', 'device')),
        value      TEXT NOT NULL,
        PRIMARY KEY (profile_id, kind, value)
      ) STRICT;

      CREATE TABLE profile_overrides (
        profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        device_id  TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        settings   TEXT NOT NULL CHECK (json_valid(settings)),
        PRIMARY KEY (profile_id, device_id)
      ) STRICT;

      CREATE TABLE profile_jobs (
        id          TEXT PRIMARY KEY,
        created_at  TEXT NOT NULL,
        finished_at TEXT,
        unsupported TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unsupported))
      ) STRICT;

      CREATE TABLE profile_steps (
        job_id    TEXT NOT NULL REFERENCES profile_jobs (id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        resource  TEXT NOT NULL,
        instance  INTEGER,
        changes   TEXT NOT NULL CHECK (json_valid(changes)),
        state     TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'paused')),
        changed   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changed)),
        error     TEXT CHECK (error IS NULL OR json_valid(error)),
        PRIMARY KEY (job_id, seq)
      ) STRICT;
      CREATE INDEX profile_steps_open ON profile_steps (state, device_id);

      CREATE TABLE profile_drift (
        device_id  TEXT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
        checked_at TEXT NOT NULL,
        view       TEXT NOT NULL CHECK (json_valid(view))
      ) STRICT;
    `)
  },
}
