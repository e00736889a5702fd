import { describe, expect, it } from 'vitest'
import {
  addSegment,
  copyDay,
  daysOf,
  emptyWeek,
  nextSegment,
  overlapping,
  preset,
  removeSegment,
  updateSegment,
  weekFromDays,
  WORKDAYS,
} from '../../../src/renderer/src/features/schedules/week-grid'
import {
  minutes,
  normalizeTime,
  shortTime,
} from '../../../src/renderer/src/features/schedules/time-text'
import { dayRuns, weekSummary } from '../../../src/renderer/src/features/schedules/week-summary'

describe('times as typed', () => {
  it('reads HH:MM[:SS] and 24:00 as minutes, nothing else', () => {
    expect(minutes('00:00')).toBe(0)
    expect(minutes('08:30')).toBe(510)
    expect(minutes('23:59:30')).toBe(1439.5)
    expect(minutes('24:00')).toBe(1440)
    expect(minutes('24:00:00')).toBe(1440)
    for (const bad of ['24:01', '8:00', '25:00', '12:60', '', 'noon'])
      expect(minutes(bad)).toBeNull()
  })

  it('tidies what an installer types, and leaves the rest for validation to name', () => {
    expect(normalizeTime('8')).toBe('08:00')
    expect(normalizeTime('830')).toBe('08:30')
    expect(normalizeTime('0830')).toBe('08:30')
    expect(normalizeTime('8:30')).toBe('08:30')
    expect(normalizeTime('8.30')).toBe('08:30')
    expect(normalizeTime(' 17:05 ')).toBe('17:05')
    expect(normalizeTime('24')).toBe('24:00')
    expect(normalizeTime('2460')).toBe('2460')
    expect(normalizeTime('25')).toBe('25')
    expect(normalizeTime('noon')).toBe('noon')
    expect(normalizeTime('')).toBe('')
  })

  it('shows station times without zero seconds', () => {
    expect(shortTime('08:00:00')).toBe('08:00')
    expect(shortTime('08:00:30')).toBe('08:00:30')
    expect(shortTime('24:00:00')).toBe('24:00')
  })
})

describe('week grid editing', () => {
  it('round-trips a week plan and sends only days with segments', () => {
    const week = weekFromDays({ Monday: [{ begin: '08:00:00', end: '12:00:00' }] })
    expect(week.Monday).toEqual([{ begin: '08:00', end: '12:00' }])
    expect(week.Sunday).toEqual([])
    expect(daysOf(week)).toEqual({ Monday: [{ begin: '08:00', end: '12:00' }] })
  })

  it('adds a sensible next segment and stops at eight', () => {
    expect(nextSegment([])).toEqual({ begin: '08:00', end: '18:00' })
    expect(nextSegment([{ begin: '08:00', end: '12:00' }])).toEqual({
      begin: '12:00',
      end: '13:00',
    })
    expect(nextSegment([{ begin: '20:00', end: '23:30' }])).toEqual({
      begin: '23:30',
      end: '24:00',
    })
    expect(nextSegment([{ begin: '00:00', end: '24:00' }])).toEqual({ begin: '', end: '' })
    let week = emptyWeek()
    for (let i = 0; i < 10; i++) week = addSegment(week, 'Tuesday')
    expect(week.Tuesday).toHaveLength(8)
    expect(week.Monday).toEqual([])
  })

  it('changes, removes and copies without touching the original', () => {
    const start = preset('workdays')
    const changed = updateSegment(start, 'Monday', 0, { end: '12:00' })
    expect(start.Monday[0]!.end).toBe('18:00')
    expect(changed.Monday).toEqual([{ begin: '08:00', end: '12:00' }])
    const copied = copyDay(changed, 'Monday', ['Monday', 'Saturday', 'Sunday'])
    expect(copied.Saturday).toEqual([{ begin: '08:00', end: '12:00' }])
    copied.Saturday[0]!.end = '13:00'
    expect(copied.Monday[0]!.end).toBe('12:00')
    expect(removeSegment(copied, 'Monday', 0).Monday).toEqual([])
  })

  it('has presets for office hours and all day', () => {
    expect(Object.keys(daysOf(preset('workdays')))).toEqual([...WORKDAYS])
    expect(daysOf(preset('allDay')).Sunday).toEqual([{ begin: '00:00', end: '24:00' }])
  })

  it('names every segment that overlaps another, ignoring unreadable ones', () => {
    expect(overlapping([])).toEqual(new Set())
    expect(
      overlapping([
        { begin: '08:00', end: '12:00' },
        { begin: '12:00', end: '13:00' },
      ]),
    ).toEqual(new Set())
    expect(
      overlapping([
        { begin: '13:00', end: '17:00' },
        { begin: '08:00', end: '12:00' },
        { begin: '11:00', end: '14:00' },
        { begin: '9:', end: '10:00' },
      ]),
    ).toEqual(new Set([0, 1, 2]))
    expect(
      overlapping([
        { begin: '08:00', end: '18:00' },
        { begin: '09:00', end: '10:00' },
        { begin: '17:00', end: '19:00' },
      ]),
    ).toEqual(new Set([0, 1, 2]))
  })
})

describe('week summary', () => {
  const words = { day: (d: string) => d.slice(0, 3), closed: 'closed' }
  it('groups consecutive days with the same hours', () => {
    const days = daysOf(preset('workdays'))
    expect(weekSummary(days, words)).toBe('Mon–Fri 08:00–18:00 · Sat–Sun closed')
    expect(weekSummary({}, words)).toBe('Mon–Sun closed')
  })

  it('orders segments by time and keeps differing days apart', () => {
    const runs = dayRuns({
      Monday: [
        { begin: '13:00:00', end: '17:00:00' },
        { begin: '08:00:00', end: '12:00:00' },
      ],
      Wednesday: [{ begin: '08:00', end: '12:00' }],
    })
    expect(runs).toEqual([
      { from: 'Monday', to: 'Monday', spans: ['08:00–12:00', '13:00–17:00'] },
      { from: 'Tuesday', to: 'Tuesday', spans: [] },
      { from: 'Wednesday', to: 'Wednesday', spans: ['08:00–12:00'] },
      { from: 'Thursday', to: 'Sunday', spans: [] },
    ])
  })
})
