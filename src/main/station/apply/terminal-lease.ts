// One station process at a time sends to a terminal (issue 18.4). A run, or a holdings check,
// holds the terminal's lease (store/leases-repo.ts) while it talks to the terminal; another
// process (or another station in this one) waits, with a plain reason, and goes on once the
// lease is free. The holder renews the lease; a holder that dies (SIGKILL) frees it at once on
// this machine (its pid is gone), a hung one when the lease expires.
import { randomUUID } from 'node:crypto'
import type { LeaseHolder } from '../../store/leases-repo'
import type { Store } from '../../store'
import type { Logger } from '../../platform/logger'

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 15 s). */
  ttlMs?: number
  /** How often the holder renews it (default a fifth of the ttl). */
  renewMs?: number
  now?: () => number
}

/** Whether a process of this machine is still there. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A job's own lease (same table, its own key): which live process runs (or waits to run) it. */
export const jobLease = (jobId: string): string => `job:${jobId}`

export const BEING_APPLIED_ELSEWHERE = 'being applied by another station process'

/** Another job of this very station is sending to the terminal (one run at a time). */
export const otherJobReason = (name: string): string =>
  `${name} is being applied by another job of this station: this job waits and goes on when it is done.`

export function leaseReason(name: string, holder: LeaseHolder): string {
  const same = holder.pid === process.pid
  return `${name} is ${BEING_APPLIED_ELSEWHERE}${same ? '' : ` (pid ${holder.pid})`}: this job waits and goes on when it is done.`
}

export function terminalLeases(store: Store, logger: Logger, o: LeaseOptions = {}) {
  const owner = randomUUID()
  const ttl = o.ttlMs ?? 15_000
  const every = o.renewMs ?? Math.max(50, Math.floor(ttl / 5))
  const now = o.now ?? Date.now
  const held = new Map<
    string,
    { count: number; timer: ReturnType<typeof setInterval>; lost: Set<() => void> }
  >()

  const renew = (deviceId: string): void => {
    const h = held.get(deviceId)
    if (!h) return
    let ours: boolean
    try {
      ours = store.leases.renew(deviceId, owner, process.pid, now() + ttl)
    } catch (error) {
      // a busy or full store: the lease still runs until its expiry; the next renewal retries
      logger.warn('terminal lease not renewed', { deviceId, error: String(error) })
      return
    }
    if (ours) return
    logger.warn('terminal lease lost to another station process', { deviceId })
    for (const f of h.lost) f()
  }

  return {
    owner,
    /**
     * Takes the terminal for this station (re-entrant: counted). Returns null when it is ours,
     * else who holds it. `onLost` is told if the lease is taken away (it expired meanwhile).
     */
    acquire(deviceId: string, onLost?: () => void): LeaseHolder | null {
      let h = held.get(deviceId)
      if (!h) {
        const t = now()
        const other = store.leases.take(deviceId, owner, process.pid, t + ttl, t, processAlive)
        if (other) return other
        const timer = setInterval(() => renew(deviceId), every)
        timer.unref?.()
        held.set(deviceId, (h = { count: 0, timer, lost: new Set() }))
      }
      h.count++
      if (onLost) h.lost.add(onLost)
      return null
    },
    release(deviceId: string, onLost?: () => void): void {
      const h = held.get(deviceId)
      if (!h) return
      if (onLost) h.lost.delete(onLost)
      if (--h.count > 0) return
      clearInterval(h.timer)
      held.delete(deviceId)
      try {
        store.leases.release(deviceId, owner)
      } catch (error) {
        // it expires by itself
        logger.warn('terminal lease not released', { deviceId, error: String(error) })
      }
    },
    /** This station holds the terminal now (a run of its own is sending). */
    heldHere: (deviceId: string): boolean => held.has(deviceId),
    /** Who else holds the terminal now (null: nobody, or this station). */
    heldElsewhere(deviceId: string): LeaseHolder | null {
      const h = store.leases.holder(deviceId)
      if (!h || h.owner === owner || h.expiresMs <= now() || !processAlive(h.pid)) return null
      return h
    },
  }
}

export type TerminalLeases = ReturnType<typeof terminalLeases>

/** Waits `ms` for the lease to be looked at again, or less when woken (close, supersede). */
export function leaseWait(ms: number, setWake: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    setWake(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}
