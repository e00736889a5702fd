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

/** Parses an ISO time with offset (or Z); local time without offset is read in tzMinutes. */
export function parseIso(s: string, tzMinutes: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    s,
  )
  if (!m) return null
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]))
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!, se!)
  const back = new Date(utc)
  const same =
    back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === d! &&
    back.getUTCHours() === h! &&
    back.getUTCMinutes() === mi!
  if (Number.isNaN(utc) || !same || se! > 59) return null
  const tz = m[7]
  let off = tzMinutes
  if (tz === 'Z') off = 0
  else if (tz) {
    const t = tz.replace(':', '')
    off = (t[0] === '-' ? -1 : 1) * (Number(t.slice(1, 3)) * 60 + Number(t.slice(3, 5)))
  }
  return utc - off * 60_000
}
