// Reconnect policy: capped exponential backoff with jitter. The first retry after a link that
// was up comes quickly (baseMs); each further failure doubles the wait up to maxMs. A terminal
// that refuses because all its arming slots are taken (deployExceedMax, or the 404 newer
// firmware answer) keeps a slot busy for minutes after a client leaves, so that refusal waits
// at least busyMs. Jitter (±20 %) keeps a site's terminals from reconnecting in lockstep.

export interface BackoffPolicy {
  baseMs: number
  maxMs: number
  busyMs: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, busyMs: 120_000 }

/** Wait before attempt number `failures` (1 = first retry). `random` in [0, 1). */
export function backoffDelay(
  policy: BackoffPolicy,
  failures: number,
  busy: boolean,
  random: number = Math.random(),
): number {
  const exp = policy.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30))
  const capped = Math.min(policy.maxMs, exp)
  const floor = busy ? Math.max(capped, policy.busyMs) : capped
  return Math.round(floor * (0.8 + 0.4 * random))
}
