// The week plan editor's data: seven days of HH:MM segments as typed, the edits an installer
// makes (add, change, remove, copy a day to others, presets), and the way back to the contract.
import { WEEKDAYS, type TimeRange, type WeekPlanDef, type Weekday } from '@shared/model'
import { minutes, shortTime } from './time-text'

export const MAX_SEGMENTS = 8
export const WORKDAYS: readonly Weekday[] = WEEKDAYS.slice(0, 5)

/** A segment as typed (not yet validated). */
export interface SegmentDraft {
  begin: string
  end: string
}
export type WeekDraft = Record<Weekday, SegmentDraft[]>

export const emptyWeek = (): WeekDraft =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as unknown as WeekDraft

export function weekFromDays(days: WeekPlanDef['days']): WeekDraft {
  const week = emptyWeek()
  for (const d of WEEKDAYS)
    week[d] = (days[d] ?? []).map((s) => ({ begin: shortTime(s.begin), end: shortTime(s.end) }))
  return week
}

/** The contract's `days`: only days with segments. */
export function daysOf(week: WeekDraft): Partial<Record<Weekday, TimeRange[]>> {
  const out: Partial<Record<Weekday, TimeRange[]>> = {}
  for (const d of WEEKDAYS)
    if (week[d].length) out[d] = week[d].map((s) => ({ begin: s.begin.trim(), end: s.end.trim() }))
  return out
}

const hhmm = (m: number): string =>
  m >= 1440
    ? '24:00'
    : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.floor(m % 60)).padStart(2, '0')}`

/** The segment a new row starts with: 08:00–18:00 on an empty day, else the next hour after the last. */
export function nextSegment(segments: SegmentDraft[]): SegmentDraft {
  if (segments.length === 0) return { begin: '08:00', end: '18:00' }
  const ends = segments.map((s) => minutes(s.end)).filter((m): m is number => m !== null)
  const from = ends.length ? Math.max(...ends) : null
  if (from === null || from >= 1440) return { begin: '', end: '' }
  return { begin: hhmm(from), end: hhmm(Math.min(1440, from + 60)) }
}

export function addSegment(week: WeekDraft, day: Weekday): WeekDraft {
  if (week[day].length >= MAX_SEGMENTS) return week
  return { ...week, [day]: [...week[day], nextSegment(week[day])] }
}

export function updateSegment(
  week: WeekDraft,
  day: Weekday,
  index: number,
  patch: Partial<SegmentDraft>,
): WeekDraft {
  return { ...week, [day]: week[day].map((s, i) => (i === index ? { ...s, ...patch } : s)) }
}

export function removeSegment(week: WeekDraft, day: Weekday, index: number): WeekDraft {
  return { ...week, [day]: week[day].filter((_, i) => i !== index) }
}

/** Copies one day's segments onto other days (their own segments are replaced). */
export function copyDay(week: WeekDraft, from: Weekday, to: readonly Weekday[]): WeekDraft {
  const next = { ...week }
  for (const d of to) if (d !== from) next[d] = week[from].map((s) => ({ ...s }))
  return next
}

export type Preset = 'workdays' | 'allDay'

export function preset(kind: Preset): WeekDraft {
  const week = emptyWeek()
  const days = kind === 'workdays' ? WORKDAYS : WEEKDAYS
  const seg =
    kind === 'workdays' ? { begin: '08:00', end: '18:00' } : { begin: '00:00', end: '24:00' }
  for (const d of days) week[d] = [{ ...seg }]
  return week
}

/**
 * Indexes of segments that overlap another one the same day (both named), for marking them.
 * Unreadable or reversed segments are left to the field checks.
 */
export function overlapping(segments: SegmentDraft[]): Set<number> {
  const spans = segments
    .map((s, i) => ({ i, b: minutes(s.begin), e: minutes(s.end) }))
    .filter(
      (x): x is { i: number; b: number; e: number } => x.b !== null && x.e !== null && x.b < x.e,
    )
    .sort((x, y) => x.b - y.b)
  const out = new Set<number>()
  let reach: { i: number; e: number } | null = null
  for (const s of spans) {
    if (reach && s.b < reach.e) {
      out.add(s.i)
      out.add(reach.i)
    }
    if (!reach || s.e > reach.e) reach = { i: s.i, e: s.e }
  }
  return out
}
