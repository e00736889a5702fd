// Waiting out a paused terminal: each pause ends on what it waits for, not on a status event
// that only the health sweep would produce. A lock ends at the terminal's unlock time (plus a
// small margin); new credentials are noticed by polling the terminal's stored row (cheap, and
// it sees a password given by another process sharing the roster file); activation by asking
// the terminal (an unauthenticated call: no failed login). `wake` ends any wait at once (resume,
// pause, cancel, close, a newer plan).
import type { ApplyPauseUntil } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'

export interface PauseWaitOptions {
  /** A retryable pause: how long. */
  retryMs: number
  /** How often credentials (row) and activation are looked at. */
  pollMs: number
  /** Added to a lock's unlock time. */
  unlockMarginMs: number
}

/** Resolves when the pause is over (or `onWake` is called); says whether to re-check the terminal. */
export function waitOutPause(
  ctx: StationContext,
  devices: DeviceService,
  deviceId: string,
  until: ApplyPauseUntil,
  o: PauseWaitOptions,
  onWake: (wake: () => void) => void,
): Promise<'recheck' | 'rerun'> {
  const sealedAtPause = ctx.store.devices.get(deviceId)?.secretSealed
  const usernameAtPause = ctx.store.devices.get(deviceId)?.username
  return new Promise((resolve) => {
    const timers: NodeJS.Timeout[] = []
    let done = false
    const end = (how: 'recheck' | 'rerun') => {
      if (done) return
      done = true
      for (const t of timers) clearTimeout(t)
      resolve(how)
    }
    onWake(() => end('rerun'))
    const later = (ms: number, fn: () => void) => {
      const t = setTimeout(fn, Math.max(0, ms))
      t.unref()
      timers.push(t)
    }
    if (until === 'retry') later(o.retryMs, () => end('rerun'))
    else if (until === 'unlock') {
      const unlockAt = devices.get(deviceId).unlockAt
      const ms = unlockAt ? Date.parse(unlockAt) - ctx.clock.now().getTime() : 60_000
      later(ms + o.unlockMarginMs, () => end('recheck'))
    } else if (until === 'credentials') {
      const poll = () => {
        const row = ctx.store.devices.get(deviceId)
        if (!row) return end('rerun')
        if (
          !row.secretSealed.equals(sealedAtPause ?? Buffer.alloc(0)) ||
          row.username !== usernameAtPause
        )
          return end('recheck')
        later(o.pollMs, poll)
      }
      later(o.pollMs, poll)
    } else if (until === 'activation') {
      const poll = async () => {
        const activated = await devices
          .client(deviceId)
          .system.activationStatus()
          .then((s) => s.activated)
          .catch(() => false)
        if (done) return
        if (activated) return end('recheck')
        later(o.pollMs, () => void poll())
      }
      later(o.pollMs, () => void poll())
    }
    // 'operator': only a wake ends it
  })
}
