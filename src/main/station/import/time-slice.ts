// Long work in slices: `pause()` gives the event loop a turn once the current slice has run
// for `budgetMs`, so terminals, events and the UI keep going during an import or an export.
import { performance } from 'node:perf_hooks'

export const SLICE_MS = 15

export function yieldEvery(budgetMs = SLICE_MS): () => Promise<void> {
  let started = performance.now()
  return async () => {
    if (performance.now() - started < budgetMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    started = performance.now()
  }
}
