// CSV: the limits of reading (a roster import holds at most as many persons as any terminal
// does) and writing with formulas defused. Reading itself, whole text or chunks, is one reader:
// station/import/csv-stream.ts.

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
