// Roster search: employeeNo, name or card number. Three or more characters match anywhere
// (trigram FTS); shorter queries match as prefixes through the tables' indexes. Results come
// in roster order (the order persons were added): FTS yields rowids in that order, so a query
// never has to read and sort every match — that keeps broad queries at 100k persons fast.
// A sort by a column (the list's headers) orders in SQL, through the column's index where
// there is one; a query's matches are then ordered once and sliced into pages.
import type { Database, Statement } from 'better-sqlite3'
import {
  PERSON_APPLY_STATES,
  type PersonApplyState,
  type PersonSort,
  type PersonSortKey,
  type PersonSummary,
  type UserType,
} from '@shared/model'

interface SummaryRow {
  employee_no: string
  name: string
  user_type: UserType
  group_name: string
  cards: number
  fingerprints: number
  has_face: 0 | 1
  irises: number
  apply_state: PersonApplyState | null
  valid_enable: 0 | 1
  valid_begin: string | null
  valid_end: string | null
}

const SUMMARY = `p.employee_no, p.name, p.user_type, p.group_name, p.apply_state,
  p.valid_enable, p.valid_begin, p.valid_end,
  (SELECT count(*) FROM cards c WHERE c.employee_no = p.employee_no) AS cards,
  (SELECT count(*) FROM fingerprints f WHERE f.employee_no = p.employee_no) AS fingerprints,
  EXISTS (SELECT 1 FROM faces x WHERE x.employee_no = p.employee_no) AS has_face,
  (SELECT count(*) FROM irises i WHERE i.employee_no = p.employee_no) AS irises`

// Each query finds its matching person rowids once, de-duplicated and in order; the total is
// their number and the page is a slice, so the (costly) FTS match runs once per query.
const CONTAINS_IDS = `
  SELECT rowid AS id FROM person_fts WHERE person_fts MATCH @fts
  UNION
  SELECT p.rowid FROM card_fts f JOIN cards c ON c.rowid = f.rowid JOIN persons p ON p.employee_no = c.employee_no WHERE card_fts MATCH @fts
  ORDER BY 1`

/**
 * The matches of a query that pass the filters, still in roster order: each match is looked up
 * by rowid in the same statement (passing the matches back in as JSON cost twice as much).
 */
const filtered = (ids: string, cond: string) =>
  `SELECT x.id FROM (${ids}) x CROSS JOIN persons p ON p.rowid = x.id WHERE ${cond} ORDER BY x.id`

