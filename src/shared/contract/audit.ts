import { z } from 'zod'
import { employeeNo, id, isoTime, method } from './method'

/** What an audit entry is about: a person, a terminal, or something of the station's own. */
export type AuditSubjectKind = 'person' | 'device' | 'other'

/** One thing someone (or the station itself) did, when, to which person or terminal. */
export interface AuditEntry {
  id: number
  /** ISO 8601 instant. */
  at: string
  /** Who: the operator's name (the OS user running the station), 'station' or 'import'. */
  actor: string
  /** What, as a stable code (`person.create`, `device.remove`, `settings.set` …). */
  action: string
  /** The subject as stored: `person:1001`, `device:<id>`, `settings`, `schedule:week:2` … */
  subject: string
  subjectKind: AuditSubjectKind
  /** The person's name or the terminal's name now (null when gone or not a person/terminal). */
  subjectName: string | null
  details: Record<string, unknown> | null
}

export const auditFilter = z
  .object({
    /** Part of the operator, action, subject, its name or the details (case-insensitive). */
    text: z.string().trim().min(1).max(100).optional(),
    /** An action code, or its start (`device.` finds every terminal action). */
    action: z.string().trim().min(1).max(64).optional(),
    /** Entries about this person … */
    employeeNo: employeeNo.optional(),
    /** … or about this terminal. */
    deviceId: id.optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
  })
  .strict()

export const auditApi = {
  /** The audit log, newest first. */
  'audit.search': method<{ total: number; entries: AuditEntry[] }>()(
    auditFilter
      .extend({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** The entries the filter finds, as CSV (UTF-8, newest first). */
  'audit.export': method<{ csv: string; rows: number }>()(auditFilter),
}
