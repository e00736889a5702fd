// The event log (AcsEvent) is richer than the alarm channels: terminals leave doorNo out of
// person events on alertStream/httpHosts and give a pictureURL only in the log. Policy: a live
// access event that lacks its door or picture is completed from the log entry with the same
// serial number before it is stored and pushed, waiting at most `timeoutMs` (the event is
// stored as it came when the log does not answer in time). One log page serves a burst.
import { isIsapiError, type AcsEventRecord, type IsapiClient } from '../../isapi'

/** Log entries with serial numbers in [from, to], by serial. */
export async function logEntries(
  client: IsapiClient,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<Map<number, AcsEventRecord>> {
  const out = new Map<number, AcsEventRecord>()
  if (to < 1) return out
  const search = client.events.search({
    beginSerialNo: Math.max(1, from),
    endSerialNo: to,
    ...(signal ? { signal } : {}),
  })
  for await (const rec of search) if (rec.serialNo !== undefined) out.set(rec.serialNo, rec)
  return out
}

/** Fields the log knows and the alarm message left out; the alarm's own values win. */
export function completeFromLog(e: AcsEventRecord, log: AcsEventRecord): AcsEventRecord {
  const out: AcsEventRecord = { ...e }
  for (const k of ['doorNo', 'pictureURL', 'cardNo', 'cardType', 'name', 'employeeNo'] as const) {
    if (out[k] === undefined && log[k] !== undefined)
      (out as unknown as Record<string, unknown>)[k] = log[k]
  }
  if (
    (out.currentVerifyMode === undefined || out.currentVerifyMode === 'invalid') &&
    log.currentVerifyMode
  )
    out.currentVerifyMode = log.currentVerifyMode
  return out
}

export function needsLog(e: AcsEventRecord, hasPicture: boolean): boolean {
  return (
    e.kind === 'access' &&
    e.serialNo !== undefined &&
    (e.doorNo === undefined || (!hasPicture && e.pictureURL === undefined))
  )
}

/**
 * Completes live events from the log, one search per burst: a lookup asks for the event and the
 * ones logged after it (one page), so the next live events of a burst are found in the cache.
 */
export function liveCompleter(timeoutMs: number) {
  const cache = new Map<number, AcsEventRecord>()
  return async (
    client: IsapiClient,
    e: AcsEventRecord,
  ): Promise<{ event: AcsEventRecord; checked: boolean; unsupported?: boolean }> => {
    const serial = e.serialNo
    if (serial === undefined) return { event: e, checked: false }
    try {
      if (!cache.has(serial)) {
        cache.clear()
        const page = client.events.search({
          beginSerialNo: serial,
          pageSize: 30,
          maxPages: 1,
          signal: AbortSignal.timeout(timeoutMs),
        })
        for await (const rec of page) if (rec.serialNo !== undefined) cache.set(rec.serialNo, rec)
      }
      const log = cache.get(serial)
      cache.delete(serial)
      return log ? { event: completeFromLog(e, log), checked: true } : { event: e, checked: false }
    } catch (error) {
      // a terminal without an event log is not asked again for every event
      return {
        event: e,
        checked: false,
        unsupported: isIsapiError(error) && error.category === 'notSupported',
      }
    }
  }
}
