import type { Migration } from './types'

// Issue 17: a person may belong to several access groups (person_groups; persons.group_name
// stays the person's first group and counts as one of them), and a change made by another
// process on this database (a one-shot CLI command) reaches a running station: every roster or
// rule change leaves a row in roster_changes, which a running station reads when
// `PRAGMA data_version` says another connection wrote.
export const m0210AccessGroups: Migration = {
  version: 210,
  name: 'access-groups',
  up: (db) => {
    db.exec(`
      CREATE TABLE person_groups (
        employee_no TEXT NOT NULL REFERENCES persons (employee_no) ON DELETE CASCADE,
        group_name  TEXT NOT NULL,
        PRIMARY KEY (employee_no, group_name)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_groups_by_group ON person_groups (group_name, employee_no);
      CREATE TABLE roster_changes (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        origin       TEXT NOT NULL,
        employee_nos TEXT
      ) STRICT;
    `)
  },
}
