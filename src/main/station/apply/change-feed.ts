// Changes made by another process on this database (issue 17.4): every station writes its roster
// and rule changes as rows (store.changes); a station applying continuously asks SQLite's
// `PRAGMA data_version` every `pollMs` (a counter read, no table touched) and, when another
// connection has written, reads the new rows that other processes left and plans them.
import type { StationContext } from '../context'
import type { RosterChange } from '../../store/roster-changes-repo'

/** Writes this station's changes for the others: persons changed ([] = everyone), rules changed. */
export function changeRecorder(ctx: StationContext, origin: string) {
  const record = (employeeNos: readonly string[] | null): void => {
    try {
      ctx.store.changes.record(origin, employeeNos && employeeNos.length > 0 ? employeeNos : null)
    } catch (error) {
      // the change itself is saved; another process learns of it at its next start at the latest
      ctx.logger.warn('change not recorded for other processes', { error: String(error) })
    }
  }
  const unsubscribe = ctx.bus.subscribe((event, payload) => {
    if (event === 'roster.changed') record((payload as { employeeNos: string[] }).employeeNos)
  })
  return { everyone: () => record(null), close: unsubscribe }
}

/** Watches for other processes' changes; `seen` is called with them, oldest first. */
export function changeWatcher(
  ctx: StationContext,
  origin: string,
  pollMs: number,
  seen: (changes: RosterChange[]) => void,
): { close(): void } {
  const { changes } = ctx.store
  let version = changes.dataVersion()
  let after = changes.latest()
  const timer = setInterval(() => {
    try {
      const now = changes.dataVersion()
      if (now === version) return
      version = now
      const fresh = changes.since(after)
      if (fresh.length === 0) return
      after = fresh.at(-1)!.seq
      const theirs = fresh.filter((c) => c.origin !== origin)
      if (theirs.length > 0) seen(theirs)
    } catch (error) {
      ctx.logger.warn('changes of other processes not read', { error: String(error) })
    }
  }, pollMs)
  timer.unref?.()
  return { close: () => clearInterval(timer) }
}
