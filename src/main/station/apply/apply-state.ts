// Keeps persons.apply_state true (the Persons filter "applied / pending / failed / none"): the
// state of exactly the persons a change touches is recomputed with the same rules the person
// drawer uses (terminal-state.ts), in batches and in one transaction; changes the whole roster
// can feel (an assignment rule for everyone, a terminal added or removed or able to hold other
// kinds) recompute everyone. Triggers:
// - roster.changed (person edit, credentials, sync adopt) → those persons, right after the call
//   that announced it returns (announcements meanwhile coalesce into one pass); a write to a
//   person record also marks their state unknown (persons-repo), so an import recomputes just those;
// - an apply flush → the latest failure per person and terminal is recorded at once; the
//   persons' states are recomputed at most every SETTLE_MS and when a terminal's run ends
//   (a flush every 100 ms would recompute a person whose steps straddle two flushes twice;
//   the runner's per-step path does no SQLite work for this); a flag in settings marks that
//   such a recompute is owed, so a station stopped before it (a crash) recomputes everyone;
// - sync overwrite/remove, assignment rules, terminal records → through the calls below.
// Changes are announced as applyState.changed with the new counts, at most every ANNOUNCE_MS.
import type { Assignment, PersonApplyState } from '@shared/model'
import type { PersonSelection, PersonWithState } from '../../store/apply-state-repo'
import type { DeviceRecord } from '../../store/devices-repo'
import type { StepOutcomeRecord } from '../../store/journal-repo'
import type { StationContext } from '../context'
import { terminalStatuses } from './person-status'
import { personApplyState } from './terminal-state'

const BATCH = 2000
/** From this many persons on, one pass over everyone (index ranges) beats looking each up. */
const FULL_PASS = 20_000
const ANNOUNCE_MS = 300
const SETTLE_MS = 1000
/**
 * Settings key: the processes (pids) whose apply outcomes wait for their persons' recompute.
 * Each process adds and removes only its own pid, so a second station process on the same
 * roster never clears a debt that is not its own; `true` is the older single flag.
 */
const UNSETTLED = 'applyState.unsettled'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** What of the terminals the states depend on: who they are, their site, what they can hold. */
const signature = (devices: DeviceRecord[]): string =>
  JSON.stringify(
    devices.map((d) => {
      const c = d.capabilities
      return [d.id, d.site, c?.card, c?.face, c?.fingerprint, c?.iris]
    }),
  )

