// What a bridge (a window, a browser-mode socket) is sent of the station's pushes. Progress-like
// events describe a state, not a happening: only their latest value matters, so each one is sent
// at most once per window per subject (the first at once, then the latest at the window's end:
// the last value always arrives). A busy apply then costs a page a few messages a second, not
// one per flush. Every other event (access events, enrolment phases, notices) passes untouched,
// in order. A call's reply never overtakes what happened before it: the bridge flushes what waits
// before it sends a reply (a page that paused a job is never told "running" after "paused").
import type { EventName, StationEvents } from '@shared/api'
import type { StationListener } from './event-bus'

/** Events whose latest value supersedes the earlier ones, and the subject each is latest per. */
const SUBJECT: { [E in EventName]?: (payload: StationEvents[E]) => string } = {
  'apply.progress': (p) => `${p.jobId}\u0000${p.device.deviceId}`,
  'applyState.changed': () => '',
  'import.progress': () => '',
  'device.status': (p) => p.deviceId,
}

/** Roster changes fold together: the persons named by any of them (none named: everyone). */
function foldRoster(
  a: StationEvents['roster.changed'],
  b: StationEvents['roster.changed'],
): StationEvents['roster.changed'] {
  if (a.employeeNos.length === 0 || b.employeeNos.length === 0) return { employeeNos: [] }
  return { employeeNos: [...new Set([...a.employeeNos, ...b.employeeNos])] }
}

export interface PushTimers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: PushTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}

export interface CoalescedListener {
  listener: StationListener
  /** Sends what waits now (before a call's reply); the windows stay open. */
  flush(): void
  /** Drops what waits (the bridge closed). */
  close(): void
}

/** Default window: at most four messages a second per subject. */
export const PUSH_WINDOW_MS = 250

export function coalescePushes(
  send: StationListener,
  windowMs = PUSH_WINDOW_MS,
  timers: PushTimers = realTimers,
): CoalescedListener {
  interface Slot {
    event: EventName
    payload: unknown
    waiting: boolean
    timer: unknown
  }
  const slots = new Map<string, Slot>()
  let closed = false

  const open = (key: string, slot: Slot) => {
    slot.timer = timers.set(() => {
      if (closed) return
      if (!slot.waiting) {
        slots.delete(key)
        return
      }
      slot.waiting = false
      send(slot.event, slot.payload as never)
      open(key, slot) // the window starts again after a trailing send
    }, windowMs)
  }

  const hold = (
    key: string,
    event: EventName,
    payload: unknown,
    fold?: (a: never, b: never) => unknown,
  ) => {
    const slot = slots.get(key)
    if (!slot) {
      const fresh: Slot = { event, payload, waiting: false, timer: null }
      slots.set(key, fresh)
      send(event, payload as never)
      open(key, fresh)
      return
    }
    slot.payload = slot.waiting && fold ? fold(slot.payload as never, payload as never) : payload
    slot.waiting = true
  }

  const listener: StationListener = (event, payload) => {
    if (closed) return
    if (event === 'roster.changed') return hold(event, event, payload, foldRoster as never)
    const subject = SUBJECT[event] as ((p: unknown) => string) | undefined
    if (!subject) return send(event, payload)
    hold(`${event}\u0000${subject(payload)}`, event, payload)
  }

  return {
    listener,
    flush() {
      if (closed) return
      for (const slot of slots.values()) {
        if (!slot.waiting) continue
        slot.waiting = false
        send(slot.event, slot.payload as never)
      }
    },
    close() {
      closed = true
      for (const slot of slots.values()) timers.clear(slot.timer)
      slots.clear()
    },
  }
}
