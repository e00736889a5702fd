// The committed baseline (docs/guide-coverage.json): each row's section, request and the
// columns it had. A row that had a column and lost it fails `coverage:guide` and the unit test.
import { existsSync, readFileSync } from 'node:fs'
import { COLUMNS, columnsOf, type Column, type CoverageRow } from './coverage'

export interface BaselineRow {
  section: string
  request: string | null
  /** Columns after the recorded test run. */
  columns: Column[]
  /** Columns the sources alone give (no test run): what the unit test can check. */
  static: Column[]
}

export function toBaseline(rows: CoverageRow[], staticRows: CoverageRow[]): BaselineRow[] {
  const fromSources = new Map(staticRows.map((r) => [r.section, columnsOf(r)]))
  return rows.map((r) => ({
    section: r.section,
    request: r.request,
    columns: columnsOf(r),
    static: fromSources.get(r.section) ?? [],
  }))
}

export function readBaseline(file: string): BaselineRow[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BaselineRow[]) : []
}

/** Rows of the baseline that lost a column: `columns` against a recorded run, `static` against the sources alone. */
export function lostColumns(
  baseline: BaselineRow[],
  rows: CoverageRow[],
  which: 'columns' | 'static' = 'columns',
): { section: string; columns: Column[] }[] {
  const now = new Map(rows.map((r) => [r.section, new Set(columnsOf(r))]))
  return baseline
    .map((b) => ({
      section: b.section,
      columns: b[which].filter((c) => COLUMNS.includes(c) && !now.get(b.section)?.has(c)),
    }))
    .filter((l) => l.columns.length > 0)
}
