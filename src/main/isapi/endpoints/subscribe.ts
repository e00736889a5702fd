// subscribeEvent: the device answers with a long-lived multipart stream whose first document is
// SubscribeEventResponse (subscription id, failed types), then events and `heartBeat`
// heartbeats (framing as alertStream [INF]).
import { buildXml } from '../codec/xml'
import { list, obj, str } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { AlertEvent } from '../models/event'
import { notificationStream, type StreamOptions } from './alert-stream'
import type { CallOptions } from './common'

export interface SubscribeSpec {
  /** Heartbeat interval the device should use, seconds (1..30). */
  heartbeat?: number
  /** `all`, or a list of AccessControllerEvent minors (hex strings like "0x4b" or numbers). */
  events?:
    | 'all'
    | {
        minorAlarm?: (string | number)[]
        minorException?: (string | number)[]
        minorOperation?: (string | number)[]
        minorEvent?: (string | number)[]
      }
  pictureURLType?: 'binary' | 'localURL' | 'cloudStorageURL'
}

export interface SubscribeOptions extends StreamOptions {
  onSubscribed?: (id: string, failed: { type?: string; subStatusCode?: string }[]) => void
}

const hex = (xs: (string | number)[] | undefined): string =>
  (xs ?? []).map((x) => (typeof x === 'number' ? `0x${x.toString(16)}` : x)).join(',')

export function subscribeBody(s: SubscribeSpec): string {
  const body: Record<string, unknown> = { heartbeat: s.heartbeat ?? 30 }
  if (s.events === undefined || s.events === 'all') body.eventMode = 'all'
  else {
    body.eventMode = 'list'
    body.EventList = {
      Event: [
        {
          type: 'AccessControllerEvent',
          minorAlarm: hex(s.events.minorAlarm),
          minorException: hex(s.events.minorException),
          minorOperation: hex(s.events.minorOperation),
          minorEvent: hex(s.events.minorEvent),
          pictureURLType: s.pictureURLType ?? 'binary',
        },
      ],
    }
  }
  return buildXml('SubscribeEvent', body)
}

/** POST subscribeEvent and read the stream of events. */
export async function* subscribeEvents(
  http: IsapiHttp,
  spec: SubscribeSpec = {},
  o: SubscribeOptions = {},
): AsyncGenerator<AlertEvent> {
  const path = '/ISAPI/Event/notification/subscribeEvent'
  const res = await http.open(
    'POST',
    path,
    subscribeBody(spec),
    'application/xml; charset="UTF-8"',
    {
      signal: o.signal,
      headersTimeoutMs: o.heartbeatTimeoutMs ?? 30_000,
      bodyTimeoutMs: 0,
      dedicated: true,
    },
  )
  yield* notificationStream(http, res, 'POST', path, {
    ...o,
    onDocument: (root, body) => {
      if (root === 'SubscribeEventResponse') {
        const failed = list(
          obj(body.FailedEventList).Event ?? obj(body.FailedEventList).FailedEvent,
        ).map((x) => {
          const f = obj(x)
          const r: { type?: string; subStatusCode?: string } = {}
          const t = str(f.type)
          if (t) r.type = t
          const s = str(f.subStatusCode)
          if (s) r.subStatusCode = s
          return r
        })
        o.onSubscribed?.(str(body.id) ?? '', failed)
      }
      o.onDocument?.(root, body)
    },
  })
}

export async function unsubscribeEvents(
  http: IsapiHttp,
  id?: string,
  o: CallOptions = {},
): Promise<void> {
  await http.xml(
    'PUT',
    `/ISAPI/Event/notification/unSubscribeEvent${id ? `?ID=${encodeURIComponent(id)}` : ''}`,
    undefined,
    undefined,
    o,
  )
}
