// A person file's rows, one at a time, whatever its form: .xlsx through the station's own
// bounded reader (xlsx-reader.ts: the first sheet), .csv in UTF-8 (with or without BOM) or GBK (what Chinese Excel
// saves), its separator `,`, `;` or a tab taken from the header line. Decoding goes in slices
// so a large file never holds the event loop for long.
import iconv from 'iconv-lite'
import { AppFailure } from '@shared/result'
import { CSV_LIMITS, CsvError } from '../roster/csv'
import { csvStreamRows } from './csv-stream'
import type { FileSource } from './file-source'
import type { CellValue } from './cell-dates'
import { xlsxRows } from './xlsx-reader'

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
  if (tableFormat(source.fileName) === 'xlsx') yield* xlsxRows(source)
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
