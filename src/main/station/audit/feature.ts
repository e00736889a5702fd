// The audit log: one way to write it (ctx.audit: the operator named, the station's clock) and
// the Audit screen's and the CLI's way to read it (search, CSV export).
import { userInfo } from 'node:os'
import type { AuditEntry, AuditSubjectKind } from '@shared/contract/audit'
import type { Store } from '../../store'
import type { AuditQuery, AuditRecord } from '../../store/audit-repo'
import { formatCsv } from '../roster/csv'
import type { Clock } from '../../platform/clock'
import type { StationContext } from '../context'
import type { Feature } from '../feature'

/**
 * Writes one audit entry: what was done, to which subject (`person:<no>`, `device:<id>` …), by
 * the operator — or by the station's own upkeep (`station`) or an import file (`import`).
 */
export type AuditWriter = (
  action: string,
  subject: string,
  details?: Record<string, unknown> | null,
  by?: 'operator' | 'import' | 'station',
) => void

/** The operator: the name given by the composition root, else the OS user running the station. */
export function operatorName(given?: string): string {
  if (given?.trim()) return given.trim()
  try {
    return userInfo().username || 'operator'
  } catch {
    return 'operator'
  }
}

export function auditWriter(store: Store, clock: Clock, operator: string): AuditWriter {
  store.audit.nameOperator(operator)
  return (action, subject, details = null, by = 'operator') =>
    store.audit.record({
      at: clock.now().toISOString(),
      actor: by === 'operator' ? operator : by,
      action,
      subject,
      details,
    })
}

const kindOf = (subject: string): AuditSubjectKind =>
  subject.startsWith('person:') ? 'person' : subject.startsWith('device:') ? 'device' : 'other'

function readable(store: Store, r: AuditRecord): AuditEntry {
  const kind = kindOf(r.subject)
  const key = r.subject.slice(r.subject.indexOf(':') + 1)
  const subjectName =
    kind === 'person'
      ? (store.persons.get(key)?.name ?? null)
      : kind === 'device'
        ? (store.devices.get(key)?.name ?? null)
        : null
  return { ...r, subjectKind: kind, subjectName }
}

/** Persons and terminals whose name holds the text (so a search by name finds what was done to them). */
function namedBy(store: Store, text: string): string[] {
  const t = text.toLowerCase()
  return [
    ...store.search.search(text, 0, 200).items.map((p) => `person:${p.employeeNo}`),
    ...store.devices
      .list()
      .filter((d) => d.name.toLowerCase().includes(t))
      .map((d) => `device:${d.id}`),
  ]
}

const query = (
  store: Store,
  f: {
    text?: string
    action?: string
    employeeNo?: string
    deviceId?: string
    from?: string
    to?: string
  },
): AuditQuery => ({
  text: f.text,
  textSubjects: f.text ? namedBy(store, f.text) : undefined,
  action: f.action,
  from: f.from,
  to: f.to,
  subjects:
    f.employeeNo || f.deviceId
      ? [
          ...(f.employeeNo ? [`person:${f.employeeNo}`] : []),
          ...(f.deviceId ? [`device:${f.deviceId}`] : []),
        ]
      : undefined,
})

export const AUDIT_CSV_HEADER = ['time', 'operator', 'action', 'subject', 'name', 'details']
const EXPORT_MAX = 100_000

export function auditFeature(ctx: StationContext): Feature {
  return {
    handlers: {
      'audit.search': (args) => {
        const { offset, limit, ...filter } = args
        const { total, records } = ctx.store.audit.search(query(ctx.store, filter), {
          offset,
          limit,
        })
        return { total, entries: records.map((r) => readable(ctx.store, r)) }
      },
      'audit.export': (filter) => {
        const { records } = ctx.store.audit.search(query(ctx.store, filter), {
          offset: 0,
          limit: EXPORT_MAX,
        })
        const rows: (string | null)[][] = [AUDIT_CSV_HEADER]
        for (const r of records) {
          const e = readable(ctx.store, r)
          rows.push([
            e.at,
            e.actor,
            e.action,
            e.subject,
            e.subjectName,
            e.details ? JSON.stringify(e.details) : null,
          ])
        }
        return { csv: formatCsv(rows), rows: rows.length - 1 }
      },
    },
  }
}
