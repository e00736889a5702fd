// Continuous apply: while the station runs (and the `continuousApply` setting is on), every
// change to the roster, the assignment rules or the terminals is planned and applied by itself.
// Changes are coalesced: the persons changed within DEBOUNCE_MS (at most MAX_WAIT_MS after the
// first) go as one plan of just those persons; a revocation (deleted, block-listed, validity ended) goes at once, ahead
// of any other change waiting (so does a block-listing or a validity shortened to the past). Rules, a terminal added, the setting turned on → a plan of
// everyone (on those terminals). Crash-safety, pauses, backoff and per-terminal order are the
// apply service's own: this only decides when and what to plan.
import type { StationContext } from '../context'
import type { ApplyService } from './apply-service'
import { changeWatcher, type ChangeFeed } from './change-feed'
import { localNow, validityEnded } from './validity'
import { validityTimer, type ValidityTimer } from './validity-timer'

export interface ContinuousTiming {
  /** Quiet time after the last change before it is planned. */
  debounceMs: number
  /** Longest a change waits while changes keep coming. */
  maxWaitMs: number
  /** How often another process's changes are looked for (PRAGMA data_version; default 500 ms). */
  changePollMs?: number
  /** Longest the validity timer sleeps before it looks at the clock again (default 60 s). */
  validityRecheckMs?: number
}

export const DEFAULT_CONTINUOUS_TIMING: ContinuousTiming = { debounceMs: 300, maxWaitMs: 2000 }

export interface ContinuousApply {
  /** These persons changed ([] = possibly everyone, e.g. an import). */
  personsChanged(employeeNos: string[]): void
  /** Everyone may go elsewhere now (a rule changed), on every terminal or on these. */
  everyoneChanged(deviceIds?: string[]): void
  /** Plans what waits now; resolves once nothing is waiting to be planned (tests, CLI). */
  idle(): Promise<void>
  enabled(): boolean
  start(): void
  close(): void
}

export function continuousApply(
  ctx: StationContext,
  service: ApplyService,
  on: boolean,
  timing: ContinuousTiming = DEFAULT_CONTINUOUS_TIMING,
  /** Passes on another process's settings change without recording it again. */
  feed?: Pick<ChangeFeed, 'replay'>,
): ContinuousApply {
  const { store } = ctx
  const revoked = new Set<string>()
  const changed = new Set<string>()
  /** null = no full plan owed; 'all' = every terminal; else these terminals. */
  let everyone: Set<string> | 'all' | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstAt: number | null = null
  let running: Promise<void> | null = null
  let closed = false
  let started = false
  let unsubscribe: (() => void) | null = null
  let knownDevices = new Set<string>()
  let validity: ValidityTimer | null = null
  let watcher: { close(): void } | null = null
  const enabled = () => on && started && !closed && store.settings.get().continuousApply

  const schedule = (now: boolean) => {
    if (!enabled()) return
    const at = Date.now()
    firstAt ??= at
    const wait = now ? 0 : Math.max(0, Math.min(timing.debounceMs, firstAt + timing.maxWaitMs - at))
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void drain()
    }, wait)
  }

  const drain = async (): Promise<void> => {
    if (running) return running.then(() => (pendingWork() ? drain() : undefined))
    running = (async () => {
      while (pendingWork() && enabled()) {
        firstAt = null
        // revocations first, on their own: a small plan that runs ahead of everything else
        if (revoked.size > 0) {
          const nos = [...revoked]
          revoked.clear()
          await service.grow({ employeeNos: nos, urgent: true }).catch(failed)
          continue
        }
        if (everyone) {
          const which = everyone
          everyone = null
          if (which === 'all') changed.clear() // everyone's plan covers them
          await service.grow(which === 'all' ? {} : { deviceIds: [...which] }).catch(failed)
          continue
        }
        const nos = [...changed]
        changed.clear()
        await service.grow({ employeeNos: nos }).catch(failed)
      }
    })().finally(() => (running = null))
    return running
  }

  const pendingWork = () => revoked.size > 0 || changed.size > 0 || everyone !== null
  const failed = (error: unknown) =>
    ctx.logger.warn('continuous apply: plan failed', { error: String(error) })

  const api: ContinuousApply = {
    personsChanged(employeeNos) {
      if (!enabled()) return
      if (employeeNos.length === 0) return api.everyoneChanged()
      let revocation = false
      for (const no of employeeNos) {
        const person = store.persons.get(no)
        // deleted, block-listed or shortened to a validity that has ended: a revocation
        const revokes =
          !person ||
          person.userType === 'blackList' ||
          validityEnded(person.valid, localNow(ctx.clock))
        if (revokes) {
          revoked.add(no)
          revocation = true
        } else changed.add(no)
      }
      schedule(revocation)
      validity?.rearm() // a validity may have moved
    },
    everyoneChanged(deviceIds) {
      if (!enabled()) return
      if (!deviceIds || everyone === 'all') everyone = 'all'
      else everyone = new Set([...(everyone ?? []), ...deviceIds])
      schedule(false)
    },
    async idle() {
      // what waits for its quiet time is planned now
      if (timer) clearTimeout(timer)
      timer = null
      while (running || (pendingWork() && enabled())) await drain()
    },
    enabled,
    start() {
      if (!on) return
      started = true
      knownDevices = new Set(store.devices.list().map((d) => d.id))
      unsubscribe = ctx.bus.subscribe((event, payload) => {
        if (event === 'roster.changed')
          api.personsChanged((payload as { employeeNos: string[] }).employeeNos)
        else if (event === 'settings.changed') {
          if ((payload as { continuousApply: boolean }).continuousApply) api.everyoneChanged()
        } else if (event === 'device.status') {
          // a terminal added (or back after its record was re-created) receives everyone
          const ids = store.devices.list().map((d) => d.id)
          const added = ids.filter((id) => !knownDevices.has(id))
          knownDevices = new Set(ids)
          if (added.length > 0) api.everyoneChanged(added)
        }
      })
      validity = validityTimer(ctx, api.personsChanged, timing.validityRecheckMs ?? 60_000)
      // a one-shot CLI command (another process on this database) changed something
      watcher = changeWatcher(ctx, timing.changePollMs ?? 500, (changes) => {
        for (const c of changes) {
          if (c.kind === 'persons' && c.employeeNos) api.personsChanged(c.employeeNos)
          else if (c.kind === 'persons' || c.kind === 'rules') api.everyoneChanged()
          // the settings' own event: this plan, the schedules keeper and every UI follow it
          else if (c.kind === 'settings')
            (feed?.replay ?? ((emit: () => void) => emit()))(() =>
              ctx.bus.emit('settings.changed', store.settings.get()),
            )
          // terminals re-read by the device service (a new one is checked, then planned for
          // by its device.status); schedules written by the schedules keeper
          ctx.bus.emit('station.changedElsewhere', { kind: c.kind })
        }
      })
      // what changed while the station was stopped (or by a one-shot CLI command)
      api.everyoneChanged()
    },
    close() {
      closed = true
      unsubscribe?.()
      validity?.close()
      watcher?.close()
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
  return api
}
