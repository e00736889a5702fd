// How often a terminal's run writes its step outcomes to the journal (one transaction each).
// A commit costs about the same whatever it holds: 100 terminals each flushing every 100 ms were
// 1,000 commits a second, with the apply-state bookkeeping and a progress event after each — a
// third of the station's CPU in the 100-terminal fleet bench. So with many runs going, each run
// flushes every few ticks instead of every tick: the commits per second stay near what
// RUNS_PER_TICK runs make, and a run's progress still shows within a second or two. Up to
// RUNS_PER_TICK runs, every tick flushes (as before).

/** Runs that may flush on every tick; each further such group adds a tick between flushes. */
export const RUNS_PER_TICK = 10

export interface FlushPace {
  /** A run started (it flushes on the pace's ticks until it ends). */
  started(): void
  ended(): void
  /** Flush on every n-th tick, n growing with the runs going now (1 for up to RUNS_PER_TICK). */
  ticksPerFlush(): number
  /** Steps a run reads per page (at most `max`): the runs going now share STEPS_IN_MEMORY. */
  pageSteps(max: number): number
}

/**
 * Pending steps all runs together hold (a page each, ~250 bytes a step): a fleet of 100
 * terminals reads pages of 400 steps, not 100 pages of 2,000 (the station's heap stays flat
 * whatever the number of terminals). Never fewer than MIN_PAGE_STEPS a page.
 */
export const STEPS_IN_MEMORY = 40_000
const MIN_PAGE_STEPS = 100

export function flushPace(): FlushPace {
  let running = 0
  return {
    started: () => void running++,
    ended: () => void (running = Math.max(0, running - 1)),
    ticksPerFlush: () => Math.max(1, Math.ceil(running / RUNS_PER_TICK)),
    pageSteps: (max) =>
      Math.min(max, Math.max(MIN_PAGE_STEPS, Math.floor(STEPS_IN_MEMORY / Math.max(1, running)))),
  }
}
