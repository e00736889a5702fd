// Events retention. Policy:
// - an event is removed once it is older than `eventRetentionDays` both by its terminal's clock
//   and by when the station received it (a terminal whose clock is years behind does not lose
//   what it reports today); its picture goes with it;
// - when the kept pictures exceed `eventPictureCacheMB`, the oldest pictures go first; their
//   events stay and say the picture is no longer kept (a removed picture is never fetched again);
// - the work runs in bounded transactions (`batchSize` rows, and pictures of about
//   `batchBytes`, each) and yields to the event loop between them, so calls, pushes and event
//   ingest go on while a large clean-up runs;
// - at start (deferred, never in the way of start-up), then every `everyMs`, and on demand
//   (events.prune); a station built with `scheduled: false` runs it on demand only. One run at a time: a request during a run waits for it, then runs again.
import { performance } from 'node:perf_hooks'
import { EVENT_PICTURE_CACHE_MB, EVENT_RETENTION_DAYS, type PruneResult } from '@shared/model'
import type { Removed } from '../../store/events-prune-repo'
import type { StationContext } from '../context'

export interface RetentionOptions {
  /** Rows per transaction (default 5,000). */
  batchSize?: number
  /** Picture bytes per transaction, roughly (default 16 MiB). */
  batchBytes?: number
  /** Between scheduled runs (default one hour). */
  everyMs?: number
  /** Before the first run after start (default 10 s). */
  firstAfterMs?: number
}

const DAY_MS = 86_400_000
const MIB = 1024 * 1024

const clamp = (n: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, Number.isFinite(n) ? n : range.min))

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export function eventRetention(ctx: StationContext, options: RetentionOptions = {}) {
  const repo = ctx.store.events.prune
  const batch = { rows: options.batchSize ?? 5_000, bytes: options.batchBytes ?? 16 * MIB }
  let running: Promise<PruneResult> | null = null
  let closed = false
  let first: NodeJS.Timeout | null = null
  let timer: NodeJS.Timeout | null = null

  const runOnce = async (): Promise<PruneResult> => {
    const started = performance.now()
    const settings = ctx.store.settings.get()
    const now = ctx.clock.now()
    const days = clamp(settings.eventRetentionDays, EVENT_RETENTION_DAYS)
    const capBytes = clamp(settings.eventPictureCacheMB, EVENT_PICTURE_CACHE_MB) * MIB
    const cutoffMs = now.getTime() - days * DAY_MS
    const cutoffIso = new Date(cutoffMs).toISOString()
    const total: Removed = { events: 0, pictures: 0, bytes: 0 }
    const add = (r: Removed) => {
      total.events += r.events
      total.pictures += r.pictures
      total.bytes += r.bytes
    }
    for (;;) {
      const r = repo.removeOldEvents(cutoffMs, cutoffIso, batch)
      add(r)
      if (!r.more || closed) break
      await nextTurn()
    }
    if (total.events > 0) repo.forgetUnusedNames()
    let excess = repo.pictureBytes() - capBytes
    while (excess > 0 && !closed) {
      await nextTurn()
      const r = repo.dropOldestPictures(excess, batch, now.toISOString())
      if (r.pictures === 0) break
      add(r)
      excess -= r.bytes
    }
    const result = { ...total, tookMs: Math.round(performance.now() - started) }
    if (result.events > 0 || result.pictures > 0)
      ctx.logger.info('events pruned', { ...result, retentionDays: days })
    return result
  }

  const prune = (): Promise<PruneResult> => {
    const next: Promise<PruneResult> = (running ?? Promise.resolve())
      .catch(() => undefined)
      .then(runOnce)
      .finally(() => {
        if (running === next) running = null
      })
    running = next
    return next
  }

  const scheduled = (): void => {
    if (closed) return
    prune().catch((error: unknown) =>
      ctx.logger.error('events clean-up failed', { error: String(error) }),
    )
  }

  return {
    prune,
    start(): void {
      if (ctx.scheduled === false) return // on demand only (events.prune)
      first = setTimeout(scheduled, options.firstAfterMs ?? 10_000)
      first.unref()
      timer = setInterval(scheduled, options.everyMs ?? 3_600_000)
      timer.unref()
    },
    /** Stops scheduling; a run under way ends after its current batch. */
    async close(): Promise<void> {
      closed = true
      if (first) clearTimeout(first)
      if (timer) clearInterval(timer)
      await running?.catch(() => undefined)
    },
  }
}

export type EventRetention = ReturnType<typeof eventRetention>
