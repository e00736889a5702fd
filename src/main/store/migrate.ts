// Migration policy: all pending migrations run in ONE transaction (a failure leaves the
// database exactly as it was), versions are strictly increasing, and a database written by a
// newer version of the station is refused before anything touches it.
import type { Database } from 'better-sqlite3'
import type { Migration } from './migrations/types'
import { codedFailure } from '@shared/coded-failure'

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function assertNotFromFuture(found: number, latest: number, file: string): void {
  if (found > latest) {
    throw codedFailure('DB_TOO_NEW', 'dbTooNew', { file, found, latest }, { found, latest, file })
  }
}

export function migrate(
  db: Database,
  migrations: readonly Migration[],
  file = ':memory:',
): { from: number; to: number } {
  const latest = migrations.at(-1)?.version ?? 0
  const from = userVersion(db)
  assertNotFromFuture(from, latest, file)
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from }
  db.transaction(() => {
    let previous = from
    for (const m of pending) {
      if (m.version <= previous)
        throw new Error(`migration ${m.name} is out of order (${m.version} after ${previous})`)
      m.up(db)
      previous = m.version
    }
    db.pragma(`user_version = ${previous}`)
  })()
  return { from, to: userVersion(db) }
}
