import type { Migration } from './types'

// An import writes persons and cards in slices (station/import/write-rows.ts); adding each new
// row to the trigram search indexes by trigger costs most of a 100,000-person import. During
// a slice the insert triggers (and the apply-state count of a new person) stand aside (one flag row, set and cleared inside the slice's
// synchronous work, within the import's transaction) and the slice adds its new rows to the
// indexes in one statement each (store/sliced-transaction.ts). Every other write, and every
// update or delete, keeps the triggers as before.
export const m0320RowBatches: Migration = {
  version: 320,
  name: 'row-batches',
  up: (db) => {
    db.exec(`
      CREATE TABLE row_batch (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        active INTEGER NOT NULL CHECK (active IN (0, 1))
      ) STRICT;
      INSERT INTO row_batch (id, active) VALUES (1, 0);
      DROP TRIGGER persons_fts_insert;
      CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons
        WHEN (SELECT active FROM row_batch WHERE id = 1) = 0 BEGIN
        INSERT INTO person_fts (rowid, employee_no, name) VALUES (new.rowid, new.employee_no, new.name);
      END;
      DROP TRIGGER cards_fts_insert;
      CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards
        WHEN (SELECT active FROM row_batch WHERE id = 1) = 0 BEGIN
        INSERT INTO card_fts (rowid, card_no) VALUES (new.rowid, new.card_no);
      END;
      DROP TRIGGER apply_state_counts_insert;
      CREATE TRIGGER apply_state_counts_insert AFTER INSERT ON persons
        WHEN (SELECT active FROM row_batch WHERE id = 1) = 0 BEGIN
        UPDATE apply_state_counts SET n = n + 1 WHERE state = coalesce(NEW.apply_state, '');
      END;
    `)
  },
}
