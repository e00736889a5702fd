// The dates spreadsheets produce: a date cell (a Date from the xlsx reader, its UTC fields
// being the wall-clock time shown), an Excel serial day number, or text such as `2026-12-01`,
// `2026/12/01`, `2026/12/1 8:00`, `2026-12-01 08:00:00` or `2026-12-01T08:00:00`. A date
// without a time starts a validity at 00:00:00 and ends one at 23:59:59.

export type CellValue = string | number | boolean | Date | null

const TEXT_DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DDThh:mm:ss`, or null when the cell is not a date. */
export function cellToLocalTime(cell: CellValue, edge: 'begin' | 'end'): string | null {
  if (cell instanceof Date) return fromDate(cell, edge)
  if (typeof cell === 'number') return fromSerial(cell, edge)
  if (typeof cell !== 'string') return null
  const m = TEXT_DATE.exec(cell.trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (!realDay(y, mo, d)) return null
  const hasTime = m[4] !== undefined
  const [h, mi, s] = hasTime
    ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
    : edge === 'begin'
      ? [0, 0, 0]
      : [23, 59, 59]
  if (h > 23 || mi > 59 || s > 59) return null
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`
}

function realDay(y: number, mo: number, d: number): boolean {
  if (y < 1970 || y > 2037 || mo < 1 || mo > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

function fromDate(date: Date, edge: 'begin' | 'end'): string | null {
  if (Number.isNaN(date.getTime())) return null
  const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  if (!realDay(y, mo, d)) return null
  const midnight =
    date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0
  const [h, mi, s] =
    midnight && edge === 'end'
      ? [23, 59, 59]
      : [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`
}

/** Excel's serial day number (1900 system): day 25569 is 1970-01-01. */
function fromSerial(serial: number, edge: 'begin' | 'end'): string | null {
  if (!Number.isFinite(serial) || serial < 25569 || serial > 50406) return null
  const ms = Math.round((serial - 25569) * 86_400_000)
  return fromDate(new Date(ms), edge)
}
