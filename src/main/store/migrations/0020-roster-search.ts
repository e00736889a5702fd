import type { Migration } from './types'

// Search over 100k persons by employeeNo, name or card number, prefix or contains: trigram
// FTS5 indexes (case-insensitive substring matches for 3+ characters) kept in step with their
// tables by triggers. Shorter queries use the tables' own indexes as prefix ranges.
export const m0020RosterSearch: Migration = {
  version: 20,
  name: 'roster-search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE person_fts USING fts5(employee_no, name, content='persons', content_rowid='rowid', tokenize='trigram');
      CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
        INSERT INTO person_fts (rowid, employee_no, name) VALUES (new.rowid, new.employee_no, new.name);
      END;
      CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
        INSERT INTO person_fts (person_fts, rowid, employee_no, name) VALUES ('delete', old.rowid, old.employee_no, old.name);
      END;
      CREATE TRIGGER persons_fts_update AFTER UPDATE OF employee_no, name ON persons BEGIN
        INSERT INTO person_fts (person_fts, rowid, employee_no, name) VALUES ('delete', old.rowid, old.employee_no, old.name);
        INSERT INTO person_fts (rowid, employee_no, name) VALUES (new.rowid, new.employee_no, new.name);
      END;
      INSERT INTO person_fts (person_fts) VALUES ('rebuild');

      CREATE VIRTUAL TABLE card_fts USING fts5(card_no, content='cards', content_rowid='rowid', tokenize='trigram');
      CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards BEGIN
        INSERT INTO card_fts (rowid, card_no) VALUES (new.rowid, new.card_no);
      END;
      CREATE TRIGGER cards_fts_delete AFTER DELETE ON cards BEGIN
        INSERT INTO card_fts (card_fts, rowid, card_no) VALUES ('delete', old.rowid, old.card_no);
      END;
      CREATE TRIGGER cards_fts_update AFTER UPDATE OF card_no ON cards BEGIN
        INSERT INTO card_fts (card_fts, rowid, card_no) VALUES ('delete', old.rowid, old.card_no);
        INSERT INTO card_fts (rowid, card_no) VALUES (new.rowid, new.card_no);
      END;
      INSERT INTO card_fts (card_fts) VALUES ('rebuild');
    `)
  },
}
