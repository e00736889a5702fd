// A worksheet's rows as the import reads them: each `<row>` of `<sheetData>` becomes the row's
// number and its cells by column (A = 0), as plain values: text (shared, inline or a formula's
// result), numbers, booleans, and dates where the cell's style shows a date (its UTC fields are
// the wall-clock time shown, as cell-dates.ts expects). Rows with nothing in them are left out.
// Bounded: a row holds at most 16,384 cells (Excel's XFD), a value in a column past the
// file's column limit, a cell longer than a cell may be, or more persons than a file may hold
// is refused when met, with the row and the column.
import { codedFailure } from '@shared/coded-failure'
import { CSV_LIMITS } from '../roster/csv'
import type { CellValue } from './cell-dates'
import type { SharedStrings } from './xlsx-strings'
import { TOO_LONG_STRING, textItems, unescapeOoxml } from './xlsx-strings'
import { attr, eachAttr, scanPieces, type XmlEvents } from './xlsx-xml'
import { partDamaged, type ZipEntry } from './xlsx-zip'

/** Excel's last row and column (XFD). */
const MAX_SHEET_ROWS = 1_048_576
const MAX_SHEET_COLUMNS = 16_384

export interface SheetRow {
  row: number
  cells: CellValue[]
}

export interface SheetContext {
  strings: SharedStrings | null
  dateStyles: boolean[]
  date1904: boolean
}

/** A column's letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** A cell reference's column (0-based), or -1 when it has none; beyond XFD is damaged. */
function columnOf(ref: string, part: string): number {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20
    if (c < 0x61 || c > 0x7a) break
    col = col * 26 + (c - 0x60)
    if (col > MAX_SHEET_COLUMNS) throw partDamaged(part)
  }
  return i === 0 ? -1 : col - 1
}

/** Days from Excel's day 0 to 1970-01-01, in the 1900 and 1904 date systems. */
const EPOCH_1900 = 25_569
const EPOCH_1904 = 24_107

export async function* sheetRows(
  bytes: AsyncIterable<Buffer>,
  entry: ZipEntry,
  ctx: SheetContext,
): AsyncGenerator<SheetRow> {
  const part = entry.name
  const ready: SheetRow[] = []
  let inData = false
  let rowNo = 0
  let rowsSeen = 0
  let persons = 0
  let cells: CellValue[] = []
  let cellCount = 0
  let filled = false
  let col = -1
  let type = 'n'
  let style = 0
  let inValue = false
  let value: string[] = []
  let valueLength = 0
  let inline: string | null = null

  const tooLong = () =>
    codedFailure('INVALID_ARGS', 'xlsxCellTooLong', {
      row: rowNo,
      column: columnLetters(col),
      max: CSV_LIMITS.maxCell,
    })
  const inlineText = textItems('is', CSV_LIMITS.maxCell, (text, long) => {
    if (long) throw tooLong()
    inline = text
  })

  const cellValue = (raw: string): CellValue => {
    if (raw === '' && inline === null) return null
    switch (type) {
      case 's': {
        const s = ctx.strings?.get(Number(raw))
        if (s === undefined) throw partDamaged(part)
        if (s === TOO_LONG_STRING) throw tooLong()
        return s
      }
      case 'inlineStr':
        return inline
      case 'str':
        return unescapeOoxml(raw)
      case 'b':
        return raw === '1' || raw === 'true'
      case 'e':
        return raw
      case 'd': {
        const iso = /^\d{4}-\d\d-\d\d$/.test(raw) ? `${raw}T00:00:00Z` : raw
        const date = new Date(/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`)
        return Number.isNaN(date.getTime()) ? raw : date
      }
      default: {
        if (raw.trim() === '') return null
        const n = Number(raw)
        if (Number.isNaN(n)) return raw
        if (!ctx.dateStyles[style]) return n
        const epoch = ctx.date1904 ? EPOCH_1904 : EPOCH_1900
        return new Date(Math.round((n - epoch) * 86_400_000))
      }
    }
  }

  const events: XmlEvents = {
    get wantText() {
      return inValue || inlineText.wantText
    },
    text(text) {
      if (inValue) {
        valueLength += text.length
        if (valueLength > CSV_LIMITS.maxCell) throw tooLong()
        value.push(text)
      } else inlineText.text(text)
    },
    open(name, attrs) {
      if (!inData) {
        if (name === 'sheetData') inData = true
        return
      }
      if (type === 'inlineStr') inlineText.open(name, attrs)
      if (name === 'row') {
        const r = attr(attrs, 'r', part)
        const next = r === undefined ? rowNo + 1 : Number(r)
        if (!(next > rowNo && next <= MAX_SHEET_ROWS) || ++rowsSeen > MAX_SHEET_ROWS)
          throw partDamaged(part)
        rowNo = next
        cells = []
        cellCount = 0
        filled = false
        col = -1
      } else if (name === 'c') {
        if (++cellCount > MAX_SHEET_COLUMNS) throw partDamaged(part)
        let at = -1
        type = 'n'
        style = 0
        eachAttr(attrs, part, (key, v) => {
          if (key === 'r') at = columnOf(v, part)
          else if (key === 't') type = v
          else if (key === 's') style = Number(v)
        })
        col = at >= 0 ? at : col + 1
        if (col >= MAX_SHEET_COLUMNS) throw partDamaged(part)
        value = []
        valueLength = 0
        inline = null
      } else if (name === 'v') inValue = true
    },
    close(name) {
      if (!inData) return
      if (type === 'inlineStr') inlineText.close(name)
      if (name === 'v') inValue = false
      else if (name === 'c') {
        const v = cellValue(value.join(''))
        type = 'n'
        if (v === null || v === '') return
        if (col >= CSV_LIMITS.maxColumns)
          throw codedFailure('INVALID_ARGS', 'xlsxColumnBeyond', {
            row: rowNo,
            column: columnLetters(col),
            max: CSV_LIMITS.maxColumns,
          })
        while (cells.length < col) cells.push(null)
        cells[col] = v
        filled = true
      } else if (name === 'row') {
        if (!filled) return
        if (++persons > CSV_LIMITS.maxRows)
          throw codedFailure('INVALID_ARGS', 'importTooMany', { max: CSV_LIMITS.maxRows - 1 })
        ready.push({ row: rowNo, cells })
      } else if (name === 'sheetData') inData = false
    },
  }

  for await (const _ of scanPieces(bytes, entry, events)) {
    void _
    for (const row of ready.splice(0)) yield row
  }
}
