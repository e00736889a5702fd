import type { Migration } from './types'

// The station's own access schedules (UserRight family), by the slot numbers terminals use.
// Segment lists and number lists are JSON (validated at the contract boundary); a template's
// week plan is a real foreign key, list references are checked by the schedules service.
export const m0050Schedules: Migration = {
  version: 50,
  name: 'schedules',
  up: (db) => {
    db.exec(`
      CREATE TABLE schedule_week_plans (
        plan_no    INTEGER PRIMARY KEY CHECK (plan_no >= 1),
        name       TEXT NOT NULL,
        days       TEXT NOT NULL CHECK (json_valid(days)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE schedule_holiday_plans (
        plan_no    INTEGER PRIMARY KEY CHECK (plan_no >= 1),
        name       TEXT NOT NULL,
        begin_date TEXT NOT NULL,
        end_date   TEXT NOT NULL CHECK (end_date >= begin_date),
        segments   TEXT NOT NULL CHECK (json_valid(segments)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE schedule_holiday_groups (
        group_no   INTEGER PRIMARY KEY CHECK (group_no >= 1),
        name       TEXT NOT NULL,
        plan_nos   TEXT NOT NULL CHECK (json_valid(plan_nos)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE schedule_templates (
        template_no  INTEGER PRIMARY KEY CHECK (template_no >= 1),
        name         TEXT NOT NULL,
        week_plan_no INTEGER NOT NULL REFERENCES schedule_week_plans (plan_no),
        group_nos    TEXT NOT NULL CHECK (json_valid(group_nos)),
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX schedule_templates_week_plan ON schedule_templates (week_plan_no);
    `)
  },
}
