// Writing many persons at once (an import of 100,000 rows): the per-row triggers that keep the
// trigram search indexes (migration 0020) and the apply state counts (0080) in step cost most
// of a large import. A bulk write runs in one transaction with those triggers set aside, then
// rebuilds each search index and recounts the states once; the triggers come back exactly as
// the schema stated them. A failure rolls everything back, triggers included: nothing
// half-written.
import type { Database } from 'better-sqlite3'

/** Triggers set aside during a bulk write (by name), and what redoes their work at the end. */
const SET_ASIDE = ['persons_fts_%', 'cards_fts_%', 'apply_state_counts_%']
const REDO = `
  INSERT INTO person_fts (person_fts) VALUES ('rebuild');
  INSERT INTO card_fts (card_fts) VALUES ('rebuild');
  UPDATE apply_state_counts SET n =
    (SELECT count(*) FROM persons WHERE coalesce(apply_state, '') = apply_state_counts.state);`

export function bulkLoader(db: Database) {
  const triggers = db.prepare<[string], { name: string; sql: string }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ORDER BY name",
  )
  return <T>(fn: () => T): T =>
    db.transaction(() => {
      const saved = SET_ASIDE.flatMap((pattern) => triggers.all(pattern))
      for (const t of saved) db.exec(`DROP TRIGGER "${t.name}"`)
      const out = fn()
      for (const t of saved) db.exec(t.sql)
      db.exec(REDO)
      return out
    })()
}
