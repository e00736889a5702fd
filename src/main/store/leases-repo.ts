// Per-terminal leases across station processes (migration 0180). Taken and renewed in IMMEDIATE
// transactions (store/open.ts makes every transaction immediate), so two processes deciding at
// the same moment see each other's row: one wins, the other is told who holds it.
import type { Database } from 'better-sqlite3'

export interface LeaseHolder {
  owner: string
  pid: number
  expiresMs: number
}

interface Row {
  owner: string
  pid: number
  expires_ms: number
}

export function leasesRepo(db: Database) {
  const get = db.prepare<[string], Row>(
    'SELECT owner, pid, expires_ms FROM terminal_leases WHERE device_id = ?',
  )
  const put = db.prepare<{ deviceId: string; owner: string; pid: number; expiresMs: number }>(
    `INSERT INTO terminal_leases (device_id, owner, pid, expires_ms)
     VALUES (@deviceId, @owner, @pid, @expiresMs)
     ON CONFLICT (device_id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid,
       expires_ms = excluded.expires_ms`,
  )
  const drop = db.prepare<[string, string]>(
    'DELETE FROM terminal_leases WHERE device_id = ? AND owner = ?',
  )
  const holder = (row: Row | undefined): LeaseHolder | null =>
    row ? { owner: row.owner, pid: row.pid, expiresMs: row.expires_ms } : null

  return {
    /**
     * Takes (or renews) the lease when it is free, ours, expired, or held by a process that is
     * gone (`alive(pid)` false). Returns null when taken, else who holds it.
     */
    take(
      deviceId: string,
      owner: string,
      pid: number,
      expiresMs: number,
      nowMs: number,
      alive: (pid: number) => boolean,
    ): LeaseHolder | null {
      return db.transaction((): LeaseHolder | null => {
        const row = get.get(deviceId)
        if (row && row.owner !== owner && row.expires_ms > nowMs && alive(row.pid))
          return holder(row)
        put.run({ deviceId, owner, pid, expiresMs })
        return null
      })()
    },
    /** Extends our lease; false when it is no longer ours (it expired and another took it). */
    renew(deviceId: string, owner: string, pid: number, expiresMs: number): boolean {
      return db.transaction((): boolean => {
        const row = get.get(deviceId)
        if (row && row.owner !== owner) return false
        put.run({ deviceId, owner, pid, expiresMs })
        return true
      })()
    },
    release(deviceId: string, owner: string): void {
      drop.run(deviceId, owner)
    },
    holder(deviceId: string): LeaseHolder | null {
      return holder(get.get(deviceId))
    },
  }
}
