import { chmodSync, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppFailure } from '@shared/result'
import { LATEST_VERSION, MIGRATIONS } from './migrations'
import { assertNotFromFuture, migrate } from './migrate'
import { isBusy, isCorrupt, isDiskFull, storeFailure } from './store-errors'
import { codedFailure } from '@shared/coded-failure'

export interface OpenOptions {
  /** Path of the database file, or ':memory:'. */
  file: string
  migrations?: typeof MIGRATIONS
}

/**
 * Opens the roster: the schema version of an existing file is read through a read-only
 * handle first, so a database from the future is refused without a byte changed (WAL mode
 * itself writes to the header). Then WAL, foreign keys, busy timeout and pending migrations.
 */
export function openDatabase({ file, migrations = MIGRATIONS }: OpenOptions): Db {
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION
  if (file !== ':memory:' && existsSync(file)) {
    let probe: Db | undefined
    try {
      probe = new Database(file, { readonly: true, fileMustExist: true })
      assertNotFromFuture(probe.pragma('user_version', { simple: true }) as number, latest, file)
    } catch (error) {
      if (error instanceof AppFailure) throw error
      if (isDiskFull(error) || isBusy(error) || isCorrupt(error)) throw storeFailure(error, file)!
      throw codedFailure(
        'DB_CORRUPT',
        'dbUnreadable',
        { file, why: (error as Error).message },
        { file },
      )
    } finally {
      probe?.close()
    }
  }
  let db: Db
  try {
    db = new Database(file)
  } catch (error) {
    throw storeFailure(error, file) ?? error
  }
  immediateTransactions(db)
  try {
    if (file !== ':memory:') {
      ownerOnly(file)
      db.pragma('journal_mode = WAL')
      // faces are 60 KB blobs: reading them through a mapping, not page by page with
      // read(2), is most of what an apply costs the station besides talking to terminals
      db.pragma('mmap_size = 1073741824')
    }
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('synchronous = NORMAL')
    migrate(db, migrations, file)
    return db
  } catch (error) {
    db.close()
    throw storeFailure(error, file) ?? error
  }
}

/**
 * The roster holds names, card numbers, faces and event pictures: readable by its owner only.
 * Set before WAL mode, as SQLite gives the -wal and -shm files the database file's mode.
 */
function ownerOnly(file: string): void {
  if (process.platform === 'win32') return
  chmodSync(dirname(file), 0o700)
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600)
}

/** Extra attempts at a transaction the other process kept busy past the busy timeout. */
const BUSY_RETRIES = 3

/**
 * Every transaction on this handle begins IMMEDIATE: it takes the write lock at BEGIN (waiting
 * for another process through the busy timeout), so it can never fail half-way when another
 * process wrote first (SQLITE_BUSY_SNAPSHOT of a DEFERRED transaction upgrading to a write).
 * An outermost transaction still refused as busy is run again from the start (it was rolled
 * back whole). Nested transactions stay savepoints of the outer one.
 */
function immediateTransactions(db: Db): void {
  const plain = db.transaction.bind(db)
  const wrapped = (fn: (...args: unknown[]) => unknown) => {
    const t = plain(fn)
    const run = (...args: unknown[]): unknown => {
      for (let attempt = 0; ; attempt++) {
        try {
          return t.immediate(...args)
        } catch (error) {
          if (db.inTransaction || attempt >= BUSY_RETRIES || !isBusy(error)) throw error
        }
      }
    }
    return Object.assign(run, {
      default: run,
      deferred: t.deferred,
      immediate: t.immediate,
      exclusive: t.exclusive,
    })
  }
  db.transaction = wrapped as unknown as Db['transaction']
}
