// Roster search: employeeNo, name or card number. Three or more characters match anywhere
// (trigram FTS); shorter queries match as prefixes through the tables' indexes. Results come
// in roster order (the order persons were added): FTS yields rowids in that order, so a query
// never has to read and sort every match — that keeps broad queries at 100k persons fast.
import type { Database } from 'better-sqlite3'
import type { PersonSummary, UserType } from '../../shared/model'

interface SummaryRow {
  employee_no: string
  name: string
  user_type: UserType
  group_name: string
  cards: number
  fingerprints: number
  has_face: 0 | 1
  irises: number
}

const SUMMARY = `p.employee_no, p.name, p.user_type, p.group_name,
  (SELECT count(*) FROM cards c WHERE c.employee_no = p.employee_no) AS cards,
  (SELECT count(*) FROM fingerprints f WHERE f.employee_no = p.employee_no) AS fingerprints,
  EXISTS (SELECT 1 FROM faces x WHERE x.employee_no = p.employee_no) AS has_face,
  (SELECT count(*) FROM irises i WHERE i.employee_no = p.employee_no) AS irises`

// Each query finds its matching person rowids once, de-duplicated and in order; the total is
// their number and the page is a slice, so the (costly) FTS match runs once per query.
const CONTAINS_IDS = `
  SELECT rowid FROM person_fts WHERE person_fts MATCH @fts
  UNION
  SELECT p.rowid FROM card_fts f JOIN cards c ON c.rowid = f.rowid JOIN persons p ON p.employee_no = c.employee_no WHERE card_fts MATCH @fts
  ORDER BY 1`

// `@hi` is the prefix followed by the highest code point: [q, q+U+10FFFF) is every string starting with q.
const PREFIX_IDS = `
  SELECT rowid FROM persons WHERE employee_no >= @q AND employee_no < @hi
  UNION
  SELECT rowid FROM persons WHERE name >= @q COLLATE NOCASE AND name < @hi COLLATE NOCASE
  UNION
  SELECT p.rowid FROM cards c JOIN persons p ON p.employee_no = c.employee_no WHERE c.card_no >= @q AND c.card_no < @hi
  ORDER BY 1`

const toSummary = (r: SummaryRow): PersonSummary => ({
  employeeNo: r.employee_no,
  name: r.name,
  userType: r.user_type,
  groupName: r.group_name,
  cards: r.cards,
  fingerprints: r.fingerprints,
  hasFace: r.has_face === 1,
  irises: r.irises,
})

export function searchRepo(db: Database) {
  const containsIds = db.prepare(CONTAINS_IDS).pluck()
  const prefixIds = db.prepare(PREFIX_IDS).pluck()
  const allPage = db.prepare(`SELECT ${SUMMARY} FROM persons p ORDER BY p.rowid LIMIT ? OFFSET ?`)
  const allCount = db.prepare('SELECT count(*) FROM persons').pluck()
  const byIds = db.prepare(
    `SELECT ${SUMMARY} FROM persons p WHERE p.rowid IN (SELECT value FROM json_each(?)) ORDER BY p.rowid`,
  )

  return {
    search(
      query: string,
      offset: number,
      limit: number,
    ): { total: number; items: PersonSummary[] } {
      const q = query.trim()
      if (q === '')
        return {
          total: allCount.get() as number,
          items: (allPage.all(limit, offset) as SummaryRow[]).map(toSummary),
        }
      const ids = (
        [...q].length >= 3
          ? containsIds.all({ fts: `"${q.replaceAll('"', '""')}"` })
          : prefixIds.all({ q, hi: q + '\u{10FFFF}' })
      ) as number[]
      const page = ids.slice(offset, offset + limit)
      const items =
        page.length === 0 ? [] : (byIds.all(JSON.stringify(page)) as SummaryRow[]).map(toSummary)
      return { total: ids.length, items }
    },
  }
}
