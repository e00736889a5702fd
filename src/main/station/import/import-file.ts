// A person file in, with its photos: read and check every row (streamed, in slices), then
// either refuse the file with every problem listed, or write it (all rows, or only the good
// rows when the user chose that), then the photos. A dry run stops after the checks and
// tells what the photos would do. Progress goes out as `import.progress`.
import type { ParsedArgsOf } from '@shared/api'
import type { ImportProgressEvent, PersonFileReport } from '@shared/contract/person-files'
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { checkRows, MAX_PROBLEMS } from './check-rows'
import { checkPhoto, zipPhotos } from './photo-zip'
import { readTable } from './table-reader'
import { writeRows, type ApplyStateRecompute } from './write-rows'

export async function importFile(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
  args: ParsedArgsOf<'persons.importFile'>,
): Promise<PersonFileReport> {
  const progress = (phase: ImportProgressEvent['phase'], done: number, total: number | null) =>
    ctx.bus.emit('import.progress', { phase, done, total })
  const data = Buffer.from(args.dataBase64, 'base64')
  progress('reading', 0, null)
  const checked = await checkRows(ctx, readTable(args.fileName, data), (n) => {
    if (n % 2000 === 0) progress('reading', n, null)
  })
  const report: PersonFileReport = {
    rows: checked.rows,
    created: 0,
    updated: 0,
    cards: 0,
    cardsRemoved: 0,
    skipped: checked.badRows,
    problems: checked.problems.slice(0, MAX_PROBLEMS),
    moreProblems: Math.max(0, checked.problems.length - MAX_PROBLEMS),
    written: false,
    photos: [],
    columns: checked.columns,
  }
  const refused = checked.problems.length > 0 && !args.goodRowsOnly
  if (refused && !args.dryRun)
    throw new AppFailure(
      'INVALID_ARGS',
      `The file has ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} in ${checked.badRows} row${checked.badRows === 1 ? '' : 's'}; nothing was imported.`,
      { report },
    )
  const inFile = new Set(checked.good.map((r) => r.input.employeeNo))
  const known = (employeeNo: string) =>
    inFile.has(employeeNo) || !!ctx.store.persons.get(employeeNo)
  if (args.dryRun) {
    if (args.photosZipBase64) {
      for await (const photo of zipPhotos(Buffer.from(args.photosZipBase64, 'base64')))
        report.photos.push((await checkPhoto(photo, known)).outcome)
    }
    progress('done', checked.rows, checked.rows)
    return report
  }
  const counts = await writeRows(ctx, roster, applyStates, checked.good, (n) =>
    progress('writing', n, checked.good.length),
  )
  Object.assign(report, counts, { written: true })
  if (args.photosZipBase64) {
    const at = ctx.clock.now().toISOString()
    const faced: string[] = []
    for await (const photo of zipPhotos(Buffer.from(args.photosZipBase64, 'base64'))) {
      const { outcome, face } = await checkPhoto(photo, (no) => !!ctx.store.persons.get(no))
      report.photos.push(outcome)
      if (face && outcome.employeeNo) {
        const employeeNo = outcome.employeeNo
        ctx.store.tx(() => {
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
            { source: 'file', bytes: face.bytes, file: outcome.file },
            'import',
          )
        })
        faced.push(employeeNo)
      }
      progress('photos', report.photos.length, null)
    }
    if (faced.length > 0) ctx.bus.emit('roster.changed', { employeeNos: faced })
  }
  progress('done', checked.rows, checked.rows)
  return report
}
