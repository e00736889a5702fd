// persons import | export | template with files: .xlsx or .csv, photos from a ZIP or a folder
// (zipped here, stored), every refused cell printed as row, column, expected and found.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { zipSync } from 'fflate'
import {
  problemReason,
  type PersonFile,
  type PersonFileReport,
} from '@shared/contract/person-files'
import { reasonText, type Reason } from '@shared/reason-text'
import { flag, need, required, show, UsageError, type CliContext } from './context'

/** A folder of pictures as a ZIP (stored: JPEG is compressed already), or the ZIP as it is. */
function photosZip(path: string): Buffer {
  if (!statSync(path).isDirectory()) return readFileSync(path)
  const files: Record<string, [Uint8Array, { level: 0 }]> = {}
  for (const name of readdirSync(path))
    if (/\.(jpe?g|png)$/i.test(name) && statSync(join(path, name)).isFile())
      files[name] = [readFileSync(join(path, name)), { level: 0 }]
  return Buffer.from(zipSync(files))
}

const photoLine = (p: PersonFileReport['photos'][number]): string =>
  p.outcome === 'matched'
    ? `  photo ${p.file}: matched ${p.employeeNo}`
    : p.outcome === 'noSuchPerson'
      ? `  photo ${reasonText({ code: 'photoNoSuchPerson', params: { file: p.file, employeeNo: p.employeeNo ?? '' } }, 'en')}`
      : `  photo ${
          p.reason === 'unnamed'
            ? reasonText({ code: 'photoUnnamed', params: { file: p.file } }, 'en')
            : reasonText(
                {
                  code: 'photoRefused',
                  params: { file: p.file, why: p.why ? reasonText(p.why, 'en') : (p.reason ?? '') },
                },
                'en',
              )
        }`

function reportText(r: PersonFileReport, dryRun: boolean): string {
  const matched = r.photos.filter((p) => p.outcome === 'matched').length
  return [
    dryRun
      ? `${r.rows} rows checked: ${r.problems.length + r.moreProblems} problem(s) in ${r.skipped} row(s) (nothing written).`
      : `Imported ${r.rows - r.skipped} of ${r.rows} rows: ${r.created} new, ${r.updated} updated, ${r.cards} cards${r.cardsRemoved ? `, ${r.cardsRemoved} cards removed` : ''}${r.skipped ? `, ${r.skipped} rows left out` : ''}.`,
    ...r.problems.map((p) => `  ${reasonText(problemReason(p), 'en')}`),
    ...(r.moreProblems ? [`  … and ${r.moreProblems} more`] : []),
    ...(r.photos.length
      ? [
          `Photos: ${matched} matched of ${r.photos.length}.`,
          ...r.photos.filter((p) => p.outcome !== 'matched').map(photoLine),
        ]
      : []),
  ].join('\n')
}

/** A refused file: the reason, then every problem by row and column; exit code 1. */
export function refused(
  cli: CliContext,
  error: { code: string; message: string; details?: Record<string, unknown> },
): number {
  if (cli.json) {
    cli.out(JSON.stringify({ ok: false, error }))
    return 1
  }
  const reason = error.details?.reason as Reason | undefined
  cli.err(`error ${error.code}: ${reason ? reasonText(reason, 'en') : error.message}`)
  const report = error.details?.report as PersonFileReport | undefined
  if (report) {
    cli.err(reportText(report, true))
    cli.err('Nothing was imported. Fix the file, or add --good-rows-only to import the other rows.')
  }
  return 1
}

export async function importPersonFile(cli: CliContext, file: string): Promise<number> {
  const dryRun = cli.flags['dry-run'] === true
  const photos = flag(cli, 'photos')
  const result = await cli.station.call('persons.importFile', {
    fileName: basename(file),
    dataBase64: readFileSync(file).toString('base64'),
    ...(photos ? { photosZipBase64: photosZip(photos).toString('base64') } : {}),
    goodRowsOnly: cli.flags['good-rows-only'] === true,
    dryRun,
  })
  if (!result.ok) return refused(cli, result.error)
  const report = result.value as PersonFileReport
  show(cli, report, () => reportText(report, dryRun))
  return dryRun && report.problems.length > 0 ? 1 : 0
}

const formatOf = (out: string): 'xlsx' | 'csv' => {
  const ext = extname(out).toLowerCase()
  if (ext === '.xlsx') return 'xlsx'
  if (ext === '.csv') return 'csv'
  throw new UsageError('--out must name a .xlsx or .csv file')
}

const lang = (cli: CliContext): 'en' | 'zh' => (flag(cli, 'lang') === 'zh' ? 'zh' : 'en')

export async function exportPersonFile(cli: CliContext): Promise<number> {
  const out = required(cli, 'out')
  const photos = flag(cli, 'photos')
  const department = flag(cli, 'department')
  const file = need<PersonFile & { photosZipBase64?: string; persons: number }>(
    cli,
    await cli.station.call('persons.exportFile', {
      format: formatOf(out),
      lang: lang(cli),
      photos: photos !== undefined,
      ...(department ? { department } : {}),
    }),
  )
  if (!file) return 1
  writeFileSync(out, Buffer.from(file.dataBase64, 'base64'))
  if (photos && file.photosZipBase64)
    writeFileSync(photos, Buffer.from(file.photosZipBase64, 'base64'))
  return show(
    cli,
    { out, persons: file.persons, ...(photos ? { photos } : {}) },
    () => `Exported ${file.persons} persons to ${out}${photos ? ` (faces in ${photos})` : ''}.`,
  )
}

export async function templatePersonFile(cli: CliContext): Promise<number> {
  const out = required(cli, 'out')
  const file = need<PersonFile>(
    cli,
    await cli.station.call('persons.template', { format: formatOf(out), lang: lang(cli) }),
  )
  if (!file) return 1
  writeFileSync(out, Buffer.from(file.dataBase64, 'base64'))
  return show(cli, { out }, () => `Template written to ${out}.`)
}