// `@hi` is the prefix followed by the highest code point: [q, q+U+10FFFF) is every string starting with q.
const PREFIX_IDS = `
  SELECT rowid AS id FROM persons WHERE employee_no >= @q AND employee_no < @hi
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
  applyState: r.apply_state,
  valid:
    r.valid_enable === 1 && r.valid_begin && r.valid_end
      ? { beginTime: r.valid_begin, endTime: r.valid_end }
      : null,
})

export interface SearchFilters {
  groupName?: string
  userType?: UserType
  /** Only persons holding this credential kind. */
  has?: 'card' | 'face' | 'fingerprint' | 'iris'
  /** Only persons missing this credential kind. */
  lacks?: 'card' | 'face' | 'fingerprint' | 'iris'
  /** Only persons in this apply state (indexed: a state's entries come in roster order). */
  applyState?: PersonApplyState
  /** A department path: its persons (by their department, the first group) and, with `subDepartments`, those below it. */
  department?: string
  subDepartments?: boolean
}

const HAS: Record<NonNullable<SearchFilters['has']>, string> = {
  card: 'EXISTS (SELECT 1 FROM cards c WHERE c.employee_no = p.employee_no)',
  face: 'EXISTS (SELECT 1 FROM faces x WHERE x.employee_no = p.employee_no)',
  fingerprint: 'EXISTS (SELECT 1 FROM fingerprints f WHERE f.employee_no = p.employee_no)',
  iris: 'EXISTS (SELECT 1 FROM irises i WHERE i.employee_no = p.employee_no)',
}

/**
 * SQL conditions for the filters, with their parameters; statements are cached per shape.
 * `probe` is the same conditions for checking a search's matches: written so SQLite looks each
 * match up by rowid rather than probing the group or apply-state index for it, which measured
 * twice as slow (unary + keeps a term from using an index).
 */
function filterSql(f: SearchFilters): {
  key: string
  where: string[]
  probe: string[]
  params: Record<string, string>
} {
  const where: string[] = []
  const probe: string[] = []
  const both = (term: string, unindexed = term) => (where.push(term), probe.push(unindexed))
  const params: Record<string, string> = {}
  if (f.groupName !== undefined) {
    // a person's first group, or any other of theirs (person_groups, issue 17.3)
    both(
      `(p.group_name = @groupName OR p.employee_no IN
         (SELECT employee_no FROM person_groups WHERE group_name = @groupName))`,
      `(+p.group_name = @groupName OR p.employee_no IN
         (SELECT employee_no FROM person_groups WHERE group_name = @groupName))`,
    )
    params.groupName = f.groupName
  }
  if (f.userType) {
    both('p.user_type = @userType')
    params.userType = f.userType
  }
  if (f.has) both(HAS[f.has])
  if (f.lacks) both(`NOT ${HAS[f.lacks]}`)
  if (f.applyState) {
    both('p.apply_state = @applyState', '+p.apply_state = @applyState')
    params.applyState = f.applyState
  }
  if (f.department !== undefined) {
    // [path/, path/ + U+10FFFF) is every path below: a range over the group index
    const below = f.subDepartments
      ? ' OR (p.group_name >= @below AND p.group_name < @belowEnd)'
      : ''
    both(
      `(p.group_name = @department${below})`,
      `(+p.group_name = @department${below.replaceAll('p.group_name', '+p.group_name')})`,
    )
    params.department = f.department
    if (f.subDepartments) {
      params.below = `${f.department}/`
      params.belowEnd = `${f.department}/\u{10FFFF}`
    }
  }
  return {
    key: `${f.groupName !== undefined}|${f.userType ?? ''}|${f.has ?? ''}|${f.lacks ?? ''}|${f.applyState !== undefined}|${f.department !== undefined}|${f.subDepartments === true}`,
    where,
    probe,
    params,
  }
}

/** How a sort key orders persons (ties in roster order). */
const SORT_SQL: Record<PersonSortKey, string> = {
  employeeNo: 'p.employee_no',
  name: 'p.name COLLATE NOCASE',
  department: 'p.group_name',
  // persons with a validity by its end, then those valid always
  validity: '(p.valid_enable = 0) {dir}, p.valid_end',
  applyState: `CASE p.apply_state ${PERSON_APPLY_STATES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${PERSON_APPLY_STATES.length} END`,
}

function orderBy(sort: PersonSort | undefined): string {
  if (!sort) return 'p.rowid'
  const dir = sort.desc ? 'DESC' : 'ASC'
  return `${SORT_SQL[sort.by].replace('{dir}', dir)} ${dir}, p.rowid`
}

export function searchRepo(db: Database) {
  const containsIds = db.prepare(CONTAINS_IDS).pluck()
  const prefixIds = db.prepare(PREFIX_IDS).pluck()
  const cache = new Map<
    string,
    {
      page: Statement
      count: Statement
      byIds: Statement
      containsIds: Statement
      prefixIds: Statement
      sortIds: Statement
      pageIds: Statement
      allNos: Statement
      orderedNos: Statement
    }
  >()
  const statements = (
    filterKey: string,
    where: string[],
    probe: string[],
    sort: PersonSort | undefined,
  ) => {
    const key = `${filterKey}|${sort ? `${sort.by}${sort.desc ? '-' : '+'}` : ''}`
    let s = cache.get(key)
    if (!s) {
      const order = orderBy(sort)
      const cond = where.length ? where.join(' AND ') : '1'
      const probeCond = probe.length ? probe.join(' AND ') : '1'
      s = {
        page: db.prepare(
          `SELECT ${SUMMARY} FROM persons p WHERE ${cond} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
        ),
        count: db.prepare(`SELECT count(*) FROM persons p WHERE ${cond}`).pluck(),
        byIds: db.prepare(
          `SELECT p.rowid AS id, ${SUMMARY} FROM persons p WHERE p.rowid IN (SELECT value FROM json_each(@ids)) ORDER BY p.rowid`,
        ),
        containsIds: db.prepare(filtered(CONTAINS_IDS, probeCond)).pluck(),
        prefixIds: db.prepare(filtered(PREFIX_IDS, probeCond)).pluck(),
        sortIds: db
          .prepare(
            `SELECT p.rowid FROM persons p WHERE p.rowid IN (SELECT value FROM json_each(@ids)) ORDER BY ${order}`,
          )
          .pluck(),
        allNos: db.prepare(`SELECT p.employee_no FROM persons p WHERE ${cond}`).pluck(),
        orderedNos: db
          .prepare(`SELECT p.employee_no FROM persons p WHERE ${cond} ORDER BY ${order}`)
          .pluck(),
        // a sorted page: the order and the offset over bare rowids, the summary for the page only
        pageIds: db
          .prepare(
            `SELECT p.rowid FROM persons p WHERE ${cond} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
          )
          .pluck(),
      }
      cache.set(key, s)
    }
    return s
  }

  /** The rowids matching a (non-empty) query and the filters, in roster order. */
  const queryIds = (
    q: string,
    f: ReturnType<typeof filterSql>,
    st: ReturnType<typeof statements>,
  ): number[] => {
    const narrowed = f.where.length > 0
    return (
      [...q].length >= 3
        ? (narrowed ? st.containsIds : containsIds).all({
            ...f.params,
            fts: `"${q.replaceAll('"', '""')}"`,
          })
        : (narrowed ? st.prefixIds : prefixIds).all({ ...f.params, q, hi: q + '\u{10FFFF}' })
    ) as number[]
  }

  return {
    search(
      query: string,
      offset: number,
      limit: number,
      filters: SearchFilters = {},
      sort?: PersonSort,
    ): { total: number; items: PersonSummary[] } {
      const q = query.trim()
      const f = filterSql(filters)
      const st = statements(f.key, f.where, f.probe, sort)
      /** The summaries of these rowids, in their order. */
      const inOrder = (page: number[]): PersonSummary[] => {
        if (page.length === 0) return []
        const rows = st.byIds.all({ ids: JSON.stringify(page) }) as (SummaryRow & { id: number })[]
        const at = new Map(page.map((id, i) => [id, i]))
        const items: PersonSummary[] = []
        for (const r of rows) items[at.get(r.id)!] = toSummary(r)
        return items.filter(Boolean)
      }
      if (q === '') {
        const total = st.count.get(f.params) as number
        if (sort)
          return {
            total,
            items: inOrder(st.pageIds.all({ ...f.params, limit, offset }) as number[]),
          }
        return {
          total,
          items: (st.page.all({ ...f.params, limit, offset }) as SummaryRow[]).map(toSummary),
        }
      }
      let ids = queryIds(q, f, st)
      if (sort && ids.length > 1) ids = st.sortIds.all({ ids: JSON.stringify(ids) }) as number[]
      return { total: ids.length, items: inOrder(ids.slice(offset, offset + limit)) }
    },

    /** Every employee number a search matches (a bulk edit of "all in the current filter"). */
    matching(query: string, filters: SearchFilters = {}): string[] {
      const q = query.trim()
      const f = filterSql(filters)
      const st = statements(f.key, f.where, f.probe, undefined)
      if (q === '') return st.allNos.all(f.params) as string[]
      const ids = queryIds(q, f, st)
      if (ids.length === 0) return []
      return (st.byIds.all({ ids: JSON.stringify(ids) }) as SummaryRow[]).map((r) => r.employee_no)
    },

    /**
     * The employee numbers from one person to another (both included, either may come first) in
     * the search's order; null when either is not in it. Reads the order only up to the later one.
     */
    between(
      query: string,
      filters: SearchFilters,
      sort: PersonSort | undefined,
      from: string,
      to: string,
    ): string[] | null {
      const q = query.trim()
      const f = filterSql(filters)
      const st = statements(f.key, f.where, f.probe, sort)
      let order: Iterable<string>
      if (q === '') order = st.orderedNos.iterate(f.params) as Iterable<string>
      else {
        let ids = queryIds(q, f, st)
        if (sort && ids.length > 1) ids = st.sortIds.all({ ids: JSON.stringify(ids) }) as number[]
        const rows = st.byIds.all({ ids: JSON.stringify(ids) }) as (SummaryRow & { id: number })[]
        const noOf = new Map(rows.map((r) => [r.id, r.employee_no]))
        order = ids.map((id) => noOf.get(id)!)
      }
      const out: string[] = []
      let end: string | null = null
      for (const no of order) {
        if (end === null) {
          if (no !== from && no !== to) continue
          out.push(no)
          if (from === to) return out
          end = no === from ? to : from
        } else {
          out.push(no)
          if (no === end) return out
        }
      }
      return null
    },
  }
}
