// Log lines that anyone on the network (or a hostile terminal) can cause are rate-limited:
// the first few per window are written, the rest counted and summed up in one line when the
// next window opens, so a flood costs a handful of lines, not one per attempt.
import type { Logger } from './logger'

export interface RateLimitedWarn {
  (message: string, fields?: Record<string, unknown>): void
}

export function rateLimitedWarn(
  logger: Logger,
  what: string,
  o: { perWindow?: number; windowMs?: number; now?: () => number } = {},
): RateLimitedWarn {
  const perWindow = o.perWindow ?? 5
  const windowMs = o.windowMs ?? 60_000
  const now = o.now ?? Date.now
  let windowStart = -Infinity
  let written = 0
  let suppressed = 0
  return (message, fields) => {
    const t = now()
    if (t - windowStart >= windowMs) {
      if (suppressed > 0)
        logger.warn(
          `${suppressed} more ${what} in the last ${Math.round(windowMs / 1000)} s (not logged one by one)`,
        )
      windowStart = t
      written = 0
      suppressed = 0
    }
    if (written < perWindow) {
      written++
      logger.warn(message, fields)
    } else suppressed++
  }
}
