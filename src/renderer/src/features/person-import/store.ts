// CSV import: all or nothing on the station; a refusal carries the bad lines (details.errors).
import type { Reason } from '@shared/reason-text'
import { create } from 'zustand'
import type { ImportReport } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

export interface LineError {
  line: number
  message: string
  /** The problem as a code with parameters; the dialog words it (shared/reason-text.ts). */
  reason?: Reason
}

interface ImportState {
  opened: boolean
  file: File | null
  running: boolean
  report: ImportReport | null
  error: AppError | null
  lines: LineError[]
  more: number
  open(): void
  close(): void
  pick(file: File | null): void
  start(): Promise<void>
}

const idle = { file: null, running: false, report: null, error: null, lines: [], more: 0 }

export const usePersonImport = create<ImportState>((set, get) => ({
  opened: false,
  ...idle,
  open: () => set({ opened: true, ...idle }),
  close: () => !get().running && set({ opened: false }),
  pick: (file) => set({ ...idle, file }),
  async start() {
    const { file } = get()
    if (!file) return
    set({ running: true, report: null, error: null, lines: [], more: 0 })
    const csv = await file.text()
    const r = await station.persons.import({ csv })
    if (r.ok) return set({ running: false, report: r.value })
    const d = r.error.details ?? {}
    set({
      running: false,
      error: r.error,
      lines: Array.isArray(d.errors) ? (d.errors as LineError[]) : [],
      more: typeof d.more === 'number' ? d.more : 0,
    })
  },
}))
