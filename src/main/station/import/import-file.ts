// A person file in, with its photos: read and check every row (streamed, in slices), then
// either refuse the file with every problem listed, or write it (all rows, or only the good
// rows when the user chose that), then the photos. A dry run stops after the checks and
// tells what the photos would do. Progress goes out as `import.progress`.
import type { ParsedArgsOf } from '@shared/api'
import type { ImportProgressEvent, PersonFileReport } from '@shared/contract/person-files'
import type { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { checkedRows, checkFile, type FileCheck } from './check-rows'
import { base64Source, type FileSource } from './file-source'
import { checkPhoto, zipPhotos } from './photo-zip'
import type { NormalisedFace } from '../roster/face-normaliser'
import { fromBase64 } from './time-slice'
import { writeRows, type ApplyStateRecompute } from './write-rows'
import { codedFailure } from '@shared/coded-failure'

/** Photos stored in one transaction. */
const PHOTO_BATCH = 64

/** A person file as the station reads it: its bytes (read twice), with photos (a ZIP) if any. */
export interface TableFile {
  source: FileSource
  photosZip?: Buffer
  goodRowsOnly: boolean
  dryRun: boolean
}

export const tableFile = async (args: ParsedArgsOf<'persons.importFile'>): Promise<TableFile> => ({
  source: base64Source(args.fileName, args.dataBase64),
  ...(args.photosZipBase64 ? { photosZip: await fromBase64(args.photosZipBase64) } : {}),
  goodRowsOnly: args.goodRowsOnly,
  dryRun: args.dryRun,
})

/** Every row read and checked, with progress; nothing written. */
export async function checkTable(ctx: StationContext, source: FileSource) {
  const progress = (done: number) =>
    ctx.bus.emit('import.progress', { phase: 'reading', done, total: null })
  progress(0)
  return checkFile(ctx, source, (n) => {
    if (n % 2000 === 0) progress(n)
  })
}

/** The refusal of a file with problems: every problem, by row and column, in the details. */
export function refusal(problems: number, badRows: number, report: unknown): AppFailure {
  return codedFailure('INVALID_ARGS', 'importProblems', { problems, rows: badRows }, { report })
}

/** What a checked file holds, before anything is written. */
export function fileReport(checked: FileCheck): PersonFileReport {
  return {
    rows: checked.rows,
    created: 0,
    updated: 0,
    cards: 0,
    cardsRemoved: 0,
    skipped: checked.badRows,
    problems: checked.problems,
    moreProblems: checked.problemCount - checked.problems.length,
    written: false,
    photos: [],
    columns: checked.columns,
  }
}

export async function importFile(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
  args: TableFile,
): Promise<PersonFileReport> {
  const progress = (phase: ImportProgressEvent['phase'], done: number, total: number | null) =>
    ctx.bus.emit('import.progress', { phase, done, total })
  const checked = await checkTable(ctx, args.source)
  const report = fileReport(checked)
  const refused = checked.problemCount > 0 && !args.goodRowsOnly
  if (refused && !args.dryRun) throw refusal(checked.problemCount, checked.badRows, report)
  const known = (employeeNo: string) =>
    checked.inFile(employeeNo) || !!ctx.store.persons.get(employeeNo)
  if (args.dryRun) {
    if (args.photosZip) {
      for await (const photo of zipPhotos(args.photosZip))
        report.photos.push((await checkPhoto(photo, known)).outcome)
    }
    progress('done', checked.rows, checked.rows)
    return report
  }
  const counts = await writeRows(
    ctx,
    roster,
    applyStates,
    checkedRows(ctx, args.source, checked),
    (n) => progress('writing', n, checked.goodRows),
    checked.cardMayMove,
  )
  Object.assign(report, counts, { written: true })
  if (args.photosZip) {
    const at = ctx.clock.now().toISOString()
    const faced: string[] = []
    // checked faces are stored PHOTO_BATCH at a time, one transaction each
    let batch: { employeeNo: string; face: NormalisedFace; file: string }[] = []
    const store = () => {
      const faces = batch
      batch = []
      ctx.store.tx(() => {
        for (const { employeeNo, face, file } of faces) {
          ctx.store.credentials.faces.put(
            {
              employeeNo,
              bytes: face.bytes,
              width: face.width,
              height: face.height,
              sha256: face.sha256,
              source: 'file',
              capturedAt: at,
            },
            face.jpeg,
          )
          ctx.audit(
            'face.set',
            `person:${employeeNo}`,
            { source: 'file', bytes: face.bytes, file },
            'import',
          )
        }
      })
    }
    for await (const photo of zipPhotos(args.photosZip)) {
      const { outcome, face } = await checkPhoto(photo, (no) => !!ctx.store.persons.get(no))
      report.photos.push(outcome)
      if (face && outcome.employeeNo) {
        batch.push({ employeeNo: outcome.employeeNo, face, file: outcome.file })
        faced.push(outcome.employeeNo)
        if (batch.length === PHOTO_BATCH) store()
      }
      progress('photos', report.photos.length, null)
    }
    if (batch.length > 0) store()
    if (faced.length > 0) ctx.bus.emit('roster.changed', { employeeNos: faced })
  }
  progress('done', checked.rows, checked.rows)
  return report
}
