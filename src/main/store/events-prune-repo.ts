// The events log's clean-up, one bounded transaction per call (the caller loops and yields in
// between). An event and its picture go together; a picture dropped for the cache size leaves
// its event with picture_state 'none' (never fetched again) and picture_removed_at set.
import type { Database } from 'better-sqlite3'

export interface Removed {
  events: number
  pictures: number
  bytes: number
}

/** A batch's bounds: rows, and bytes of pictures (freeing pages costs by the byte). */
export interface BatchLimit {
  rows: number
  bytes: number
}

interface Victim {
  id: number
  bytes: number | null
}

export function eventsPruneRepo(db: Database) {
  const oldest = db.prepare<[number, string, number], Victim>(
    `SELECT id, picture_bytes AS bytes FROM events
     WHERE time_ms < ? AND received_at < ? ORDER BY time_ms LIMIT ?`,
  )
  const oldestPictures = db.prepare<[number], Victim>(
    `SELECT id, picture_bytes AS bytes FROM events
     WHERE picture_state = 'stored' ORDER BY time_ms LIMIT ?`,
  )
  const pictureBytes = db.prepare<[], { n: number }>(
    "SELECT COALESCE(SUM(picture_bytes), 0) AS n FROM events WHERE picture_state = 'stored'",
  )
  const deletePictures = db.prepare<[string]>(
    'DELETE FROM event_pictures WHERE event_id IN (SELECT value FROM json_each(?))',
  )
  const deleteEvents = db.prepare<[string]>(
    'DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))',
  )
  const markRemoved = db.prepare<[string, string]>(
    `UPDATE events SET picture_state = 'none', picture_bytes = NULL, picture_removed_at = ?
     WHERE id IN (SELECT value FROM json_each(?))`,
  )
  const forgetPersonNames = db.prepare(
    `DELETE FROM event_names WHERE employee_no <> '' AND NOT EXISTS (SELECT 1 FROM events e
       WHERE e.employee_no = event_names.employee_no AND e.name = event_names.name)`,
  )
  const forgetBareNames = db.prepare(
    `DELETE FROM event_names WHERE employee_no = '' AND NOT EXISTS (SELECT 1 FROM events e
       WHERE e.employee_no IS NULL AND e.name = event_names.name)`,
  )

  return {
    /**
     * Removes up to `limit` events older than the cutoff both by the terminal's clock (time_ms)
     * and by arrival (received_at, ISO UTC): a terminal with a wrong clock does not lose what
     * it just reported. Oldest first.
     */
    removeOldEvents(
      cutoffMs: number,
      cutoffIso: string,
      limit: BatchLimit,
    ): Removed & { more: boolean } {
      return db.transaction(() => {
        const found = oldest.all(cutoffMs, cutoffIso, limit.rows)
        const picked: number[] = []
        let bytes = 0
        for (const v of found) {
          if (bytes >= limit.bytes) break
          picked.push(v.id)
          bytes += v.bytes ?? 0
        }
        if (picked.length === 0) return { events: 0, pictures: 0, bytes: 0, more: false }
        const ids = JSON.stringify(picked)
        const pictures = deletePictures.run(ids).changes
        const events = deleteEvents.run(ids).changes
        return {
          events,
          pictures,
          bytes,
          more: found.length === limit.rows || bytes >= limit.bytes,
        }
      })()
    },
    /** Bytes of every kept picture. */
    pictureBytes: (): number => pictureBytes.get()?.n ?? 0,
    /** Drops the oldest pictures until `excess` bytes are gone, within one batch's limit. */
    dropOldestPictures(excess: number, limit: BatchLimit, at: string): Removed {
      return db.transaction((): Removed => {
        const picked: number[] = []
        let bytes = 0
        for (const v of oldestPictures.all(limit.rows)) {
          if (bytes >= excess || bytes >= limit.bytes) break
          picked.push(v.id)
          bytes += v.bytes ?? 0
        }
        if (picked.length === 0) return { events: 0, pictures: 0, bytes: 0 }
        const ids = JSON.stringify(picked)
        const pictures = deletePictures.run(ids).changes
        markRemoved.run(at, ids)
        return { events: 0, pictures, bytes }
      })()
    },
    /** Drops the names no stored event carries any more (after events were removed). */
    forgetUnusedNames: (): number =>
      db.transaction(() => forgetPersonNames.run().changes + forgetBareNames.run().changes)(),
  }
}
