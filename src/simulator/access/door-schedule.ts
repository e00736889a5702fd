// Door-status schedules switching a door at their boundaries. The door's scheduled status is its
// DoorStatus template's segment covering "now" (through DoorStatusPlan/<door>), otherwise
// "normal". A tick compares each door's scheduled status with the last one seen and, on a change,
// records the guide's events (remain-open 5/19 begin, 5/20 end; remain-closed 5/31 begin, 5/32
// end) and tells the listeners: the door state machine (terminal-ops) subscribes with
// `onDoorStatus` to hold the door open / closed. Ticks come from the clock being looked at
// (access trigger, control-API clock change) and from a 1 s timer while the device runs.
import type { SimDevice } from '../device.js'
import type { EventRec } from '../state/model.js'
import { templateModeAt } from './schedule-eval.js'
import { storedDoc } from './stored-doc.js'

export type DoorStatus = 'remainOpen' | 'remainClosed' | 'normal' | 'sleep'
export type DoorStatusListener = (doorNo: number, status: DoorStatus, previous: DoorStatus) => void

const BEGIN: Partial<Record<DoorStatus, number>> = { remainOpen: 19, remainClosed: 31 }
const END: Partial<Record<DoorStatus, number>> = { remainOpen: 20, remainClosed: 32 }

interface DoorWatch {
  last: Map<number, DoorStatus>
  listeners: Set<DoorStatusListener>
}
const watches = new WeakMap<SimDevice, DoorWatch>()
const watchOf = (dev: SimDevice): DoorWatch => {
  let w = watches.get(dev)
  if (!w) watches.set(dev, (w = { last: new Map(), listeners: new Set() }))
  return w
}

/** What the door-status schedule says door `doorNo` should be at `ms`. */
export function scheduledDoorStatus(dev: SimDevice, doorNo: number, ms = dev.now()): DoorStatus {
  const plan = storedDoc(dev, 'DoorStatusPlan', doorNo)
  const s = templateModeAt(dev, 'DoorStatus', Number(plan?.templateNo ?? 0), ms)
  return s === 'remainOpen' || s === 'remainClosed' || s === 'sleep' ? s : 'normal'
}

/** Called on every scheduled status change of a door; returns the unsubscribe. */
export function onDoorStatus(dev: SimDevice, listener: DoorStatusListener): () => void {
  const w = watchOf(dev)
  w.listeners.add(listener)
  return () => w.listeners.delete(listener)
}

/** Records the boundary events of every door whose scheduled status changed since the last tick. */
export function doorScheduleTick(dev: SimDevice): EventRec[] {
  const w = watchOf(dev)
  const out: EventRec[] = []
  for (let doorNo = 1; doorNo <= dev.profile.doors; doorNo++) {
    const now = scheduledDoorStatus(dev, doorNo)
    const before = w.last.get(doorNo) ?? 'normal'
    if (now === before) continue
    w.last.set(doorNo, now)
    const fields = { doorNo, currentVerifyMode: 'invalid', mask: 'unknown' }
    const end = END[before]
    if (end) out.push(dev.recordEvent(5, end, fields))
    const begin = BEGIN[now]
    if (begin) out.push(dev.recordEvent(5, begin, fields))
    for (const l of w.listeners) l(doorNo, now, before)
  }
  return out
}

/** The device's 1 s schedule timer (stopped on shutdown). */
export function startDoorSchedules(dev: SimDevice): void {
  const timer = setInterval(() => {
    if (!dev.isRebooting) doorScheduleTick(dev)
  }, 1000)
  timer.unref()
  dev.shutdownHooks.add(() => clearInterval(timer))
}

/** Forgets what was seen (factory reset): the next tick starts from "normal". */
export function resetDoorSchedules(dev: SimDevice): void {
  watchOf(dev).last.clear()
}
