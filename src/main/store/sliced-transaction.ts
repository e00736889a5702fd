// A transaction that spans several turns of the event loop (station/import/write-rows.ts): the
// import begins it, writes its rows in synchronous slices with the event loop given a turn
// between them, then commits or rolls back. Inside a slice (`batch`) the insert triggers of
// the search indexes and of the apply-state counts stand aside (migration 0320), and the
// slice's new persons and cards join the indexes and the counts in one statement each at its end: new rows are exactly those past the largest rowid
// the slice started from, since nothing else writes while the slice runs. Updates and deletes
// keep their triggers: a batch must not delete a row it inserted itself (an import never
// does: a card or person appears in one row of a file).
import type { Database } from 'better-sqlite3'
import { commitWithoutCheckpoint } from './wal-checkpoint'

export function slicedTransaction(db: Database) {
  const lastPerson = db.prepare<[], { n: number | null }>('SELECT max(rowid) AS n FROM persons')
  const lastCard = db.prepare<[], { n: number | null }>('SELECT max(rowid) AS n FROM cards')
  const setBatch = db.prepare<[number]>('UPDATE row_batch SET active = ? WHERE id = 1')
  const indexPersons = db.prepare<[number]>(
    'INSERT INTO person_fts (rowid, employee_no, name) SELECT rowid, employee_no, name FROM persons WHERE rowid > ?',
  )
  const indexCards = db.prepare<[number]>(
    'INSERT INTO card_fts (rowid, card_no) SELECT rowid, card_no FROM cards WHERE rowid > ?',
  )
  // a new person is inserted with no apply state ('' in the counts), whatever it becomes later
  const countNew = db.prepare<[number]>(
    "UPDATE apply_state_counts SET n = n + (SELECT count(*) FROM persons WHERE rowid > ?) WHERE state = ''",
  )
  return {
    begin: () => db.exec('BEGIN IMMEDIATE'),
    /** Commits; the WAL it leaves is checkpointed by a worker, off the event loop (wal-checkpoint.ts). */
    commit: (): Promise<void> => commitWithoutCheckpoint(db, () => db.exec('COMMIT')),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK')
    },
    active: () => db.inTransaction,
    /** One slice's synchronous writes; its new rows are indexed and counted together at its end. A batch that throws leaves the transaction to be rolled back. */
    batch<T>(fn: () => T): T {
      const persons = lastPerson.get()?.n ?? 0
      const cards = lastCard.get()?.n ?? 0
      setBatch.run(1)
      try {
        const out = fn()
        indexPersons.run(persons)
        indexCards.run(cards)
        countNew.run(persons)
        return out
      } finally {
        setBatch.run(0)
      }
    },
  }
}
