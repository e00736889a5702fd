// Polls a picture at a steady rate with one request in flight at most. Politeness towards weak
// terminals: a frame that took longer than the interval is followed by a pause as long as it
// took (so a slow device gets at most half of its time spent on us), and failures back off
// exponentially up to maxBackoffMs, resetting on the first frame that arrives again.
import { pause, type FirstOutcome, type FrameSource } from './frame-source'

export interface SnapshotPollerOptions {
  /** Fetches one JPEG; must honour the signal. */
  fetchFrame(signal: AbortSignal): Promise<Buffer>
  onFrame(jpeg: Buffer, at: Date): void
  /** A failed fetch, and how long the poller waits before the next one. */
  onError?(error: unknown, retryInMs: number): void
  /** Back to frames after failures. */
  onRecovered?(): void
  /** Default 200 ms (5 fps). */
  intervalMs?: number
  /** Per-request limit. Default 5 s. */
  requestTimeoutMs?: number
  initialBackoffMs?: number
  maxBackoffMs?: number
  now?: () => number
}

export function nextDelay(intervalMs: number, elapsedMs: number): number {
  return elapsedMs > intervalMs ? elapsedMs : intervalMs - elapsedMs
}

export function backoffDelay(failures: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1))
}

export function snapshotPoller(o: SnapshotPollerOptions): FrameSource {
  const interval = o.intervalMs ?? 200
  const now = o.now ?? Date.now
  let stopper: AbortController | null = null
  let loop: Promise<void> | null = null

  const deliver = (jpeg: Buffer) => {
    try {
      o.onFrame(jpeg, new Date())
    } catch {
      // a listener's failure must not end the preview
    }
  }

  const run = async (signal: AbortSignal, first: (r: FirstOutcome) => void) => {
    let failures = 0
    while (!signal.aborted) {
      const began = now()
      let wait: number
      try {
        const request = AbortSignal.any([signal, AbortSignal.timeout(o.requestTimeoutMs ?? 5000)])
        const jpeg = await o.fetchFrame(request)
        if (signal.aborted) break
        if (failures > 0) o.onRecovered?.()
        failures = 0
        deliver(jpeg)
        first({ ok: true })
        wait = nextDelay(interval, now() - began)
      } catch (error) {
        if (signal.aborted) break
        failures++
        wait = backoffDelay(failures, o.initialBackoffMs ?? 500, o.maxBackoffMs ?? 10_000)
        first({ ok: false, error })
        try {
          o.onError?.(error, wait)
        } catch {
          // a listener's failure must not end the preview
        }
      }
      await pause(wait, signal)
    }
    first({ ok: true })
  }

  return {
    start() {
      if (stopper) return Promise.resolve({ ok: true })
      const controller = new AbortController()
      stopper = controller
      return new Promise<FirstOutcome>((resolve) => {
        let settled = false
        const first = (r: FirstOutcome) => {
          if (!settled) resolve(r)
          settled = true
        }
        loop = run(controller.signal, first)
      })
    },
    async stop() {
      stopper?.abort()
      stopper = null
      await loop
      loop = null
    },
  }
}
