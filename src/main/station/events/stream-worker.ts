// One alertStream subscription per terminal. Policy:
// - before connecting, and again once the stream is up, the log is backfilled from the cursor
//   (backfill.ts), so events from while the link (or the station) was down are stored;
// - the replay a terminal sends on connect (currentEvent=false) goes through the same dedupe,
//   so only events the station has not seen are stored and pushed (a replay before the first
//   cursor is the terminal's older history: stored, not pushed to the live feed);
// - the client's watchdog ends a stream that goes silent (no heartbeat); any end is followed by
//   a reconnect after a capped exponential backoff (backoff.ts);
// - a terminal whose health is locked, authFailed or notActivated is left alone until its health
//   changes (a lock is re-checked once, when the terminal's unlock time has passed).
import { rateLimitedWarn } from '../../platform/rate-limited-log'
import { isIsapiError, type AlertEvent } from '../../isapi'
import type { DeviceHealth, EventStreamStatus } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { backfill, continues } from './backfill'
import { backoffDelay, type BackoffPolicy } from './backoff'
import type { Ingest } from './ingest'
import { liveCompleter, needsLog } from './log-lookup'
import type { PictureStore } from './pictures'
import { sleep, waitForStatus } from './wait'
import { idCardAccess } from './id-card'

const PAUSED = new Set<DeviceHealth>(['locked', 'authFailed', 'notActivated'])
const ATTEMPT_FATAL = new Set(['offline', 'timeout', 'auth', 'locked'])
/** Failures that say the terminal is not there (stopped, unplugged, dropping connections). */
const UNREACHABLE: ReadonlySet<string> = new Set(['offline', 'timeout'])

export interface WorkerDeps {
  ctx: StationContext
  devices: DeviceService
  ingest: Ingest
  pictures: PictureStore
  backoff: BackoffPolicy
  heartbeatTimeoutMs: number
  /** How long a live event waits for its log entry (door, pictureURL). */
  logTimeoutMs: number
}

const reasonOf = (error: unknown): string =>
  isIsapiError(error) ? error.reason : error instanceof Error ? error.message : String(error)

