// The check `npm test` runs after its vitest run (which recorded the traffic): each row of the
// committed baseline (docs/guide-coverage.json) keeps every column it had. Writes nothing; the
// table and the baseline are rewritten only by `npm run coverage:guide`.
import { readFileSync } from 'node:fs'
import type { BaselineRow } from './baseline'
import { lostColumns } from './baseline'
import type { CoverageRow, RecordedLine } from './coverage'

/**
 * The lines of a recording (one JSON object a line, appended by every worker and child
 * process). A line that is not whole JSON (a process killed in the middle of a write) is
 * counted, not fatal: the rows it would have covered then fail the check by name.
 */
export function readRecording(text: string): { lines: RecordedLine[]; unreadable: number } {
  const lines: RecordedLine[] = []
  let unreadable = 0
  for (const l of text.split('\n')) {
    if (!l.trim()) continue
    try {
      lines.push(JSON.parse(l) as RecordedLine)
    } catch {
      unreadable++
    }
  }
  return { lines, unreadable }
}

export const readRecordingFile = (file: string): ReturnType<typeof readRecording> =>
  readRecording(readFileSync(file, 'utf8'))

/** One line per row that lost a column: the row, its request and the columns it lost. */
export function lostColumnsReport(baseline: BaselineRow[], rows: CoverageRow[]): string[] {
  const requests = new Map(baseline.map((b) => [b.section, b.request]))
  return lostColumns(baseline, rows, 'columns').map(
    (l) =>
      `row ${l.section} (${requests.get(l.section) ?? 'no request'}) lost column${l.columns.length > 1 ? 's' : ''}: ${l.columns.join(', ')}`,
  )
}
