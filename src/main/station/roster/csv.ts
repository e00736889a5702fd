// RFC 4180 CSV: quoted fields, doubled quotes, CR/LF or LF line ends, a UTF-8 BOM tolerated.
// Reading is one linear pass that slices cells out of the text (never built a character at a
// time) and is bounded: a file past the limits is refused with the line, before it costs
// memory. A roster import holds at most as many persons as any terminal does.

export interface CsvLimits {
  /** Rows including the header. */
  maxRows: number
  maxColumns: number
  /** Characters in one cell. */
  maxCell: number
}

export const CSV_LIMITS: CsvLimits = { maxRows: 100_001, maxColumns: 64, maxCell: 4096 }

/** A file refused for its shape: the message names the line and the limit. */
export class CsvError extends Error {}

export function parseCsv(text: string, limits: CsvLimits = CSV_LIMITS): string[][] {
  const rows: string[][] = []
  for (const row of csvRows(text, limits)) rows.push(row)
  return rows
}

/** The rows of a CSV text one at a time (blank lines skipped), within `limits`. */
export function* csvRows(
  text: string,
  limits: CsvLimits = CSV_LIMITS,
  separator: ',' | ';' | '\t' = ',',
): Generator<string[]> {
  const sep = separator.charCodeAt(0)
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let count = 0
  let row: string[] = []
  while (i <= n) {
    let cell: string
    if (text.charCodeAt(i) === 0x22) {
      // quoted cell: up to the closing quote, doubled quotes unescaped
      const startLine = line
      let j = i + 1
      let parts = ''
      for (;;) {
        const q = text.indexOf('"', j)
        if (q < 0)
          throw new CsvError(`the file ends inside a quoted field (from line ${startLine})`)
        parts += text.slice(j, q)
        if (parts.length > limits.maxCell) throw tooLong(startLine, limits)
        if (text.charCodeAt(q + 1) === 0x22) {
          parts += '"'
          j = q + 2
        } else {
          j = q + 1
          break
        }
      }
      for (let k = i; k < j; k++) if (text.charCodeAt(k) === 0x0a) line++
      cell = parts
      // anything between the closing quote and the separator is kept, as before
      const end = nextSeparator(text, j, sep)
      if (end > j) cell += text.slice(j, end)
      i = end
    } else {
      const end = nextSeparator(text, i, sep)
      cell = text.slice(i, end)
      i = end
    }
    if (cell.length > limits.maxCell) throw tooLong(line, limits)
    row.push(cell)
    if (row.length > limits.maxColumns)
      throw new CsvError(`line ${line} has more than ${limits.maxColumns} columns`)
    const c = i < n ? text.charCodeAt(i) : -1
    if (c === sep) {
      i++
      continue
    }
    // end of a row: CR, LF, CRLF or the end of the text
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
    i++
    if (!(row.length === 1 && row[0] === '')) {
      if (++count > limits.maxRows)
        throw new CsvError(`the file has more than ${limits.maxRows - 1} persons`)
      yield row
    }
    row = []
    line++
  }
}

function nextSeparator(text: string, from: number, sep: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === sep || c === 0x0a || c === 0x0d) return k
  }
  return text.length
}

function tooLong(line: number, limits: CsvLimits): CsvError {
  return new CsvError(`a cell on line ${line} is longer than ${limits.maxCell} characters`)
}

/**
 * Cells that a spreadsheet would run as a formula get an apostrophe: at the start, and after
 * each `;` (spreadsheets in many locales split cells on it).
 */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(formatCell).join(',')).join('\r\n') + '\r\n'
}

function formatCell(value: string | number | null): string {
  if (value === null) return ''
  let s = String(value)
  if (typeof value === 'string') s = s.replace(/(^|;)([=+\-@\t\r])/g, "$1'$2")
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
