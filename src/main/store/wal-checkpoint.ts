// A large transaction (an import of 100,000 persons) leaves a WAL of tens to hundreds of MB.
// SQLite's automatic checkpoint would copy all of it into the database inside the COMMIT call,
// holding the event loop for hundreds of milliseconds. Instead, the automatic checkpoint is
// off for that commit and a worker thread with its own connection to the same file checkpoints
// (PASSIVE: it never waits for or blocks the station's connection, which keeps reading and
// writing meanwhile); the automatic checkpoint comes back once the worker is done. A station
// that stops first leaves a valid WAL, checkpointed by the next open or close.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Database } from 'better-sqlite3'

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let db
try {
  db = new Database(workerData.file, { fileMustExist: true })
  db.pragma('busy_timeout = 1000')
  db.pragma('wal_checkpoint(PASSIVE)')
  parentPort.postMessage('')
} catch (error) {
  parentPort.postMessage(String((error && error.message) || error))
} finally {
  if (db) db.close()
}
`

/** Where better-sqlite3 is, for the worker (which cannot import the station's bundle). */
const driver = (): string => createRequire(import.meta.url).resolve('better-sqlite3')

/** Is this connection a file in WAL mode (a WAL to checkpoint)? */
export const walFile = (db: Database): boolean =>
  !db.memory && db.pragma('journal_mode', { simple: true }) === 'wal'

/**
 * Commits the open transaction without checkpointing on the event loop: `commit` runs with
 * the automatic checkpoint off, then a worker checkpoints. Resolves when the worker is done
 * (tests and benches may await it; the station does not need to).
 */
export function commitWithoutCheckpoint(db: Database, commit: () => void): Promise<void> {
  if (!walFile(db)) {
    commit()
    return Promise.resolve()
  }
  const auto = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma('wal_autocheckpoint = 0')
  try {
    commit()
  } catch (error) {
    db.pragma(`wal_autocheckpoint = ${auto}`)
    throw error
  }
  return new Promise<void>((resolve) => {
    let settled = false
    const done = () => {
      if (settled) return
      settled = true
      if (db.open) db.pragma(`wal_autocheckpoint = ${auto}`)
      resolve()
    }
    let worker: Worker
    try {
      worker = new Worker(WORKER, { eval: true, workerData: { file: db.name, driver: driver() } })
    } catch {
      done()
      return
    }
    worker.unref()
    // a failed checkpoint is harmless: the automatic one takes over again
    worker.once('message', done)
    worker.once('error', done)
    worker.once('exit', done)
  })
}
