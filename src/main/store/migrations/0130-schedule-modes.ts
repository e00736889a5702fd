import type { Migration } from './types'

// Reader authentication (Verify) and door-status (DoorStatus) schedules: the same four objects
// as the person schedules, keyed by family, with a mode in every segment (JSON, validated at the
// contract boundary); and the station's bindings of those templates to a terminal's readers and
// doors (gone with the terminal).
export const m0130ScheduleModes: Migration = {
  version: 130,
  name: 'schedule-modes',
  up: (db) => {
    db.exec(`
      CREATE TABLE schedule_mode_week_plans (
        family     TEXT NOT NULL CHECK (family IN ('Verify', 'DoorStatus')),
        plan_no    INTEGER NOT NULL CHECK (plan_no >= 1),
        name       TEXT NOT NULL,
        days       TEXT NOT NULL CHECK (json_valid(days)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (family, plan_no)
      ) STRICT;

      CREATE TABLE schedule_mode_holiday_plans (
        family     TEXT NOT NULL CHECK (family IN ('Verify', 'DoorStatus')),
        plan_no    INTEGER NOT NULL CHECK (plan_no >= 1),
        name       TEXT NOT NULL,
        begin_date TEXT NOT NULL,
        end_date   TEXT NOT NULL CHECK (end_date >= begin_date),
        segments   TEXT NOT NULL CHECK (json_valid(segments)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (family, plan_no)
      ) STRICT;

      CREATE TABLE schedule_mode_holiday_groups (
        family     TEXT NOT NULL CHECK (family IN ('Verify', 'DoorStatus')),
        group_no   INTEGER NOT NULL CHECK (group_no >= 1),
        name       TEXT NOT NULL,
        plan_nos   TEXT NOT NULL CHECK (json_valid(plan_nos)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (family, group_no)
      ) STRICT;

      CREATE TABLE schedule_mode_templates (
        family       TEXT NOT NULL CHECK (family IN ('Verify', 'DoorStatus')),
        template_no  INTEGER NOT NULL CHECK (template_no >= 1),
        name         TEXT NOT NULL,
        week_plan_no INTEGER NOT NULL,
        group_nos    TEXT NOT NULL CHECK (json_valid(group_nos)),
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (family, template_no),
        FOREIGN KEY (family, week_plan_no) REFERENCES schedule_mode_week_plans (family, plan_no)
      ) STRICT;

      CREATE TABLE schedule_bindings (
        device_id   TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        target      TEXT NOT NULL CHECK (target IN ('reader', 'door')),
        no          INTEGER NOT NULL CHECK (no >= 1),
        template_no INTEGER NOT NULL CHECK (template_no >= 0),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (device_id, target, no)
      ) STRICT;
    `)
  },
}
