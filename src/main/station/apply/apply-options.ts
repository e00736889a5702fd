// How the apply service runs (lanes, flushes, backoff, paging, leases) and who is told what
// its runners did.
import type { StepOutcomeRecord } from '../../store/journal-repo'

export interface ApplyOptions {
  concurrencyPerDevice: number
  flushMs: number
  /** Backoff for a paused (offline/busy) device: first wait, doubling up to max. */
  retryMs: { first: number; max: number }
  /** Steps a terminal's run reads from the journal at a time (default 2000). */
  pageSteps?: number
  /** How often a paused terminal's credentials and activation are looked at (default 1 s). */
  pollMs?: number
  /** Added to a locked terminal's unlock time before it is tried again (default 1 s). */
  unlockMarginMs?: number
  /** A terminal's cross-process lease: how long it lasts unrenewed (default 15 s). */
  leaseMs?: number
  /** How often jobs other processes run are looked at for this station's screens (default 1 s; 0 = never). */
  elsewhereMs?: number
}

export const DEFAULT_APPLY_OPTIONS: ApplyOptions = {
  concurrencyPerDevice: 2,
  flushMs: 100,
  retryMs: { first: 1000, max: 30_000 },
}

export interface ApplyWatcher {
  /** Once per runner flush: the step outcomes it wrote. */
  afterFlush?(jobId: string, deviceId: string, outcomes: StepOutcomeRecord[]): void
  /** A terminal's run of a job ended (finished, stopped or paused). */
  afterRun?(jobId: string, deviceId: string): void
}
