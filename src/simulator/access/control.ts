// The access decision's part of the control API: what each reader enforces and waits for, what
// each door's schedule says; and the hooks for a clock change and a factory reset.
import type { SimDevice } from '../device.js'
import { clearWaits, expireWaits, waitsView } from './decision.js'
import { doorScheduleTick, resetDoorSchedules, scheduledDoorStatus } from './door-schedule.js'
import { defaultVerifyMode, effectiveVerifyMode } from './reader-mode.js'
import { clearPassages, passagesView } from './anti-passback.js'
import { clearMultiWaits, expireMultiWaits, multiWaitsView } from './multi-card.js'

export function accessView(dev: SimDevice): Record<string, unknown> {
  const readers = Array.from({ length: dev.profile.cardReaders }, (_, i) => ({
    readerNo: i + 1,
    verifyMode: effectiveVerifyMode(dev, i + 1),
    defaultVerifyMode: defaultVerifyMode(dev, i + 1),
  }))
  const doors = Array.from({ length: dev.profile.doors }, (_, i) => ({
    doorNo: i + 1,
    scheduled: scheduledDoorStatus(dev, i + 1),
  }))
  return {
    time: dev.iso(),
    readers,
    doors,
    waiting: waitsView(dev),
    multiFactor: multiWaitsView(dev),
    antiPassback: passagesView(dev),
  }
}

/** The clock moved: waits may have expired and door schedules may have crossed a boundary. */
export function afterClockChange(dev: SimDevice): void {
  expireWaits(dev)
  expireMultiWaits(dev)
  doorScheduleTick(dev)
}

export function afterReset(dev: SimDevice): void {
  clearWaits(dev)
  clearMultiWaits(dev)
  clearPassages(dev, 'all')
  resetDoorSchedules(dev)
}
