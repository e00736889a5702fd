// Changes made by another process on this database (issue 17.4): every station writes its changes
// of persons, rules, terminals, settings and schedules as rows (store.changes); a running station
// asks SQLite's `PRAGMA data_version` every `pollMs` (a counter read, no table touched) and, when
// another connection has written, reads the rows other processes left and hands them on.
// A change read from elsewhere and passed on as a bus event (settings.changed) is not recorded
// again: two running stations on one database would otherwise echo it back and forth.
import type { StationContext } from '../context'
import type { ChangeKind } from '@shared/contract/continuous'
import type { RosterChange } from '../../store/roster-changes-repo'

export interface ChangeFeed {
  /** Records a change of this process for the others (persons: [] or null = everyone). */
  record(kind: ChangeKind, employeeNos?: readonly string[] | null): void
  /** Emits a change that came from elsewhere without recording it again. */
  replay(emit: () => void): void
  close(): void
}

/** Records this station's changes; persons and settings as their bus events say. */
export function changeFeed(ctx: StationContext): ChangeFeed {
  let replaying = false
  const record: ChangeFeed['record'] = (kind, employeeNos = null) => {
    if (replaying) return
    try {
      ctx.store.changes.record(kind, employeeNos && employeeNos.length > 0 ? employeeNos : null)
    } catch (error) {
      // the change itself is saved; another process learns of it at its next start at the latest
      ctx.logger.warn('change not recorded for other processes', { error: String(error) })
    }
  }
  const unsubscribe = ctx.bus.subscribe((event, payload) => {
    if (event === 'roster.changed')
      record('persons', (payload as { employeeNos: string[] }).employeeNos)
    else if (event === 'settings.changed') record('settings')
  })
  return {
    record,
    replay(emit) {
      replaying = true
      try {
        emit()
      } finally {
        replaying = false
      }
    },
    close: unsubscribe,
  }
}

/** Records a change where no bus event says it (a terminal record, a schedule); never throws. */
export function recordChange(ctx: StationContext, kind: ChangeKind): void {
  try {
    ctx.store.changes.record(kind)
  } catch (error) {
    ctx.logger.warn('change not recorded for other processes', { error: String(error) })
  }
}

/** Watches for other processes' changes; `seen` is called with them, oldest first. */
export function changeWatcher(
  ctx: StationContext,
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
      seen(fresh)
    } catch (error) {
      ctx.logger.warn('changes of other processes not read', { error: String(error) })
    }
  }, pollMs)
  timer.unref?.()
  return { close: () => clearInterval(timer) }
}
