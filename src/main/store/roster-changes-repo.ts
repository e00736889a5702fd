// Roster and rule changes as rows (issue 17.4): a one-shot CLI command (another process on this
// database) leaves one, and a running station reads those of other processes when
// `PRAGMA data_version` says another connection has written — cheap enough to ask every second.
import type { Database } from 'better-sqlite3'

export interface RosterChange {
  seq: number
  origin: string
  /** The persons changed; null = everyone may go elsewhere (a rule, an import). */
  employeeNos: string[] | null
}

/** Rows kept: a station that was not running re-plans everyone when it starts anyway. */
const KEEP = 1000

export function rosterChangesRepo(db: Database) {
  const insert = db.prepare<[string, string | null]>(
    'INSERT INTO roster_changes (origin, employee_nos) VALUES (?, ?)',
  )
  const prune = db.prepare<[number]>('DELETE FROM roster_changes WHERE seq <= ?')
  const latest = db.prepare<[]>('SELECT coalesce(max(seq), 0) FROM roster_changes').pluck()
  const since = db.prepare<[number], { seq: number; origin: string; employee_nos: string | null }>(
    'SELECT seq, origin, employee_nos FROM roster_changes WHERE seq > ? ORDER BY seq',
  )
  const dataVersion = db.prepare('PRAGMA data_version').pluck()

  return {
    record(origin: string, employeeNos: readonly string[] | null): void {
      const seq = Number(
        insert.run(origin, employeeNos ? JSON.stringify(employeeNos) : null).lastInsertRowid,
      )
      if (seq % 100 === 0) prune.run(seq - KEEP)
    },
    latest: (): number => latest.get() as number,
    since: (seq: number): RosterChange[] =>
      since.all(seq).map((r) => ({
        seq: r.seq,
        origin: r.origin,
        employeeNos: r.employee_nos === null ? null : (JSON.parse(r.employee_nos) as string[]),
      })),
    /** Changes when another connection commits (SQLite's own counter; this connection's writes do not move it). */
    dataVersion: (): number => dataVersion.get() as number,
  }
}
