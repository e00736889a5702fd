import type { Migration } from './types'

// Changes made by another process (issue 17): besides persons and rules, a one-shot CLI command
// now leaves a row when it changes terminals, station settings or schedules, so a running station
// re-reads what it keeps in memory (clients, health) and applies what follows. Old rows are
// person changes (with employee numbers) or rule changes (without).
export const m0240ChangeKinds: Migration = {
  version: 240,
  name: 'change-kinds',
  up: (db) => {
    db.exec(`
      ALTER TABLE roster_changes ADD COLUMN kind TEXT NOT NULL DEFAULT 'persons'
        CHECK (kind IN ('persons', 'rules', 'devices', 'settings', 'schedules'));
      UPDATE roster_changes SET kind = 'rules' WHERE employee_nos IS NULL;
    `)
  },
}
