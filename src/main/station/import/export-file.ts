// Persons out as a file people open: .xlsx (exceljs's streaming writer) or .csv (UTF-8 with a
// BOM so spreadsheets read it as UTF-8, formula-looking cells defused), headers in the
// user's language, read from the roster in pages so memory stays bounded; faces optionally
// as a ZIP of `<employeeNo>_<name>.jpg` (stored, JPEG is compressed already). The template
// is the same sheet with one example row.
import { PassThrough } from 'node:stream'
import { Zip, ZipPassThrough } from 'fflate'
import type { ParsedArgsOf } from '@shared/api'
import type { PersonFile, PersonFileFormat } from '@shared/contract/person-files'
import type { StationContext } from '../context'
import { formatCsv } from '../roster/csv'
import type { CellValue } from './cell-dates'
import { loadExcelJs } from './exceljs-lazy'
import { PERSON_COLUMNS, type ExportPerson, type PersonColumn } from './columns'
import { yieldEvery } from './time-slice'

const PAGE = 1000
const COLUMNS = PERSON_COLUMNS as readonly PersonColumn[]

type Lang = 'en' | 'zh'

const headerRow = (lang: Lang) => COLUMNS.map((c) => c.headers[lang])

/** Cells as text for CSV; xlsx keeps numbers and dates typed. */
const csvCell = (v: CellValue): string | number | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? String(v) : v

async function* exportRows(ctx: StationContext, department?: string): AsyncGenerator<ExportPerson> {
  const pause = yieldEvery()
  let after = ''
  for (;;) {
    const page = ctx.store.personPages.page(after, PAGE, department)
    for (const { person, cards, groups } of page) yield { ...person, cards, groups }
    if (page.length < PAGE) return
    after = page[page.length - 1]!.person.employeeNo
    await pause()
  }
}

async function sheet(
  format: PersonFileFormat,
  lang: Lang,
  rows: AsyncIterable<CellValue[]>,
): Promise<Buffer> {
  if (format === 'csv') {
    // each page becomes its bytes at once: no text of the whole file is ever built
    const parts: Buffer[] = [Buffer.from('\ufeff' + formatCsv([headerRow(lang)]), 'utf8')]
    const pause = yieldEvery()
    let batch: (string | number | null)[][] = []
    for await (const r of rows) {
      batch.push(r.map(csvCell))
      if (batch.length === PAGE) {
        parts.push(Buffer.from(formatCsv(batch), 'utf8'))
        batch = []
        await pause()
      }
    }
    if (batch.length > 0) parts.push(Buffer.from(formatCsv(batch), 'utf8'))
    return Buffer.concat(parts)
  }
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve)
    out.on('error', reject)
  })
  const ExcelJS = await loadExcelJs()
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  })
  const ws = book.addWorksheet(lang === 'zh' ? '人员' : 'Persons')
  ws.addRow(headerRow(lang)).commit()
  const pause = yieldEvery()
  for await (const r of rows) {
    ws.addRow(r).commit()
    await pause()
  }
  ws.commit()
  await book.commit()
  await done
  return Buffer.concat(chunks)
}

export async function exportFile(
  ctx: StationContext,
  args: ParsedArgsOf<'persons.exportFile'>,
): Promise<PersonFile & { photosZipBase64?: string; persons: number }> {
  let persons = 0
  const photoNames: { employeeNo: string; name: string }[] = []
  async function* rows(): AsyncGenerator<CellValue[]> {
    for await (const p of exportRows(ctx, args.department)) {
      persons++
      if (args.photos) photoNames.push({ employeeNo: p.employeeNo, name: p.name })
      yield COLUMNS.map((c) => c.write(p))
    }
  }
  const data = await sheet(args.format, args.lang, rows())
  const file: PersonFile & { photosZipBase64?: string; persons: number } = {
    fileName: `persons.${args.format}`,
    dataBase64: data.toString('base64'),
    persons,
  }
  if (args.photos) file.photosZipBase64 = (await photosZip(ctx, photoNames)).toString('base64')
  return file
}

async function photosZip(
  ctx: StationContext,
  persons: readonly { employeeNo: string; name: string }[],
): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  const pause = yieldEvery()
  for (const { employeeNo, name } of persons) {
    const jpeg = ctx.store.credentials.faces.jpeg(employeeNo)
    if (!jpeg) continue
    const safe = [...name]
      .filter((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch))
      .join('')
      .slice(0, 60)
    const entry = new ZipPassThrough(`${employeeNo}${safe ? `_${safe}` : ''}.jpg`)
    zip.add(entry)
    entry.push(jpeg, true)
    await pause()
  }
  zip.end()
  if (failure) throw failure
  return Buffer.concat(chunks)
}

export async function templateFile(args: ParsedArgsOf<'persons.template'>): Promise<PersonFile> {
  async function* example(): AsyncGenerator<CellValue[]> {
    yield COLUMNS.map((c) => c.example)
  }
  const data = await sheet(args.format, args.lang, example())
  return {
    fileName: `${args.lang === 'zh' ? '人员导入模板' : 'persons-template'}.${args.format}`,
    dataBase64: data.toString('base64'),
  }
}
