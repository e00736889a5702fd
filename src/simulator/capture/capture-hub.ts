// "The person in front of the terminal". Control API presentations are either handed to a
// capture that is waiting, or held (for up to a minute) for the next capture of that kind.
// In auto mode a capture is answered after a delay with generated data (demo site).

export type CaptureKind = 'card' | 'finger' | 'face' | 'iris'

export interface Presentation {
  kind: CaptureKind
  cardNo?: string
  cardType?: string
  quality?: number
  template?: string
  jpeg?: Buffer
  infraredJpeg?: Buffer
  irisJpeg?: Buffer[]
  /** The person walked away: the capture should time out. */
  none?: boolean
}

interface Waiter {
  kind: CaptureKind
  resolve: (p: Presentation | null) => void
  timer: NodeJS.Timeout
}

const HOLD_MS = 60_000

export class CaptureHub {
  private readonly held = new Map<CaptureKind, { p: Presentation; at: number }>()
  private waiter: Waiter | null = null
  /** The last face presented: the camera shows it for HOLD_MS (RTSP picture). */
  private face: { jpeg: Buffer | null; at: number } | null = null
  auto: { delayMs: number } | null = null

  /** Kind of the capture currently waiting, if any (one at a time per device). */
  get activeKind(): CaptureKind | null {
    return this.waiter?.kind ?? null
  }

  /** The person in front of the camera: the last face presented within a minute, or null. */
  faceInFront(now = Date.now()): { jpeg: Buffer | null } | null {
    return this.face && now - this.face.at <= HOLD_MS ? { jpeg: this.face.jpeg } : null
  }

  present(p: Presentation): 'delivered' | 'held' {
    if (p.kind === 'face') this.face = p.none ? null : { jpeg: p.jpeg ?? null, at: Date.now() }
    if (this.waiter && this.waiter.kind === p.kind) {
      const w = this.waiter
      this.waiter = null
      clearTimeout(w.timer)
      w.resolve(p)
      return 'delivered'
    }
    this.held.set(p.kind, { p, at: Date.now() })
    return 'held'
  }

  /** Takes a held presentation without waiting. */
  take(kind: CaptureKind): Presentation | null {
    const h = this.held.get(kind)
    if (!h) return null
    this.held.delete(kind)
    return Date.now() - h.at <= HOLD_MS ? h.p : null
  }

  /** Waits up to timeoutMs; null on timeout. Throws 'busy' when another capture waits. */
  wait(kind: CaptureKind, timeoutMs: number): Promise<Presentation | null> {
    const now = this.take(kind)
    if (now) return Promise.resolve(now)
    if (this.waiter) return Promise.reject(new Error('busy'))
    const delay = this.auto ? Math.min(this.auto.delayMs, timeoutMs) : timeoutMs
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.waiter?.timer === timer) this.waiter = null
        resolve(this.auto ? { kind } : null)
      }, delay)
      this.waiter = { kind, resolve, timer }
    })
  }

  cancel(): void {
    if (!this.waiter) return
    clearTimeout(this.waiter.timer)
    this.waiter.resolve(null)
    this.waiter = null
  }

  clear(): void {
    this.cancel()
    this.held.clear()
    this.face = null
  }
}