export function applyStateService(ctx: StationContext) {
  const { store } = ctx
  const repo = store.applyState
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false
  let seenDevices = signature(store.devices.list())
  /** Persons whose steps finished since the last settle. */
  let unsettled = new Set<string>()
  let settleTimer: ReturnType<typeof setTimeout> | null = null

  const announce = (changed: number): number => {
    if (changed === 0 || timer || closed) return changed
    timer = setTimeout(() => {
      timer = null
      if (!closed) ctx.bus.emit('applyState.changed', { counts: repo.counts() })
    }, ANNOUNCE_MS)
    timer.unref?.()
    return changed
  }

  /** Computes and stores one batch's states; how many changed. */
  const computeBatch = (
    persons: PersonWithState[],
    devices: DeviceRecord[],
    rules: Assignment[],
    selection?: PersonSelection,
  ): number => {
    const records = persons.map((p) => p.record)
    const batch = terminalStatuses(ctx, records, devices, rules, selection)
    for (const s of batch.settled) repo.dropFailure(s.employeeNo, s.deviceId)
    const changes = new Map<PersonApplyState, string[]>()
    for (const { record, state: before } of persons) {
      const now = personApplyState(batch.statuses.get(record.employeeNo)!.map((s) => s.state))
      if (now === before) continue
      const list = changes.get(now)
      if (list) list.push(record.employeeNo)
      else changes.set(now, [record.employeeNo])
    }
    let changed = 0
    for (const [state, employeeNos] of changes) {
      repo.setStates(state, employeeNos)
      changed += employeeNos.length
    }
    return changed
  }

  /** The whole roster, page by page in one transaction; how many changed. */
  const recomputeAll = (): number => {
    const devices = store.devices.list()
    const rules = store.assignments.list()
    const changed = store.tx(() => {
      let n = 0
      for (let after = ''; ;) {
        const page = repo.personsPage(after, BATCH)
        if (page.length === 0) return n
        const [first, last] = [page[0]!.record.employeeNo, page.at(-1)!.record.employeeNo]
        n += computeBatch(page, devices, rules, { from: first, to: last })
        after = last
      }
    })
    return announce(changed)
  }

  /** These persons and any whose state is unknown; how many changed. */
  const recompute = (employeeNos: readonly string[]): number => {
    if (employeeNos.length + repo.unknownCount() > FULL_PASS) return recomputeAll()
    const devices = store.devices.list()
    const rules = store.assignments.list()
    const changed = store.tx(() => {
      let n = 0
      const listed = [...new Set(employeeNos)]
      for (let i = 0; i < listed.length; i += BATCH)
        n += computeBatch(repo.personsIn(listed.slice(i, i + BATCH)), devices, rules)
      for (let unknown = repo.unknown(BATCH); unknown.length > 0; unknown = repo.unknown(BATCH))
        n += computeBatch(repo.personsIn(unknown), devices, rules)
      return n
    })
    return announce(changed)
  }

  /**
   * A runner's flush: the outcomes' persons on that terminal. A failed step makes it the latest
   * failure there (a job's first failing step gives the reason); an attempt without failure
   * clears a failure left by an older job.
   */
  const recordOutcomes = (
    jobId: string,
    deviceId: string,
    outcomes: readonly StepOutcomeRecord[],
  ): void => {
    const failedBy = new Map<string, StepOutcomeRecord | null>()
    for (const o of outcomes) {
      const no = o.employeeNo
      if (o.state === 'failed') {
        if (!failedBy.get(no)) failedBy.set(no, o)
      } else if (!failedBy.has(no)) failedBy.set(no, null)
    }
    const at = ctx.clock.now().toISOString()
    const through: string[] = []
    store.tx(() => {
      for (const [employeeNo, failed] of failedBy) {
        if (failed)
          repo.putFailure({
            employeeNo,
            deviceId,
            jobId,
            errorCode: failed.errorCode ?? null,
            reason: failed.reason ?? null,
            updatedAt: at,
          })
        else through.push(employeeNo)
      }
      repo.clearFailuresBefore(deviceId, jobId, through)
    })
    if (unsettled.size === 0) owe(true)
    for (const employeeNo of failedBy.keys()) unsettled.add(employeeNo)
    if (!settleTimer && !closed) {
      settleTimer = setTimeout(settle, SETTLE_MS)
      settleTimer.unref?.()
    }
  }

  /** Recomputes the persons whose steps finished since the last time. */
  function settle(): void {
    if (settleTimer) clearTimeout(settleTimer)
    settleTimer = null
    if (unsettled.size === 0 || closed) return
    const employeeNos = [...unsettled]
    unsettled = new Set()
    try {
      store.tx(() => {
        recompute(employeeNos)
        owe(false)
      })
    } catch (error) {
      // nothing was written (one transaction): the persons wait for the next try, never dropped
      ctx.logger.error('apply state recompute failed', { error: String(error) })
      for (const employeeNo of employeeNos) unsettled.add(employeeNo)
      if (!settleTimer && !closed) {
        settleTimer = setTimeout(settle, SETTLE_MS)
        settleTimer.unref?.()
      }
    }
  }

  /** The pids owing a recompute (0: an older station's flag, owner unknown). */
  function owers(): number[] {
    const v = store.settings.getValue<unknown>(UNSETTLED)
    if (v === true) return [0]
    return Array.isArray(v) ? v.filter((p): p is number => typeof p === 'number') : []
  }

  /** Adds or removes this process's debt, leaving every other process's as it is. */
  function owe(owing: boolean): void {
    store.tx(() => {
      const others = owers().filter((p) => p !== process.pid)
      store.settings.setValue(UNSETTLED, owing ? [...others, process.pid] : others)
    })
  }

  /** Persons of roster.changed announcements not yet recomputed (see rosterChanged). */
  let rosterOwed = new Set<string>()
  let rosterTimer: ReturnType<typeof setImmediate> | null = null

  /** Recomputes the persons roster changes announced, all announcements since the last at once. */
  function settleRoster(): void {
    if (rosterTimer) clearImmediate(rosterTimer)
    rosterTimer = null
    const employeeNos = [...rosterOwed]
    rosterOwed = new Set()
    try {
      recompute(employeeNos)
    } catch (error) {
      ctx.logger.error('apply state recompute failed', { error: String(error) })
    }
  }

  // A roster change is recomputed after the call that made it has returned (the edit itself
  // does not wait for it), several announcements in one pass; persons.put marks the written
  // persons' state unknown meanwhile, and recompute() takes every unknown one too.
  const unsubscribe = ctx.bus.subscribe((event, payload) => {
    if (event !== 'roster.changed' || closed) return
    for (const no of (payload as { employeeNos: string[] }).employeeNos) rosterOwed.add(no)
    rosterTimer ??= setImmediate(settleRoster)
  })
  // states never computed (a roster just migrated, or written while closed); everyone when
  // the station stopped before recomputing what an apply had changed (a crash, a kill)
  const owed = owers()
  const orphaned = owed.filter((p) => p === 0 || p === process.pid || !isAlive(p))
  if (orphaned.length > 0) {
    store.tx(() => {
      recomputeAll()
      store.settings.setValue(
        UNSETTLED,
        owed.filter((p) => !orphaned.includes(p)),
      )
    })
  } else recompute([])

  return {
    recompute,
    recomputeAll,

    /** A runner's flush (see recordOutcomes); a bug here must not stop the runner. */
    afterFlush(jobId: string, deviceId: string, outcomes: readonly StepOutcomeRecord[]): void {
      if (outcomes.length === 0) return
      try {
        recordOutcomes(jobId, deviceId, outcomes)
      } catch (error) {
        ctx.logger.error('apply state update failed', { jobId, deviceId, error: String(error) })
      }
    },

    /** A terminal's run ended (finished, stopped or paused): its persons' states now. */
    afterRun: (): void => settle(),

    /** A rule was added or removed: the persons its scope names, or everyone when it can reach all. */
    afterRuleChange(personScope: string, rulesBefore: number): number {
      const rulesNow = store.assignments.list().length
      if (rulesBefore === 0 || rulesNow === 0 || personScope === 'all') return recomputeAll()
      if (personScope.startsWith('person:')) return recompute([personScope.slice(7)])
      return recompute(store.snapshot.groupMembers(personScope.slice(6)))
    },

    /** A terminal record was written: everyone, when who the terminals are or what they hold changed. */
    afterDeviceChange(): void {
      const now = signature(store.devices.list())
      if (now === seenDevices) return
      seenDevices = now
      try {
        recomputeAll()
      } catch (error) {
        ctx.logger.error('apply state recompute failed', { error: String(error) })
      }
    },

    counts: () => repo.counts(),

    close(): void {
      settleRoster()
      settle()
      closed = true
      unsubscribe()
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}

export type ApplyStateService = ReturnType<typeof applyStateService>