export function streamWorker(deps: WorkerDeps, deviceId: string) {
  const { ctx, devices, ingest, pictures } = deps
  const abort = new AbortController()
  const signal = abort.signal
  // a terminal sending events the station cannot store, again and again: bounded lines
  const skipped = rateLimitedWarn(ctx.logger, 'events skipped')
  const status: EventStreamStatus = {
    deviceId,
    mode: 'alertStream',
    connected: false,
    lastEventAt: ctx.store.events.lastReceivedAt(deviceId),
    lastHeartbeatAt: null,
    reason: null,
  }
  const now = () => ctx.clock.now().toISOString()
  let filling: Promise<unknown> | null = null
  let again = false
  let logUsable = true
  const completeLive = liveCompleter(deps.logTimeoutMs)

  /**
   * A backfill that failed because the terminal cannot be reached is the terminal's health, not
   * a warning: recorded as offline, with one line when it goes offline (none while it stays so,
   * none once it is removed or the station stops). Any other failure is a real warning.
   */
  const backfillFailed = (e: unknown): void => {
    if (signal.aborted || !ctx.store.devices.get(deviceId)) return
    if (isIsapiError(e) && UNREACHABLE.has(e.category)) {
      // while the stream still runs, its own end says whether the terminal went away
      if (status.connected)
        return ctx.logger.info('event backfill interrupted', { deviceId, error: reasonOf(e) })
      const was = devices.health(deviceId)
      devices.observe(deviceId, e)
      if (was !== 'offline')
        ctx.logger.info('terminal offline: its events are fetched once it is back', {
          deviceId,
          error: reasonOf(e),
        })
      return
    }
    ctx.logger.warn('event backfill failed', { deviceId, error: reasonOf(e) })
  }

  /** One backfill at a time; a request while one runs schedules one more after it. */
  const requestBackfill = (): Promise<unknown> => {
    if (filling) {
      again = true
      return filling
    }
    filling = (async () => {
      let error: unknown
      do {
        again = false
        try {
          await backfill(ctx, devices.client(deviceId), deviceId, ingest, signal, () => {
            void pictures.drain(deviceId)
          })
          error = null
        } catch (e) {
          error = e
          backfillFailed(e)
        }
      } while (again && !signal.aborted)
      return error
    })().finally(() => (filling = null))
    return filling
  }

  const onEvent = async (
    ev: AlertEvent,
    source: 'alertStream' | 'listening' = 'alertStream',
  ): Promise<void> => {
    if (ev.type === 'heartbeat') {
      if (source === 'alertStream') status.lastHeartbeatAt = now()
      return
    }
    if (ev.type === 'other') {
      // an ID card read carries an access event (stored, number masked); others (camera IO …) not
      const idCard = idCardAccess(ev)
      if (idCard) return onEvent(idCard, source)
      return
    }
    let record = ev.event
    let checked = false
    const picture = ev.pictures[0]
    if (
      logUsable &&
      ev.live &&
      needsLog(record, picture !== undefined) &&
      !ingest.known(deviceId, record)
    ) {
      const done = await completeLive(devices.client(deviceId), record)
      record = done.event
      checked = done.checked
      if (done.unsupported) logUsable = false
    }
    const cursor = ctx.store.events.cursor(deviceId)
    // history a terminal held before the station first armed it is stored, not pushed live
    const r = ingest.event(deviceId, record, source, picture, checked, ev.live || cursor !== null)
    if (r.isNew) status.lastEventAt = now()
    if (r.pictureExpected) void pictures.drain(deviceId)
    if (r.serialNo <= 0 || cursor === null) return
    // a live event at or below the cursor that is new, or whose serial another event holds:
    // the terminal's numbering restarted (everything up to the cursor was already stored)
    if (ev.live && (r.renumbered || (r.isNew && r.serialNo <= cursor))) {
      ctx.logger.warn('the terminal restarted its event numbering; following the new one', {
        deviceId,
        serialNo: r.serialNo,
        cursor,
      })
      ctx.store.events.resetCursor(deviceId, r.serialNo, ev.event.time ?? null, now())
      return
    }
    if (continues(cursor, r.serialNo, ev.event.frontSerialNo))
      ctx.store.events.setCursor(deviceId, r.serialNo, ev.event.time ?? null, now())
    else if (r.serialNo > cursor + 1) void requestBackfill()
  }
  /** Events from the listening host, one at a time in arrival order. */
  let accepting: Promise<void> = Promise.resolve()

  /** Waits while the terminal must not be contacted; true when the worker should stop. */
  const gate = async (): Promise<boolean> => {
    for (;;) {
      if (signal.aborted || !ctx.store.devices.get(deviceId)) return true
      const health = devices.health(deviceId)
      if (!PAUSED.has(health)) return false
      status.connected = false
      status.reason = `Paused: the terminal is ${health}; waiting until it is usable again.`
      const unlockAt = health === 'locked' ? Date.parse(devices.get(deviceId).unlockAt ?? '') : NaN
      const wait = Number.isFinite(unlockAt) ? Math.max(0, unlockAt - Date.now()) + 1000 : undefined
      const changed = await waitForStatus(ctx.bus, deviceId, signal, wait)
      if (!changed && health === 'locked' && !signal.aborted)
        await devices.check(deviceId).catch(() => undefined)
    }
  }

  const run = async (): Promise<void> => {
    let failures = 0
    while (!(await gate())) {
      let busy = false
      try {
        const error = await requestBackfill()
        if (isIsapiError(error) && ATTEMPT_FATAL.has(error.category)) throw error
        const stream = devices
          .client(deviceId)
          .events.alertStream({ signal, heartbeatTimeoutMs: deps.heartbeatTimeoutMs })
        for await (const ev of stream) {
          if (!status.connected) {
            status.connected = true
            status.reason = null
            failures = 0
            devices.observe(deviceId)
            void requestBackfill()
            void pictures.drain(deviceId)
          }
          // one event the station cannot store is skipped and logged, never a reconnect loop;
          // the cursor stays behind it, so a later backfill tries it again
          await onEvent(ev).catch((error: unknown) =>
            skipped('event skipped', { deviceId, error: String(error) }),
          )
        }
      } catch (error) {
        if (signal.aborted) break
        status.connected = false
        status.reason = reasonOf(error)
        busy = isIsapiError(error) && error.category === 'busy'
        if (isIsapiError(error) && error.code !== 'STREAM_BROKEN') devices.observe(deviceId, error)
        if (!ctx.store.devices.get(deviceId)) break
      }
      failures++
      await sleep(backoffDelay(deps.backoff, failures, busy), signal)
    }
    status.connected = false
  }

  let running: Promise<void> | null = null
  return {
    deviceId,
    status: (): EventStreamStatus => ({ ...status }),
    start(): void {
      running ??= run().catch((error: unknown) =>
        ctx.logger.error('event stream worker failed', { deviceId, error: String(error) }),
      )
    },
    backfill: requestBackfill,
    /** An event that arrived another way (the listening host): same dedupe, same cursor. */
    accept(ev: AlertEvent): Promise<void> {
      const done = accepting.then(() => onEvent(ev, 'listening'))
      accepting = done.catch(() => undefined)
      return done
    },
    async stop(): Promise<void> {
      abort.abort()
      await running
      await filling?.catch(() => undefined)
    },
  }
}

export type StreamWorker = ReturnType<typeof streamWorker>
