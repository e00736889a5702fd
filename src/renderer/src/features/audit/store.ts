// The Audit screen's state: the search (audit.search, newest first) and the CSV export of it.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { AuditEntry } from '@shared/contract/audit'
import type { AppError, Result } from '@shared/result'
import { station } from '../../lib/station'

export type AuditFilter = ArgsOf<'audit.export'>
export const AUDIT_PAGE = 200

interface AuditState {
  filter: AuditFilter
  entries: AuditEntry[]
  total: number | null
  searching: boolean
  error: AppError | null
  search(filter?: AuditFilter): Promise<void>
  exportCsv(): Promise<Result<{ csv: string; rows: number }>>
}

let searchId = 0

export const useAudit = create<AuditState>((set, get) => ({
  filter: {},
  entries: [],
  total: null,
  searching: false,
  error: null,
  async search(filter = get().filter) {
    const id = ++searchId
    set({ filter, searching: true, error: null })
    const r = await station.audit.search({ ...filter, limit: AUDIT_PAGE })
    if (id !== searchId) return // a newer search answers instead
    if (r.ok) set({ entries: r.value.entries, total: r.value.total, searching: false })
    else set({ error: r.error, searching: false })
  },
  exportCsv: () => station.audit.export(get().filter),
}))
