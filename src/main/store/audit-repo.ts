import type { Database } from 'better-sqlite3'

export interface AuditRecord {
  id: number
  at: string
  actor: string
  action: string
  subject: string
  details: Record<string, unknown> | null
}

/** Which entries a search finds (all optional; `subjects`: any of them). */
export interface AuditQuery {
  text?: string
  /** Subjects the text names (a person's or terminal's name): found as well. */
  textSubjects?: string[]
  action?: string
  subjects?: string[]
  from?: string
  to?: string
}

interface Row {
  id: number
  at: string
  actor: string
  action: string
  subject: string
  details: string | null
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The WHERE clause of a query and its parameters. */
function where(q: AuditQuery): { sql: string; params: (string | number)[] } {
  const parts: string[] = []
  const params: (string | number)[] = []
  if (q.action) {
    parts.push("(action = ? OR action LIKE ? ESCAPE '\\')")
    params.push(q.action, `${likeEscaped(q.action)}%`)
  }
  if (q.subjects) {
    parts.push(`subject IN (${q.subjects.map(() => '?').join(',') || "''"})`)
    params.push(...q.subjects)
  }
  if (q.from) {
    parts.push('at >= ?')
    params.push(new Date(q.from).toISOString())
  }
  if (q.to) {
    parts.push('at <= ?')
    params.push(new Date(q.to).toISOString())
  }
  if (q.text) {
    const like = `%${likeEscaped(q.text.toLowerCase())}%`
    parts.push(
      `(lower(actor) LIKE ? ESCAPE '\\' OR lower(action) LIKE ? ESCAPE '\\' OR lower(subject) LIKE ? ESCAPE '\\' OR lower(coalesce(details, '')) LIKE ? ESCAPE '\\'${(q.textSubjects ?? []).map(() => ' OR subject = ?').join('')})`,
    )
    params.push(like, like, like, like, ...(q.textSubjects ?? []))
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

const parsed = (r: Row): AuditRecord => ({
  ...r,
  details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
})

export function auditRepo(db: Database) {
  const insert = db.prepare<[string, string, string, string, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)',
  )
  const bySubject = db.prepare<[string, number], Row>(
    'SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?',
  )
  // The placeholder actor 'operator' (what call sites not yet on ctx.audit write) is recorded
  // under the operator's name once the station has named one.
  let operator = 'operator'
  return {
    nameOperator(name: string): void {
      operator = name
    },
    record(entry: Omit<AuditRecord, 'id'>): void {
      insert.run(
        entry.at,
        entry.actor === 'operator' ? operator : entry.actor,
        entry.action,
        entry.subject,
        entry.details ? JSON.stringify(entry.details) : null,
      )
    },
    forSubject(subject: string, limit = 100): AuditRecord[] {
      return bySubject.all(subject, limit).map(parsed)
    },
    /** Newest first; `total` counts every entry the query finds. */
    search(q: AuditQuery, page: { offset: number; limit: number }) {
      const { sql, params } = where(q)
      const total = (
        db.prepare(`SELECT count(*) AS n FROM audit_log ${sql}`).get(...params) as { n: number }
      ).n
      const rows = db
        .prepare(`SELECT * FROM audit_log ${sql} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
        .all(...params, page.limit, page.offset) as Row[]
      return { total, records: rows.map(parsed) }
    },
  }
}
