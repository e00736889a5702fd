// The validity column's words: valid always, not yet (starts <date>), over (expired <date>),
// or running (until <date>). Times are the terminal's local times, compared as text.

export type ValidityKind = 'always' | 'starts' | 'expired' | 'until'

export function validityText(
  valid: { beginTime: string; endTime: string } | null,
  now: string,
): { kind: ValidityKind; date: string } {
  if (!valid) return { kind: 'always', date: '' }
  if (valid.endTime < now) return { kind: 'expired', date: valid.endTime.slice(0, 10) }
  if (valid.beginTime > now) return { kind: 'starts', date: valid.beginTime.slice(0, 10) }
  return { kind: 'until', date: valid.endTime.slice(0, 10) }
}

/** A date as local time without offset, the form validity periods are written in. */
export function localNow(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
