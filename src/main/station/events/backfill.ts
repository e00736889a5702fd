// Backfill policy: the cursor is the serial number up to which every event of a terminal is
// known to be stored. A backfill asks the terminal's log (AcsEvent) for everything after it
// (beginSerialNo); once that search completes, every event up to the newest one seen is in, and
// the cursor moves there. Live events advance the cursor only while they are contiguous
// (frontSerialNo); a gap asks for a backfill instead. Before a terminal has a cursor the search
// covers the day before it was added (by time), so the first outage loses nothing; that earlier
// history is stored but not pushed to the live feed. A live event whose serial is taken by a
// different stored event means the terminal's numbering restarted (factory reset, replaced
// unit): it is kept under a content key and the cursor moves back to the new numbering.
import type { IsapiClient } from '../../isapi'
import type { StationContext } from '../context'
import type { Ingest } from './ingest'

const FIRST_WINDOW_MS = 24 * 3600_000

/** ISO 8601 with an explicit +00:00 offset and no milliseconds (what terminals parse). */
export function deviceTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}

export interface BackfillResult {
  stored: number
  cursor: number | null
}

export async function backfill(
  ctx: StationContext,
  client: IsapiClient,
  deviceId: string,
  ingest: Ingest,
  signal: AbortSignal,
  onPicture: () => void,
): Promise<BackfillResult> {
  const { events } = ctx.store
  const cursor = events.cursor(deviceId)
  // only a first (time-window) backfill may lean on what is stored: after a renumbering the
  // stored serials belong to the terminal's old numbering
  const storedBefore = cursor === null ? events.maxSerial(deviceId) : null
  const addedAt = Date.parse(ctx.store.devices.get(deviceId)?.createdAt ?? '')
  const filter =
    cursor !== null
      ? { beginSerialNo: cursor + 1 }
      : {
          startTime: deviceTime(
            (Number.isFinite(addedAt) ? addedAt : Date.now()) - FIRST_WINDOW_MS,
          ),
        }
  let max = cursor ?? 0
  let maxTime: string | null = null
  let stored = 0
  let pictures = false
  for await (const rec of client.events.search({ ...filter, signal })) {
    // before the first cursor this is the terminal's earlier history: stored, not pushed
    const r = ingest.event(deviceId, rec, 'backfill', undefined, true, cursor !== null)
    if (r.isNew) stored++
    if (r.pictureExpected) pictures = true
    if (r.serialNo > max) {
      max = r.serialNo
      maxTime = rec.time ?? null
    }
  }
  const next = Math.max(max, storedBefore ?? 0)
  if (next > 0 && next !== cursor)
    events.setCursor(deviceId, next, maxTime, ctx.clock.now().toISOString())
  if (pictures) onPicture()
  return { stored, cursor: next > 0 ? next : cursor }
}

/** Whether a live event continues the stored sequence (so the cursor may follow it). */
export function continues(
  cursor: number,
  serialNo: number,
  frontSerialNo: number | undefined,
): boolean {
  if (serialNo <= cursor) return false
  return serialNo === cursor + 1 || (frontSerialNo !== undefined && frontSerialNo <= cursor)
}
