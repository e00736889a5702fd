// Times as an installer types and reads them: HH:MM (seconds only when a terminal set them),
// 24:00 as the end of a day.

const SHAPE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/

/** Minutes since midnight of `HH:MM[:SS]` (24:00 → 1440), or null when it is not a time. */
export function minutes(t: string): number | null {
  const m = SHAPE.exec(t)
  if (!m) return null
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  if (h === 24 && min === 0 && s === 0) return 1440
  if (h > 23 || min > 59 || s > 59) return null
  return h * 60 + min + s / 60
}

/** `HH:MM:SS` from the station → `HH:MM` when the seconds are zero. */
export const shortTime = (t: string): string =>
  t.endsWith(':00') && t.length === 8 ? t.slice(0, 5) : t

/**
 * What an installer typed → `HH:MM` when it reads as a time ("8" → 08:00, "830" → 08:30,
 * "8.30" → 08:30, "24" → 24:00); anything else is left as typed, for the validation to name.
 */
export function normalizeTime(raw: string): string {
  const s = raw.trim()
  let h: string | undefined
  let m: string | undefined
  const sep = /^(\d{1,2})[:.h](\d{1,2})$/.exec(s)
  const digits = /^\d{1,4}$/.test(s) ? s : null
  if (sep) [h, m] = [sep[1], sep[2]!.padStart(2, '0')]
  else if (digits && digits.length <= 2) [h, m] = [digits, '00']
  else if (digits) [h, m] = [digits.slice(0, -2), digits.slice(-2)]
  if (h === undefined || m === undefined) return raw
  const out = `${h.padStart(2, '0')}:${m}`
  return minutes(out) === null ? raw : out
}
