// The terminal's own timers (door relock, door-open alarm). Real timers by default; a fleet
// started with `manualTimers` gets a clock that moves only when the control API advances it,
// so a test proves "the door relocks after openDuration" without waiting or sleeping.

export interface DeviceTimers {
  /** Runs `fn` after `ms`; returns a cancel function. */
  after(ms: number, fn: () => void): () => void
}

export const realTimers: DeviceTimers = {
  after(ms, fn) {
    const t = setTimeout(fn, ms)
    t.unref()
    return () => clearTimeout(t)
  },
}

export class ManualTimers implements DeviceTimers {
  private nowMs = 0
  private seq = 0
  private readonly due = new Map<number, { at: number; fn: () => void }>()

  after(ms: number, fn: () => void): () => void {
    const id = ++this.seq
    this.due.set(id, { at: this.nowMs + Math.max(0, ms), fn })
    return () => this.due.delete(id)
  }

  /** Moves the clock; fires what falls due, in time order (timers added meanwhile included). */
  advance(ms: number): number {
    const end = this.nowMs + Math.max(0, ms)
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined
      for (const entry of this.due) if (!next || entry[1].at < next[1].at) next = entry
      if (!next || next[1].at > end) break
      this.due.delete(next[0])
      this.nowMs = next[1].at
      next[1].fn()
    }
    this.nowMs = end
    return this.nowMs
  }

  get pending(): number {
    return this.due.size
  }
}
