// Importing a person file (.xlsx or .csv) with an optional photos ZIP: a file picked is checked
// at once (a dry run: every problem by row and column, what each photo would do); then the
// user imports it whole, or — by explicit choice — only its good rows. Progress comes from
// the station's import.progress events.
import { create } from 'zustand'
import type { ImportProgressEvent, PersonFileReport } from '@shared/contract/person-files'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'
import { fileBase64 } from './file-base64'

type Phase = 'idle' | 'checking' | 'checked' | 'writing' | 'done'

interface ImportState {
  opened: boolean
  file: File | null
  photos: File | null
  phase: Phase
  /** The dry run's report (problems, photos). */
  preview: PersonFileReport | null
  report: PersonFileReport | null
  error: AppError | null
  goodRowsOnly: boolean
  progress: ImportProgressEvent | null
  open(): void
  close(): void
  pick(file: File | null): void
  pickPhotos(file: File | null): void
  setGoodRowsOnly(on: boolean): void
  start(): Promise<void>
}

const idle = {
  phase: 'idle' as Phase,
  preview: null,
  report: null,
  error: null,
  goodRowsOnly: false,
  progress: null,
}

export const usePersonImport = create<ImportState>((set, get) => {
  station.on('import.progress', (progress) => {
    if (get().phase === 'writing' || get().phase === 'checking') set({ progress })
  })
  const args = async (dryRun: boolean) => {
    const { file, photos, goodRowsOnly } = get()
    return {
      fileName: file!.name,
      dataBase64: await fileBase64(file!),
      ...(photos ? { photosZipBase64: await fileBase64(photos) } : {}),
      goodRowsOnly,
      dryRun,
    }
  }
  const check = async () => {
    if (!get().file) return
    set({ ...idle, phase: 'checking' })
    const r = await station.persons.importFile(await args(true))
    if (r.ok) set({ phase: 'checked', preview: r.value })
    else set({ phase: 'idle', error: r.error })
  }
  return {
    opened: false,
    file: null,
    photos: null,
    ...idle,
    open: () => set({ opened: true, file: null, photos: null, ...idle }),
    close: () => get().phase !== 'writing' && get().phase !== 'checking' && set({ opened: false }),
    pick: (file) => {
      set({ file })
      void check()
    },
    pickPhotos: (photos) => {
      set({ photos })
      void check()
    },
    setGoodRowsOnly: (goodRowsOnly) => set({ goodRowsOnly }),
    async start() {
      if (!get().file) return
      set({ phase: 'writing', error: null, progress: null })
      const r = await station.persons.importFile(await args(false))
      if (r.ok) set({ phase: 'done', report: r.value })
      else set({ phase: 'checked', error: r.error })
    },
  }
})
