import type { Migration } from './types'

// Each roster person's aggregate apply state, kept up to date by station/apply/apply-state.ts so
// the Persons list can filter 100k persons by it: a column on persons with an index, whose
// entries for one state come in rowid (roster) order, so a filtered page needs no sort.
// NULL means "not computed yet" (every person right after this migration, a person just
// inserted): the station computes those when it opens the roster and after each change.
//
// apply_failures: per person and terminal, the latest apply attempt there, when it failed
// (which job, the first failing step's code and reason). A later attempt without failure, or
// the terminal holding the roster's version, removes the row. Backfilled from the journal:
// the newest job whose steps for that person on that terminal have run.
export const m0060ApplyState: Migration = {
  version: 60,
  name: 'apply-state',
  up: (db) => {
    db.exec(`
      ALTER TABLE persons ADD COLUMN apply_state TEXT
        CHECK (apply_state IN ('applied', 'pending', 'failed', 'none'));
      CREATE INDEX persons_apply_state ON persons (apply_state);

      CREATE TABLE apply_failures (
        employee_no TEXT NOT NULL,
        device_id   TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
        job_id      TEXT NOT NULL,
        error_code  TEXT,
        reason      TEXT,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (employee_no, device_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX apply_failures_device ON apply_failures (device_id);

      INSERT INTO apply_failures (employee_no, device_id, job_id, error_code, reason, updated_at)
      SELECT employee_no, device_id, job_id, error_code, reason, coalesce(updated_at, created_at)
      FROM (
        SELECT ranked.*, row_number() OVER (PARTITION BY employee_no, device_id ORDER BY seq) AS nth
        FROM (
          SELECT s.employee_no, s.device_id, s.job_id, s.seq, s.state, s.error_code, s.reason,
                 s.updated_at, j.created_at,
                 rank() OVER (PARTITION BY s.employee_no, s.device_id
                              ORDER BY j.created_at DESC, j.rowid DESC) AS newest
          FROM apply_steps s JOIN apply_jobs j ON j.id = s.job_id
          WHERE s.state <> 'pending' AND s.device_id IN (SELECT id FROM devices)
        ) AS ranked
        WHERE newest = 1 AND state = 'failed'
      )
      WHERE nth = 1;
    `)
  },
}
