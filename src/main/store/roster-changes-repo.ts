// Changes as rows (issue 17.4): a one-shot CLI command (another process on this database) leaves
// one for each change of persons, rules, terminals, station settings or schedules, and a running
// station reads those of other processes when `PRAGMA data_version` says another connection has
// written — cheap enough to ask every half second. Each open store is one origin: its own rows
// are not read back as another's.
import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { ChangeKind } from '@shared/contract/continuous'

export interface RosterChange {
  seq: number
  origin: string
  kind: ChangeKind
  /** The persons changed (kind 'persons'); null = everyone may go elsewhere (a rule, an import). */
  employeeNos: string[] | null
}

/** Rows kept: a station that was not running re-plans everyone when it starts anyway. */
const KEEP = 1000

export function rosterChangesRepo(db: Database) {
  const origin = randomUUID()
  const insert = db.prepare<[string, string, string | null]>(
    'INSERT INTO roster_changes (origin, kind, employee_nos) VALUES (?, ?, ?)',
  )
  const prune = db.prepare<[number]>('DELETE FROM roster_changes WHERE seq <= ?')
  const latest = db.prepare<[]>('SELECT coalesce(max(seq), 0) FROM roster_changes').pluck()
  const since = db.prepare<
    [number, string],
    { seq: number; origin: string; kind: ChangeKind; employee_nos: string | null }
  >(
    'SELECT seq, origin, kind, employee_nos FROM roster_changes WHERE seq > ? AND origin <> ? ORDER BY seq',
  )
  const dataVersion = db.prepare('PRAGMA data_version').pluck()
  const ownChanges = db.prepare('SELECT total_changes()').pluck()

  return {
    /** This store's mark on the rows it writes. */
    origin,
    record(kind: ChangeKind, employeeNos: readonly string[] | null = null): void {
      const seq = Number(
        insert.run(origin, kind, employeeNos ? JSON.stringify(employeeNos) : null).lastInsertRowid,
      )
      if (seq % 100 === 0) prune.run(seq - KEEP)
    },
    latest: (): number => latest.get() as number,
    /** Rows after `seq` written by other processes, oldest first. */
    since: (seq: number): RosterChange[] =>
      since.all(seq, origin).map((r) => ({
        seq: r.seq,
        origin: r.origin,
        kind: r.kind,
        employeeNos: r.employee_nos === null ? null : (JSON.parse(r.employee_nos) as string[]),
      })),
    /** Changes when another connection commits (SQLite's own counter; this connection's writes do not move it). */
    dataVersion: (): number => dataVersion.get() as number,
    /**
     * A mark that moves with any write to the database: rows this connection changed (inserted,
     * updated, deleted) and commits by other connections. Equal marks: nothing was written between.
     */
    writeMark: (): string => `${ownChanges.get() as number}:${dataVersion.get() as number}`,
  }
}
