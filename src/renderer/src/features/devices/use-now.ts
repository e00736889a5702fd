import { useEffect, useState } from 'react'

/** The current time, re-read every `ms` while mounted (for countdowns and "last seen"). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const m = Math.floor(s / 60)
  return `${m}:${String(s % 60).padStart(2, '0')}`
}

/** "3 min ago" in the current language. */
export function relativeTime(iso: string, now: number, language: string): string {
  // never in the future: the station's clock may run a little ahead of this window's
  const diff = Math.min(0, Math.round((Date.parse(iso) - now) / 1000))
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  const abs = Math.abs(diff)
  if (abs < 60) return rtf.format(diff, 'second')
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute')
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour')
  return rtf.format(Math.round(diff / 86400), 'day')
}
