// A week in one line: consecutive days with the same segments grouped ("Mon–Fri 08:00–18:00 ·
// Sat 09:00–12:00 · Sun closed"). Pure; the words come from the caller.
import { WEEKDAYS, type TimeRange, type Weekday } from '@shared/model'
import { minutes, shortTime } from './time-text'

export interface DayRun {
  from: Weekday
  to: Weekday
  /** "08:00–18:00" each, in time order; empty = closed. */
  spans: string[]
}

const spansOf = (segs: readonly { begin: string; end: string }[] | undefined): string[] =>
  [...(segs ?? [])]
    .sort((a, b) => (minutes(a.begin) ?? 0) - (minutes(b.begin) ?? 0))
    .map((s) => `${shortTime(s.begin)}–${shortTime(s.end)}`)

export function dayRuns(days: Partial<Record<Weekday, readonly TimeRange[]>>): DayRun[] {
  const runs: DayRun[] = []
  for (const d of WEEKDAYS) {
    const spans = spansOf(days[d])
    const last = runs[runs.length - 1]
    if (last && last.spans.join() === spans.join()) last.to = d
    else runs.push({ from: d, to: d, spans })
  }
  return runs
}

export interface SummaryWords {
  day(d: Weekday): string
  closed: string
}

export function weekSummary(
  days: Partial<Record<Weekday, readonly TimeRange[]>>,
  words: SummaryWords,
): string {
  return dayRuns(days)
    .map((r) => {
      const when = r.from === r.to ? words.day(r.from) : `${words.day(r.from)}–${words.day(r.to)}`
      return `${when} ${r.spans.length ? r.spans.join(', ') : words.closed}`
    })
    .join(' · ')
}
