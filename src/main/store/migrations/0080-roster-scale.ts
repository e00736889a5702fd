import type { Migration } from './types'

// Reading what the planner and the apply state need without touching what they do not:
// - faces_digest: each face's digest in an index of its own. The faces table keeps sha256 after
//   the 60 KB picture, so reading a digest from the table walked the picture's pages (10,000
//   digests: ~600 ms CPU and 21k page faults); the covering index answers
//   `SELECT employee_no, sha256 FROM faces …` alone, a few dozen digests per page.
// - apply_state_counts: how many persons are in each apply state ('' for not computed yet),
//   kept by triggers as persons come, go and change state, so announcing the counts reads five
//   rows instead of grouping the whole roster each time.
export const m0080RosterScale: Migration = {
  version: 80,
  name: 'roster-scale',
  up: (db) => {
    db.exec(`
      CREATE INDEX faces_digest ON faces (employee_no, sha256);

      CREATE TABLE apply_state_counts (
        state TEXT PRIMARY KEY CHECK (state IN ('', 'applied', 'pending', 'failed', 'none')),
        n     INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO apply_state_counts (state, n)
      SELECT s.state, (SELECT count(*) FROM persons WHERE coalesce(apply_state, '') = s.state)
      FROM (SELECT '' AS state UNION ALL SELECT 'applied' UNION ALL SELECT 'pending'
            UNION ALL SELECT 'failed' UNION ALL SELECT 'none') s;

      CREATE TRIGGER apply_state_counts_insert AFTER INSERT ON persons BEGIN
        UPDATE apply_state_counts SET n = n + 1 WHERE state = coalesce(NEW.apply_state, '');
      END;
      CREATE TRIGGER apply_state_counts_delete AFTER DELETE ON persons BEGIN
        UPDATE apply_state_counts SET n = n - 1 WHERE state = coalesce(OLD.apply_state, '');
      END;
      CREATE TRIGGER apply_state_counts_update AFTER UPDATE OF apply_state ON persons
        WHEN OLD.apply_state IS NOT NEW.apply_state BEGIN
        UPDATE apply_state_counts SET n = n - 1 WHERE state = coalesce(OLD.apply_state, '');
        UPDATE apply_state_counts SET n = n + 1 WHERE state = coalesce(NEW.apply_state, '');
      END;
    `)
  },
}
