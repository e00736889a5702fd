// How long a locked account still waits, in the unit a person reads: seconds under a minute
// (a lock with 2 s left is not "1 min"), else whole minutes rounded up.
export type LockWait = { unit: 'seconds'; seconds: number } | { unit: 'minutes'; minutes: number }

export function lockWait(unlockAtMs: number, nowMs: number): LockWait {
  const seconds = Math.max(1, Math.ceil((unlockAtMs - nowMs) / 1000))
  return seconds < 60
    ? { unit: 'seconds', seconds }
    : { unit: 'minutes', minutes: Math.ceil(seconds / 60) }
}
