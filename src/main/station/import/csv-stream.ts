// RFC 4180 CSV read from text that arrives in chunks (station/roster/csv.ts reads a whole
// text): a row is cut out of the text held so far; a row the chunk ends inside waits for the
// next chunk, so only the unfinished row is carried over. Bounded like csv.ts: a row longer
// than its columns and cells could be is refused with its line before it costs memory.
import { CSV_LIMITS, CsvError, type CsvLimits } from '../roster/csv'

type Separator = ',' | ';' | '\t'

/** A parsed row and where the next begins, or null when the text ends before the row does. */
type Cut = { cells: string[]; next: number; lines: number } | null

/** The separator the header line uses most: `,`, `;` or a tab. */
export function csvSeparator(text: string): Separator {
  const end = text.search(/[\r\n]/)
  const header = end < 0 ? text : text.slice(0, end)
  const count = (c: string) => header.split(c).length - 1
  const counts = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ] as const
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
}

export async function* csvStreamRows(
  chunks: AsyncIterable<string>,
  limits: CsvLimits,
): AsyncGenerator<string[]> {
  // a row can hold at most this many characters (every cell quoted, every quote doubled)
  const maxRow = limits.maxColumns * (limits.maxCell * 2 + 3)
  let text = ''
  let at = 0
  let line = 1
  let count = 0
  let sep = -1
  const take = function* (final: boolean): Generator<string[]> {
    for (;;) {
      if (at >= text.length && !final) return
      if (at > text.length) return
      const cut = cutRow(text, at, sep, final, limits, line)
      if (!cut) return
      at = cut.next
      line += cut.lines
      const cells = cut.cells
      if (cells.length === 1 && cells[0] === '') {
        if (at >= text.length && final) return
        continue
      }
      if (++count > limits.maxRows)
        throw new CsvError(`the file has more than ${limits.maxRows - 1} persons`)
      yield cells
      if (at >= text.length && final) return
    }
  }
  for await (const chunk of chunks) {
    if (sep < 0) {
      const first = chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk
      sep = csvSeparator(first).charCodeAt(0)
      text = first
    } else text = at < text.length ? text.slice(at) + chunk : chunk
    at = 0
    yield* take(false)
    if (text.length - at > maxRow)
      throw new CsvError(`line ${line} is longer than a row of ${limits.maxColumns} cells can be`)
  }
  if (sep < 0) return
  text = text.slice(at)
  at = 0
  yield* take(true)
}

/** The rows of a whole CSV text (blank lines skipped), within `limits`: the same reading. */
export function* csvTextRows(
  text: string,
  limits: CsvLimits = CSV_LIMITS,
  separator: Separator = ',',
): Generator<string[]> {
  const sep = separator.charCodeAt(0)
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let count = 0
  while (at <= text.length) {
    const cut = cutRow(text, at, sep, true, limits, line)!
    at = cut.next
    line += cut.lines
    if (cut.cells.length === 1 && cut.cells[0] === '') continue
    if (++count > limits.maxRows)
      throw new CsvError(`the file has more than ${limits.maxRows - 1} persons`)
    yield cut.cells
  }
}

/** A whole CSV text as rows (comma-separated). */
export const parseCsv = (text: string, limits: CsvLimits = CSV_LIMITS): string[][] => [
  ...csvTextRows(text, limits),
]

/** One row from `from`; null when the text ends inside it and more text may come. */
function cutRow(
  text: string,
  from: number,
  sep: number,
  final: boolean,
  limits: CsvLimits,
  line: number,
): Cut {
  const n = text.length
  const cells: string[] = []
  let i = from
  let lines = 0
  for (;;) {
    let cell: string
    if (text.charCodeAt(i) === 0x22) {
      const startLine = line + lines
      let j = i + 1
      let parts = ''
      for (;;) {
        const q = text.indexOf('"', j)
        if (q < 0) {
          if (!final) return null
          throw new CsvError(`the file ends inside a quoted field (from line ${startLine})`)
        }
        if (q + 1 >= n && !final) return null // a doubled quote may follow in the next chunk
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
      for (let k = i; k < j; k++) if (text.charCodeAt(k) === 0x0a) lines++
      cell = parts
      const end = nextSeparator(text, j, sep)
      if (end >= n && !final) return null
      if (end > j) cell += text.slice(j, end)
      i = end
    } else {
      const end = nextSeparator(text, i, sep)
      if (end >= n && !final) return null
      cell = text.slice(i, end)
      i = end
    }
    if (cell.length > limits.maxCell) throw tooLong(line + lines, limits)
    cells.push(cell)
    if (cells.length > limits.maxColumns)
      throw new CsvError(`line ${line + lines} has more than ${limits.maxColumns} columns`)
    const c = i < n ? text.charCodeAt(i) : -1
    if (c === sep) {
      i++
      continue
    }
    if (c === 0x0d) {
      if (i + 1 >= n && !final) return null // CR LF split across chunks
      if (text.charCodeAt(i + 1) === 0x0a) i++
    }
    return { cells, next: i + 1, lines: lines + 1 }
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
