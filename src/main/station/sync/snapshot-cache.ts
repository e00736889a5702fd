// Pulled snapshots wait in the store for the operator's choices (any process can resolve them):
// 30 minutes, then a resolve asks for a new pull (the terminal may have changed). At most a few
// are kept, oldest dropped first.
import type { SyncDiff } from '@shared/model'
import type { Store } from '../../store'
import type { DeviceHoldings, DevicePerson, Kinds } from './device-snapshot'

export interface PulledSnapshot {
  syncId: string
  deviceId: string
  kinds: Kinds
  held: DeviceHoldings
  expiresAt: number
  /** What the operator was shown for it. */
  diff: SyncDiff
}

const heldJson = (held: DeviceHoldings) => JSON.stringify([...held.values()])

export function snapshotCache(store: Store, now: () => number, ttlMs = 30 * 60_000) {
  return {
    ttlMs,
    put(s: Omit<PulledSnapshot, 'expiresAt'>): void {
      store.syncSnapshots.put(
        {
          syncId: s.syncId,
          deviceId: s.deviceId,
          pulledAt: s.diff.pulledAt,
          expiresMs: now() + ttlMs,
          kinds: JSON.stringify(s.kinds),
          held: heldJson(s.held),
          diff: JSON.stringify(s.diff),
        },
        now(),
      )
    },
    get(syncId: string): PulledSnapshot | undefined {
      const row = store.syncSnapshots.get(syncId, now())
      if (!row) return undefined
      const persons = JSON.parse(row.held) as DevicePerson[]
      return {
        syncId,
        deviceId: row.deviceId,
        kinds: JSON.parse(row.kinds) as Kinds,
        held: new Map(persons.map((p) => [p.person.employeeNo, p])),
        expiresAt: row.expiresMs,
        diff: JSON.parse(row.diff) as SyncDiff,
      }
    },
    /** The snapshot after a resolve changed the terminal (what it holds now). */
    save(s: PulledSnapshot): void {
      store.syncSnapshots.updateHeld(s.syncId, heldJson(s.held))
    },
  }
}
