// Pulled terminal snapshots (see migration 0090). The rows are JSON in, JSON out: the sync
// feature owns their shape. Expired snapshots are dropped whenever one is written or read.
import type { Database } from 'better-sqlite3'

export interface SyncSnapshotRow {
  syncId: string
  deviceId: string
  pulledAt: string
  expiresMs: number
  /** JSON, as the sync feature wrote it. */
  kinds: string
  held: string
  diff: string
}

interface DbRow {
  sync_id: string
  device_id: string
  pulled_at: string
  expires_ms: number
  kinds: string
  held: string
  diff: string
}

export function syncSnapshotsRepo(db: Database, keep = 8) {
  const insert = db.prepare(
    `INSERT INTO sync_snapshots (sync_id, device_id, pulled_at, expires_ms, kinds, held, diff)
     VALUES (@syncId, @deviceId, @pulledAt, @expiresMs, @kinds, @held, @diff)
     ON CONFLICT (sync_id) DO UPDATE SET held = excluded.held`,
  )
  const purge = db.prepare<[number]>('DELETE FROM sync_snapshots WHERE expires_ms <= ?')
  const trim = db.prepare<[number]>(
    `DELETE FROM sync_snapshots WHERE sync_id NOT IN
       (SELECT sync_id FROM sync_snapshots ORDER BY expires_ms DESC, rowid DESC LIMIT ?)`,
  )
  const one = db.prepare<[string], DbRow>('SELECT * FROM sync_snapshots WHERE sync_id = ?')
  const updateHeld = db.prepare<[string, string]>(
    'UPDATE sync_snapshots SET held = ? WHERE sync_id = ?',
  )
  return {
    put(row: SyncSnapshotRow, nowMs: number): void {
      db.transaction(() => {
        purge.run(nowMs)
        insert.run(row)
        trim.run(keep)
      })()
    },
    get(syncId: string, nowMs: number): SyncSnapshotRow | undefined {
      purge.run(nowMs)
      const r = one.get(syncId)
      return r
        ? {
            syncId: r.sync_id,
            deviceId: r.device_id,
            pulledAt: r.pulled_at,
            expiresMs: r.expires_ms,
            kinds: r.kinds,
            held: r.held,
            diff: r.diff,
          }
        : undefined
    },
    /** What the terminal holds after a resolve acted on it. */
    updateHeld: (syncId: string, held: string): void => void updateHeld.run(held, syncId),
  }
}
