// The simulator's ISO time parser checks a date by arithmetic (it runs twice per person a
// terminal is sent): it must accept and refuse exactly what a Date round trip does.
import { expect, it } from 'vitest'
import { parseIso } from '../../../src/simulator/state/clock'

/** The plain reading: build the instant, read it back, refuse anything that rolled over. */
function byRoundTrip(s: string, tzMinutes: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    s,
  )
  if (!m) return null
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i])) as number[]
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!, se!)
  const back = new Date(utc)
  const same =
    back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === d! &&
    back.getUTCHours() === h! &&
    back.getUTCMinutes() === mi!
  if (!same || se! > 59) return null
  const tz = m[7]
  const t = tz?.replace(':', '')
  const off =
    tz === 'Z'
      ? 0
      : t
        ? (t[0] === '-' ? -1 : 1) * (Number(t.slice(1, 3)) * 60 + Number(t.slice(3, 5)))
        : tzMinutes
  return utc - off * 60_000
}

it('accepts and refuses what a Date round trip does, to the millisecond', () => {
  const samples: string[] = [
    '2024-01-01T00:00:00',
    '2037-12-31T23:59:59',
    '2024-06-01T08:59:02+08:00',
    '2024-06-01T08:59:02-0530',
    '2024-06-01T08:59:02.123Z',
    '2024-06-01 08:59:02',
    '2024-6-01T08:59:02',
    'nonsense',
    '',
  ]
  for (const year of ['0000', '0050', '0099', '0100', '1900', '2000', '2023', '2024', '2100'])
    for (const month of ['00', '01', '02', '04', '06', '09', '11', '12', '13'])
      for (const day of ['00', '01', '28', '29', '30', '31', '32'])
        samples.push(`${year}-${month}-${day}T12:00:00`)
  for (const hour of ['00', '23', '24', '99'])
    for (const minute of ['00', '59', '60'])
      for (const second of ['00', '59', '60'])
        samples.push(
          `2024-02-29T${hour}:${minute}:${second}`,
          `2023-02-29T${hour}:${minute}:${second}Z`,
        )
  let accepted = 0
  for (const s of samples)
    for (const tz of [0, 480, -300]) {
      expect(parseIso(s, tz), `${s} (${tz})`).toBe(byRoundTrip(s, tz))
      if (parseIso(s, tz) !== null) accepted++
    }
  expect(accepted).toBeGreaterThan(100) // the samples hold real times, not only refusals
})
