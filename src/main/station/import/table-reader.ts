// A person file's rows, one at a time, whatever its form: .xlsx through exceljs's streaming
// reader (the first worksheet), .csv in UTF-8 (with or without BOM) or GBK (what Chinese Excel
// saves), its separator `,`, `;` or a tab taken from the header line. Decoding goes in slices
// so a large file never holds the event loop for long.
import { Readable } from 'node:stream'
import iconv from 'iconv-lite'
import { AppFailure } from '@shared/result'
import { CSV_LIMITS, CsvError } from '../roster/csv'
import { csvStreamRows } from './csv-stream'
import type { FileSource } from './file-source'
import type { CellValue } from './cell-dates'
import { loadExcelJs } from './exceljs-lazy'

export interface TableRow {
  /** The row's number as the user sees it (the header is row 1). */
  row: number
  cells: CellValue[]
}

const DECODE_SLICE = 1 << 20

export function tableFormat(fileName: string): 'xlsx' | 'csv' {
  const ext = fileName.toLowerCase().split('.').pop()
  if (ext === 'xlsx') return 'xlsx'
  if (ext === 'csv' || ext === 'txt') return 'csv'
  throw new AppFailure(
    'INVALID_ARGS',
    `"${fileName}" is not a spreadsheet this station reads: use .xlsx or .csv.`,
    { reason: { code: 'importFileType', params: { file: fileName } } },
  )
}

export async function* readTable(source: FileSource): AsyncGenerator<TableRow> {
  if (tableFormat(source.fileName) === 'xlsx') yield* xlsxRows(source.chunks())
  else yield* csvTable(source.chunks())
}

/** UTF-8 when the bytes are valid UTF-8 (or carry its BOM), GBK otherwise. */
export function csvEncoding(data: Buffer): 'utf8' | 'gbk' {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf8'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, 256 * 1024), {
      stream: true,
    })
    return 'utf8'
  } catch {
    return 'gbk'
  }
}

/** The file's text in chunks (a BOM dropped), its encoding taken from the first chunk. */
async function* csvText(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decode: ((bytes: Buffer) => string) | null = null
  let end = () => ''
  for await (const chunk of chunks) {
    if (!decode) {
      if (csvEncoding(chunk) === 'utf8') {
        const utf8 = new TextDecoder('utf-8')
        decode = (bytes) => utf8.decode(bytes, { stream: true })
        end = () => utf8.decode()
      } else {
        const gbk = iconv.getDecoder('gbk', { stripBOM: true })
        decode = (bytes) => gbk.write(bytes)
        end = () => gbk.end() ?? ''
      }
    }
    for (let at = 0; at < chunk.length; at += DECODE_SLICE) {
      const text = decode(chunk.subarray(at, Math.min(chunk.length, at + DECODE_SLICE)))
      if (text) yield text
    }
  }
  const rest = end()
  if (rest) yield rest
}

async function* csvTable(chunks: AsyncIterable<Buffer>): AsyncGenerator<TableRow> {
  let row = 0
  try {
    for await (const cells of csvStreamRows(csvText(chunks), CSV_LIMITS))
      yield { row: ++row, cells }
  } catch (error) {
    if (error instanceof CsvError)
      throw new AppFailure('INVALID_ARGS', `The CSV file cannot be read: ${error.message}.`, {
        reason: { code: 'importUnreadable', params: { why: error.message } },
      })
    throw error
  }
}

async function* xlsxRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<TableRow> {
  const ExcelJS = await loadExcelJs()
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(copies(chunks)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  let count = 0
  let first = true
  try {
    for await (const sheet of reader) {
      if (!first) {
        // the first worksheet only; the others are read past so the whole file is read (and hashed)
        for await (const r of sheet) void r
        continue
      }
      first = false
      for await (const r of sheet) {
        if (++count > CSV_LIMITS.maxRows)
          throw new AppFailure(
            'INVALID_ARGS',
            `The sheet has more than ${CSV_LIMITS.maxRows - 1} persons.`,
            { reason: { code: 'importTooMany', params: { max: CSV_LIMITS.maxRows - 1 } } },
          )
        const values = r.values as unknown[]
        const cells: CellValue[] = []
        for (let i = 1; i < values.length && i <= CSV_LIMITS.maxColumns; i++)
          cells.push(plainCell(values[i]))
        yield { row: r.number, cells }
      }
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw new AppFailure(
      'INVALID_ARGS',
      `The .xlsx file cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
      { reason: { code: 'importUnreadable', params: { why: String(error) } } },
    )
  }
}

/** Chunks a stream may hold on to (a source reuses its buffer). */
async function* copies(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk)
}

/** A cell as a plain value: rich text, formulas, hyperlinks and shared strings resolved. */
function plainCell(v: unknown): CellValue {
  if (v === undefined || v === null) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown }
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('')
    if ('result' in o) return plainCell(o.result)
    if (typeof o.text === 'string') return o.text
  }
  return String(v)
}
