// Validity boundaries in the roster (issue 17.2): when the next one comes, and whose validity
// ended or began between two moments. Times are ISAPI's local 'YYYY-MM-DDThh:mm:ss' strings,
// which compare as text.
import type { Database } from 'better-sqlite3'

export function validityRepo(db: Database) {
  const nextEnd = db
    .prepare<[string]>(
      'SELECT min(valid_end) FROM persons WHERE valid_enable = 1 AND valid_end >= ?',
    )
    .pluck()
  const nextBegin = db
    .prepare<[string]>(
      'SELECT min(valid_begin) FROM persons WHERE valid_enable = 1 AND valid_begin > ?',
    )
    .pluck()
  const crossed = db
    .prepare<{ from: string; to: string }>(
      `SELECT employee_no FROM persons WHERE valid_enable = 1 AND (
         (valid_end >= @from AND valid_end < @to) OR (valid_begin > @from AND valid_begin <= @to))
       ORDER BY rowid`,
    )
    .pluck()
  return {
    /** The next validity end (still valid at `now`, ends after it) and begin (after `now`). */
    next(now: string): { end: string | null; begin: string | null } {
      return {
        end: nextEnd.get(now) as string | null,
        begin: nextBegin.get(now) as string | null,
      }
    },
    /** Persons whose validity ended (endTime < to, not < from) or began (from < beginTime ≤ to). */
    crossed: (from: string, to: string): string[] => crossed.all({ from, to }) as string[],
  }
}
