// The doors of one terminal, as AcsWorkStatus reports them, and the events a door emits.
// doorStatus: 1 sleep, 2 remain unlocked (always open), 3 remain locked (always closed), 4 normal.
// doorLockStatus / magneticStatus: 0 closed, 1 open.
// - open: the lock opens for DoorParam openDuration seconds, then relocks (5/21, 5/22).
//   Refused while the door is held closed (our reading: remain-locked wins over a remote
//   open; the terminal answers invalidOperation); no pulse while held open (already free).
// - close: back to normal, locked (ends a remain-open 5/20 or remain-closed 5/32).
// - alwaysOpen / alwaysClose: hold (5/19 remain-open begin, 5/31 remain-closed begin).
// - the door leaf (magnetic contact): opened while unlocked 5/25, forced while locked 5/27;
//   still open after magneticAlarmTimeout seconds: 5/28 door open timeout; closed 5/26.
// Remote commands are logged as operations 3/1024…1027 by the caller (who sent them).
import type { DeviceTimers } from './timers.js'

export interface DoorState {
  status: number
  lock: number
  magnetic: number
}

export interface DoorBankDeps {
  timers: DeviceTimers
  record(major: number, minor: number, fields: Record<string, unknown>): void
  /** DoorParam of door n as stored (openDuration, magneticAlarmTimeout in seconds). */
  param(n: number): { openDuration: number; magneticAlarmTimeout: number }
  /** Caps a pulse for fast tests with real timers (0 = no cap). */
  pulseCapMs(): number
}

export type DoorCommand = 'open' | 'close' | 'alwaysOpen' | 'alwaysClose'

export class DoorBank {
  readonly doors: DoorState[]
  private readonly pulses = new Map<number, Set<() => void>>()
  private readonly alarm = new Map<number, () => void>()

  constructor(
    count: number,
    private readonly deps: DoorBankDeps,
  ) {
    this.doors = Array.from({ length: count }, () => ({ status: 4, lock: 0, magnetic: 0 }))
  }

  private ev(n: number, minor: number): void {
    this.deps.record(5, minor, { doorNo: n, currentVerifyMode: 'invalid', mask: 'unknown' })
  }

  private door(n: number): DoorState {
    const d = this.doors[n - 1]
    if (!d) throw new RangeError(`no door ${n}`)
    return d
  }

  /** Sets the lock outright; pending pulses end (merged into the new state). */
  private setLock(n: number, open: boolean): void {
    const d = this.door(n)
    const pending = this.pulses.get(n)
    for (const c of pending ?? []) c()
    pending?.clear()
    if ((d.lock === 1) === open) return
    d.lock = open ? 1 : 0
    this.ev(n, open ? 21 : 22)
  }

  private endHold(n: number): void {
    const d = this.door(n)
    if (d.status === 2) this.ev(n, 20)
    if (d.status === 3) this.ev(n, 32)
    d.status = 4
  }

  /**
   * Unlocks for openDuration; false when the door is held closed. Each unlock logs its own
   * 5/21 … 5/22 pair (as terminals log every credential's unlock); the lock stays open until
   * the last pending pulse ends.
   */
  pulse(n: number): boolean {
    const d = this.door(n)
    if (this.heldShut(n)) return false
    if (d.status === 2) return true
    d.lock = 1
    this.ev(n, 21)
    const cap = this.deps.pulseCapMs()
    const full = this.deps.param(n).openDuration * 1000
    const pulses = this.pulses.get(n) ?? new Set<() => void>()
    this.pulses.set(n, pulses)
    const cancel = this.deps.timers.after(cap > 0 ? Math.min(full, cap) : full, () => {
      pulses.delete(cancel)
      this.ev(n, 22)
      if (pulses.size === 0 && d.status === 4) d.lock = 0
    })
    pulses.add(cancel)
    return true
  }

  /** Held closed (remain locked, by a command or a schedule) or asleep: no credential opens it. */
  heldShut(n: number): boolean {
    const s = this.door(n).status
    return s === 3 || s === 1
  }

  /** A remote command; 'heldClosed' when an open meets a door held closed. */
  command(n: number, cmd: DoorCommand): 'ok' | 'heldClosed' {
    const d = this.door(n)
    switch (cmd) {
      case 'open':
        return this.pulse(n) ? 'ok' : 'heldClosed'
      case 'close':
        this.endHold(n)
        this.setLock(n, false)
        return 'ok'
      case 'alwaysOpen':
        if (d.status === 2) return 'ok'
        this.endHold(n)
        this.setLock(n, true)
        d.status = 2
        this.ev(n, 19)
        return 'ok'
      case 'alwaysClose':
        if (d.status === 3) return 'ok'
        this.endHold(n)
        this.setLock(n, false)
        d.status = 3
        this.ev(n, 31)
        return 'ok'
    }
  }

  /**
   * A door-status schedule's boundary: remain open holds the door unlocked, remain closed holds
   * it locked, normal releases it. Silent: the schedule records its own 5/19–5/20, 5/31–5/32.
   */
  scheduled(n: number, status: 'remainOpen' | 'remainClosed' | 'normal' | 'sleep'): void {
    const d = this.door(n)
    for (const c of this.pulses.get(n) ?? []) c()
    this.pulses.get(n)?.clear()
    d.status =
      status === 'remainOpen' ? 2 : status === 'remainClosed' ? 3 : status === 'sleep' ? 1 : 4
    d.lock = status === 'remainOpen' ? 1 : 0
  }

  /** The door leaf moves (magnetic contact). */
  contact(n: number, open: boolean): void {
    const d = this.door(n)
    if ((d.magnetic === 1) === open) return
    d.magnetic = open ? 1 : 0
    this.alarm.get(n)?.()
    this.alarm.delete(n)
    if (!open) return this.ev(n, 26)
    this.ev(n, d.lock === 1 ? 25 : 27)
    const secs = this.deps.param(n).magneticAlarmTimeout
    if (secs > 0)
      this.alarm.set(
        n,
        this.deps.timers.after(secs * 1000, () => {
          this.alarm.delete(n)
          if (d.magnetic === 1) this.ev(n, 28)
        }),
      )
  }

  /** Power cycle: holds and pulses end, doors come back normal and locked. */
  reset(): void {
    for (const set of this.pulses.values()) for (const c of set) c()
    for (const c of this.alarm.values()) c()
    this.pulses.clear()
    this.alarm.clear()
    for (const d of this.doors) Object.assign(d, { status: 4, lock: 0, magnetic: 0 })
  }
}
