// The roster in pages by employee number (keyset: each page starts after the last one), for
// exports of any size with bounded memory; a department path selects it and its sub-paths.
import type { Database } from 'better-sqlite3'
import { personFromRow, type PersonRecord, type PersonRow } from './persons-repo'

export interface PersonPageEntry {
  person: PersonRecord
  cards: string[]
  /** Access groups besides the department (person_groups). */
  groups: string[]
}

export function personPagesRepo(db: Database) {
  const page = db.prepare<
    { after: string; limit: number; path: string | null; below: string | null },
    PersonRow & { card_list: string | null; group_list: string | null }
  >(`
    SELECT p.*, (SELECT group_concat(c.card_no, ';') FROM cards c WHERE c.employee_no = p.employee_no) AS card_list,
      (SELECT group_concat(g.group_name, ';') FROM person_groups g WHERE g.employee_no = p.employee_no) AS group_list
    FROM persons p
    WHERE p.employee_no > @after
      AND (@path IS NULL OR p.group_name = @path OR substr(p.group_name, 1, length(@below)) = @below)
    ORDER BY p.employee_no
    LIMIT @limit`)
  return {
    /** Up to `limit` persons after `after` (use '' for the first page). */
    page(after: string, limit: number, department?: string): PersonPageEntry[] {
      const path = department?.replace(/\/+$/, '') || null
      return page
        .all({ after, limit, path, below: path === null ? null : `${path}/` })
        .map((r) => ({
          person: personFromRow(r),
          cards: r.card_list ? r.card_list.split(';') : [],
          groups: r.group_list ? r.group_list.split(';') : [],
        }))
    },
  }
}
