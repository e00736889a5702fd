// A long-lived multipart answer (alertStream, subscribeEvent): parts written with
// backpressure, a bounded queue (a slow reader loses the oldest parts, as a device would),
// heartbeats, and cleanup when either side goes away. A replay (stored events on connect) is
// pulled lazily as the socket drains, so 150,000 stored events never sit in memory as parts,
// and it always goes out before anything queued after it. Framing as terminals write it: a
// delimiter line first, then every part followed at once by the next delimiter line.
// Heartbeats come after a quiet spell (no part sent for that long), not on a fixed beat.
import type { ServerResponse } from 'node:http'
import { encodeStreamPart as encodePart, streamOpening } from '../http/multipart.js'
import type { OutPart } from '../http/multipart.js'

const MAX_QUEUE = 5000

export class PartStream {
  private readonly queue: Buffer[] = []
  private replaying: Iterator<OutPart> | null = null
  private waiting = false
  private closed = false
  private heartbeat: NodeJS.Timeout | null = null
  private beat: { ms: number; make: () => OutPart } | null = null
  private readonly onClose: (() => void)[] = []

  constructor(
    private readonly res: ServerResponse,
    contentType: string,
    server: string,
  ) {
    res.removeHeader('Transfer-Encoding')
    res.writeHead(200, {
      Server: server,
      'MIME-Version': '1.0',
      Connection: 'close',
      'Content-Type': contentType,
    })
    res.write(streamOpening())
    const done = (): void => this.close()
    res.on('close', done)
    res.on('error', done)
  }

  get isClosed(): boolean {
    return this.closed
  }

  whenClosed(fn: () => void): void {
    if (this.closed) fn()
    else this.onClose.push(fn)
  }

  /** A heartbeat part whenever nothing was sent for `ms`. */
  startHeartbeat(ms: number, make: () => OutPart): void {
    this.beat = { ms, make }
    this.rearm()
  }

  private rearm(): void {
    if (!this.beat || this.closed) return
    if (this.heartbeat) clearTimeout(this.heartbeat)
    const { ms, make } = this.beat
    this.heartbeat = setTimeout(() => this.send(make()), ms)
    this.heartbeat.unref()
  }

  replay(parts: Iterator<OutPart>): void {
    this.replaying = parts
    this.flush()
  }

  send(part: OutPart): void {
    if (this.closed) return
    this.queue.push(encodePart(part))
    if (this.queue.length > MAX_QUEUE) this.queue.shift()
    this.flush()
  }

  private flush(): void {
    if (this.waiting || this.closed) return
    for (;;) {
      let buf: Buffer | undefined
      if (this.replaying) {
        const next = this.replaying.next()
        if (next.done) {
          this.replaying = null
          continue
        }
        buf = encodePart(next.value)
      } else buf = this.queue.shift()
      if (!buf) return
      this.rearm()
      if (!this.res.write(buf)) {
        this.waiting = true
        this.res.once('drain', () => {
          this.waiting = false
          this.flush()
        })
        return
      }
    }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.heartbeat) clearTimeout(this.heartbeat)
    this.queue.length = 0
    this.replaying = null
    if (!this.res.destroyed) this.res.destroy()
    for (const fn of this.onClose.splice(0)) fn()
  }
}
