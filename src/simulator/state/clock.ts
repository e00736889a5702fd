// Device-local ISO 8601 times with offset ("2024-06-01T08:59:02+08:00") and the inverted-sign
// POSIX timezone string terminals use ("CST-8:00:00" = UTC+8).

const pad = (n: number, w = 2): string => String(Math.trunc(Math.abs(n))).padStart(w, '0')

export function offsetString(tzMinutes: number): string {
  const sign = tzMinutes >= 0 ? '+' : '-'
  return `${sign}${pad(tzMinutes / 60)}:${pad(tzMinutes % 60)}`
}

export function localIso(ms: number, tzMinutes: number): string {
  const d = new Date(ms + tzMinutes * 60_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetString(tzMinutes)}`
}

export function posixTz(tzMinutes: number): string {
  const sign = tzMinutes > 0 ? '-' : '+'
  return `CST${sign}${pad(tzMinutes / 60, 1)}:${pad(tzMinutes % 60)}:00`
}

/** Parses "CST-8:00:00..." back to minutes east of UTC; null when malformed. */
export function parsePosixTz(tz: string): number | null {
  const m = /^[A-Za-z]{3,}([+-]?)(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?/.exec(tz)
  if (!m) return null
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return m[1] === '-' ? minutes : -minutes
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/

/** Days in a month (1–12) of the year as Date.UTC reads it (0–99 are 1900–1999). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  const y = year >= 0 && year <= 99 ? 1900 + year : year
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
}

/**
 * Parses an ISO time with offset (or Z); local time without offset is read in tzMinutes. A
 * date or time that does not exist (Feb 30, 24:00, :60) is null. Checked by arithmetic, not a
 * Date round trip: every person a terminal is sent carries two of these.
 */
export function parseIso(s: string, tzMinutes: number): number | null {
  const m = ISO_TIME.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const h = Number(m[4])
  const mi = Number(m[5])
  const se = Number(m[6])
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || se > 59) return null
  const utc = Date.UTC(y, mo - 1, d, h, mi, se)
  const tz = m[7]
  let off = tzMinutes
  if (tz === 'Z') off = 0
  else if (tz) {
    const t = tz.replace(':', '')
    off = (t[0] === '-' ? -1 : 1) * (Number(t.slice(1, 3)) * 60 + Number(t.slice(3, 5)))
  }
  return utc - off * 60_000
}
