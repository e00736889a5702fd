// Pulled snapshots wait in memory for the operator's choices: 30 minutes, then a resolve asks
// for a new pull (the terminal may have changed). At most a few are kept, oldest dropped first.
import type { DeviceHoldings, Kinds } from './device-snapshot'

export interface PulledSnapshot {
  syncId: string
  deviceId: string
  kinds: Kinds
  held: DeviceHoldings
  expiresAt: number
}

export function snapshotCache(now: () => number, ttlMs = 30 * 60_000, max = 8) {
  const snapshots = new Map<string, PulledSnapshot>()
  const purge = () => {
    for (const [id, s] of snapshots) if (s.expiresAt <= now()) snapshots.delete(id)
  }
  return {
    ttlMs,
    put(s: Omit<PulledSnapshot, 'expiresAt'>): void {
      purge()
      snapshots.set(s.syncId, { ...s, expiresAt: now() + ttlMs })
      while (snapshots.size > max) snapshots.delete(snapshots.keys().next().value as string)
    },
    get(syncId: string): PulledSnapshot | undefined {
      purge()
      return snapshots.get(syncId)
    },
    clear: () => snapshots.clear(),
  }
}
