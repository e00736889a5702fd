// Terminal clocks: ISAPI time zones are POSIX-style with the sign inverted ("CST-8:00:00" is
// UTC+8). The station sets a terminal's clock to its own time expressed in the terminal's zone.

/** Minutes east of UTC for a POSIX-style zone such as `CST-8:00:00`, `EST5`, `UTC+03:30`; null if unreadable. */
export function zoneOffsetMinutes(timeZone: string): number | null {
  const m = /^[A-Za-z]*([+-]?)(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?/.exec(timeZone.trim())
  if (!m) return null
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return m[1] === '-' ? minutes : 0 - minutes || 0
}

/** The offset carried by an ISO time (`…+08:00`, `…Z`), in minutes; null when there is none. */
export function isoOffsetMinutes(iso: string): number | null {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso)
  if (!m) return null
  if (m[1] === 'Z') return 0
  const minutes = Number(m[3]) * 60 + Number(m[4])
  return m[2] === '-' ? -minutes : minutes
}

/** `at` as local wall-clock time at `offsetMinutes` east of UTC, without offset: 2026-11-24T08:05:09. */
export function localTimeAt(at: Date, offsetMinutes: number): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19)
}

/**
 * Seconds the terminal's clock runs ahead of the station's. Terminals report whole seconds, so
 * their clock is somewhere in [reported, reported + 1 s): the middle of that second is compared.
 */
export function driftSeconds(deviceMs: number, stationMs: number): number {
  return Math.round((deviceMs + 500 - stationMs) / 1000) || 0
}
