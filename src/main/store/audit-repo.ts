import type { Database } from 'better-sqlite3'

export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: string
  subject: string
  details: Record<string, unknown> | null
}

export function auditRepo(db: Database) {
  const insert = db.prepare<[string, string, string, string, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)',
  )
  const bySubject = db.prepare<
    [string, number],
    {
      id: number
      at: string
      actor: string
      action: string
      subject: string
      details: string | null
    }
  >('SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?')
  return {
    record(entry: Omit<AuditEntry, 'id'>): void {
      insert.run(
        entry.at,
        entry.actor,
        entry.action,
        entry.subject,
        entry.details ? JSON.stringify(entry.details) : null,
      )
    },
    forSubject(subject: string, limit = 100): AuditEntry[] {
      return bySubject.all(subject, limit).map((r) => ({
        ...r,
        details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
      }))
    },
  }
}
