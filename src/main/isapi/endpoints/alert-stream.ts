// Long-lived notification streams (alertStream, subscribeEvent). Policy:
// - a watchdog ends the stream with STREAM_BROKEN when no byte arrives for `heartbeatTimeoutMs`
//   (terminals send a heartbeat every 10 s; 30 s of silence means the link is dead);
// - the device closing the stream, or a socket dying mid-part, is STREAM_BROKEN too: callers
//   reconnect (and dedupe the replay by serialNo);
// - malformed parts are skipped and logged, never thrown;
// - an event that announces pictures is held briefly (`pictureWaitMs`) so its picture parts can
//   be attached; it is never held longer than that.
import { parseContentType } from '../codec/content-type'
import { MultipartReader } from '../codec/multipart-reader'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { destroyBody, readBody, transportError, type TransportResponse } from '../http/transport'
import type { AlertEvent } from '../models/event'
import {
  announcedPictures,
  attachPicture,
  decodeNotificationPart,
  type SkipLogger,
} from './notification-parts'

export interface StreamOptions {
  signal?: AbortSignal
  /** Silence that counts as a dead link. Default 30 s. */
  heartbeatTimeoutMs?: number
  /** How long an event announcing pictures waits for them. Default 1.5 s. */
  pictureWaitMs?: number
  /** Per-part limit. Default 4 MiB. */
  maxPartBytes?: number
  /** Skipped-and-logged input. */
  log?: SkipLogger
  /** Yield heartbeats too (default true). */
  heartbeats?: boolean
  /** Called for XML documents in the stream that are not events (e.g. SubscribeEventResponse). */
  onDocument?: (root: string, body: Record<string, unknown>) => void
}

const noop: SkipLogger = () => {}

/** GET /ISAPI/Event/notification/alertStream as an async iterator of typed events. */
export async function* alertStream(
  http: IsapiHttp,
  o: StreamOptions = {},
): AsyncGenerator<AlertEvent> {
  const path = '/ISAPI/Event/notification/alertStream'
  const res = await http.open('GET', path, undefined, undefined, {
    signal: o.signal,
    headersTimeoutMs: o.heartbeatTimeoutMs ?? 30_000,
    bodyTimeoutMs: 0,
    dedicated: true,
  })
  yield* notificationStream(http, res, 'GET', path, o)
}

type Step = { kind: 'data'; r: IteratorResult<Uint8Array> } | { kind: 'timer' }

/** Reads an open multipart notification response. */
export async function* notificationStream(
  http: IsapiHttp,
  res: TransportResponse,
  method: string,
  path: string,
  o: StreamOptions = {},
): AsyncGenerator<AlertEvent> {
  const where = http.where(method, path)
  if (res.status < 200 || res.status >= 300) {
    const body = await readBody(res.body, 256 * 1024, where)
    http.decode(
      { status: res.status, contentType: String(res.headers['content-type'] ?? ''), body },
      method,
      path,
    )
    throw http.bad(method, path, `HTTP ${res.status}`)
  }
  const ct = parseContentType(String(res.headers['content-type'] ?? ''))
  if (!ct.type.startsWith('multipart/')) {
    destroyBody(res.body)
    throw http.bad(method, path, `expected a multipart stream, got ${ct.type || 'no content type'}`)
  }
  const log = o.log ?? noop
  const hbMs = o.heartbeatTimeoutMs ?? 30_000
  const picMs = o.pictureWaitMs ?? 1_500
  const wantHeartbeats = o.heartbeats ?? true
  const reader = new MultipartReader(ct.params.boundary || 'MIME_boundary', {
    maxPartBytes: o.maxPartBytes ?? 4 * 1024 * 1024,
    onSkip: (reason, bytes) => log(reason, { bytes }),
  })
  const it = (res.body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
  let nextP: Promise<IteratorResult<Uint8Array>> | undefined
  let lastData = Date.now()
  let pending: AlertEvent | undefined
  let pendingUntil = 0
  let timer: NodeJS.Timeout | undefined
  let abortReject: ((e: unknown) => void) | undefined
  const onAbort = (): void => abortReject?.(new IsapiError('ABORTED', 'stream cancelled', where))
  o.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    for (;;) {
      if (o.signal?.aborted) throw new IsapiError('ABORTED', 'stream cancelled', where)
      nextP ??= it.next()
      const now = Date.now()
      const wait = Math.max(0, Math.min(lastData + hbMs, pending ? pendingUntil : Infinity) - now)
      const step = await new Promise<Step>((resolve, reject) => {
        abortReject = reject
        timer = setTimeout(() => resolve({ kind: 'timer' }), wait)
        nextP!.then((r) => resolve({ kind: 'data', r }), reject)
      }).finally(() => clearTimeout(timer))
      if (step.kind === 'timer') {
        if (pending && Date.now() >= pendingUntil) {
          const p = pending
          pending = undefined
          yield p
          continue
        }
        if (Date.now() >= lastData + hbMs)
          throw new IsapiError('STREAM_BROKEN', `no data for ${hbMs} ms (heartbeat missed)`, {
            ...where,
            reason: 'The terminal stopped sending heartbeats; the event link is dead.',
          })
        continue
      }
      nextP = undefined
      if (step.r.done) {
        const tail = reader.end()
        if (tail.truncated) log('stream ended inside a part', {})
        if (pending) yield pending
        pending = undefined
        throw new IsapiError('STREAM_BROKEN', 'the device closed the event stream', {
          ...where,
          reason: 'The terminal closed the event connection.',
        })
      }
      lastData = Date.now()
      for (const part of reader.push(step.r.value)) {
        const d = decodeNotificationPart(part, log)
        if (d.kind === 'picture') {
          if (!attachPicture(pending, d.data))
            log('picture part without a preceding event', { bytes: d.data.length })
          else if (
            pending &&
            pending.type !== 'heartbeat' &&
            pending.pictures.length >= announcedPictures(pending)
          ) {
            const p = pending
            pending = undefined
            yield p
          }
        } else if (d.kind === 'event') {
          if (pending) {
            const p = pending
            pending = undefined
            yield p
          }
          if (d.event.type === 'heartbeat') {
            if (wantHeartbeats) yield d.event
          } else if (announcedPictures(d.event) > 0) {
            pending = d.event
            pendingUntil = Date.now() + picMs
          } else yield d.event
        } else if (d.kind === 'document') o.onDocument?.(d.root, d.body)
      }
      // time the consumer spent on yielded events is not silence on the link
      lastData = Date.now()
    }
  } catch (e) {
    if (e instanceof IsapiError) throw e
    const te = transportError(e, where, o.signal)
    if (te.code === 'OFFLINE' || te.code === 'TIMEOUT')
      throw new IsapiError('STREAM_BROKEN', `event stream failed: ${te.message}`, {
        ...where,
        cause: e,
        reason: 'The event connection to the terminal broke.',
      })
    throw te
  } finally {
    o.signal?.removeEventListener('abort', onAbort)
    if (nextP) nextP.catch(() => {})
    destroyBody(res.body)
  }
}
