// The terminal's event store: a ring buffer with the profile's capacity ("cycle" storage mode:
// the oldest entry is overwritten when full). Serial numbers keep increasing across overwrites.
import type { EventRec } from '../state/model.js'

export class EventLog {
  private readonly buf: (EventRec | undefined)[]
  private start = 0
  private count = 0
  private serial = 0

  constructor(readonly capacity: number) {
    this.buf = new Array<EventRec | undefined>(Math.max(1, capacity))
  }

  get size(): number {
    return this.count
  }

  get lastSerial(): number {
    return this.serial
  }

  append(e: Omit<EventRec, 'serialNo'>): EventRec {
    const rec: EventRec = { ...e, serialNo: ++this.serial }
    const cap = this.buf.length
    if (this.count < cap) {
      this.buf[(this.start + this.count) % cap] = rec
      this.count++
    } else {
      this.buf[this.start] = rec
      this.start = (this.start + 1) % cap
    }
    return rec
  }

  /** Oldest first. */
  *entries(): Generator<EventRec> {
    const cap = this.buf.length
    for (let i = 0; i < this.count; i++) {
      const e = this.buf[(this.start + i) % cap]
      if (e) yield e
    }
  }

  toArray(): EventRec[] {
    return [...this.entries()]
  }

  clear(): void {
    this.buf.fill(undefined)
    this.start = 0
    this.count = 0
  }

  restore(list: EventRec[], lastSerial: number): void {
    this.clear()
    for (const e of list.slice(-this.buf.length)) {
      this.buf[this.count++] = e
    }
    this.serial = Math.max(lastSerial, list.at(-1)?.serialNo ?? 0)
  }
}
