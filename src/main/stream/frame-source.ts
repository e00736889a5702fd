/** How a source's first attempt went: the caller learns at once whether preview can work at all. */
export type FirstOutcome = { ok: true } | { ok: false; error: unknown }

/** Anything that produces JPEG frames until stopped (snapshot poller, ffmpeg decoder). */
export interface FrameSource {
  /** Starts producing; resolves after the first attempt (frame or error). */
  start(): Promise<FirstOutcome>
  /** Stops; no frame is delivered after this resolves. */
  stop(): Promise<void>
}

/** Waits ms, or less when the signal aborts (never rejects). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}
