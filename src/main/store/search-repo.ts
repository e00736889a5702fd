// Roster search: employeeNo, name or card number. Three or more characters match anywhere
// (trigram FTS); shorter queries match as prefixes through the tables' indexes. An exact
// employeeNo match sorts first, then by employeeNo.
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

const CONTAINS = `p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH @fts)
  OR p.employee_no IN (SELECT employee_no FROM cards WHERE rowid IN (SELECT rowid FROM card_fts WHERE card_fts MATCH @fts))`

// `@hi` is the prefix followed by the highest code point: [q, q+U+10FFFF) is every string starting with q.
const PREFIX = `(p.employee_no >= @q AND p.employee_no < @hi)
  OR (p.name >= @q COLLATE NOCASE AND p.name < @hi COLLATE NOCASE)
  OR p.employee_no IN (SELECT employee_no FROM cards WHERE card_no >= @q AND card_no < @hi)`

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
  const statements = (where: string) => ({
    page: db.prepare(
      `SELECT ${SUMMARY} FROM persons p WHERE ${where} ORDER BY (p.employee_no = @q) DESC, p.employee_no LIMIT @limit OFFSET @offset`,
    ),
    count: db.prepare(`SELECT count(*) AS n FROM persons p WHERE ${where}`),
  })
  const all = statements('1')
  const contains = statements(CONTAINS)
  const prefix = statements(PREFIX)

  return {
    search(
      query: string,
      offset: number,
      limit: number,
    ): { total: number; items: PersonSummary[] } {
      const q = query.trim()
      const set = q === '' ? all : [...q].length >= 3 ? contains : prefix
      const params = { q, hi: q + '\u{10FFFF}', fts: `"${q.replaceAll('"', '""')}"` }
      const rows = set.page.all({ ...params, limit, offset }) as SummaryRow[]
      const total = (set.count.get(params) as { n: number }).n
      return { total, items: rows.map(toSummary) }
    },
  }
}
