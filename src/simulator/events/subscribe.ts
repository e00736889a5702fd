// POST /ISAPI/Event/notification/subscribeEvent: a filtered, long-lived event stream. The
// first part is SubscribeEventResponse with the subscription id; heartbeats are
// eventType "heartBeat"/"active". Framing as alertStream (multipart/mixed, MIME_boundary) [INF].
import type { SimDevice } from '../device.js'
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { CT_JSON, CT_XML, okXml } from '../http/respond.js'
import type { Reply } from '../http/respond.js'
import type { Ctx, HandlerResult } from '../http/route.js'
import { STREAMING } from '../http/route.js'
import { buildXml } from '../http/xml.js'
import type { XmlNode } from '../http/xml.js'
import type { EventRec } from '../state/model.js'
import { alarmMessage, heartbeatMessage } from './format.js'
import { PartStream } from './part-stream.js'
import { cjson } from '../http/cjson.js'

const subs = new WeakMap<SimDevice, Map<number, PartStream>>()
let nextId = 1

function minorSet(v: unknown): Set<number> | null {
  if (typeof v !== 'string' || v.trim() === '') return null
  const out = new Set<number>()
  for (const s of v.split(',')) {
    const n = Number(s.trim())
    if (!Number.isInteger(n)) fail('badXmlContent', 'minor', 400)
    out.add(n)
  }
  return out
}

const MAJOR_KEYS: Record<number, string> = {
  1: 'minorAlarm',
  2: 'minorException',
  3: 'minorOperation',
  5: 'minorEvent',
}

export function subscribeEvent(ctx: Ctx): HandlerResult {
  const dev = ctx.dev
  const n = xmlRoot(ctx, 'SubscribeEvent')
  const hb = n.heartbeat === undefined ? 30 : Number(n.heartbeat)
  if (!Number.isInteger(hb) || hb < 1 || hb > 30) fail('badXmlContent', 'heartbeat', 400)
  const asJson = n.format === 'json'
  let filter: Map<number, Set<number> | null> | null = null
  if (n.eventMode === 'list') {
    const list = (n.EventList as XmlNode | undefined)?.Event
    const events = (Array.isArray(list) ? list : list ? [list] : []) as XmlNode[]
    const ace = events.find((e) => e.type === 'AccessControllerEvent')
    if (!ace) fail('eventNotSupport', 'type', 400)
    filter = new Map(
      Object.entries(MAJOR_KEYS).map(([major, key]) => [Number(major), minorSet(ace[key])]),
    )
  }
  const id = nextId++
  const stream = new PartStream(
    ctx.res,
    'multipart/mixed; boundary=MIME_boundary',
    dev.firmware.server,
  )
  stream.send({ contentType: CT_XML, body: buildXml('SubscribeEventResponse', { id }) })
  const send = (msg: Record<string, unknown>): void =>
    stream.send(
      asJson
        ? { contentType: CT_JSON, body: cjson(msg) }
        : { contentType: CT_XML, body: buildXml('EventNotificationAlert', msg as XmlNode) },
    )
  const live = (e: EventRec): void => {
    if (filter) {
      if (!filter.has(e.major)) return
      const minors = filter.get(e.major)
      if (!minors || !minors.has(e.minor)) return
    }
    send(alarmMessage(dev, e, true, true))
  }
  dev.live.add(live)
  stream.startHeartbeat(Math.min(hb * 1000, dev.timing.hostHeartbeatMs), () =>
    asJson
      ? {
          contentType: CT_JSON,
          body: cjson(heartbeatMessage(dev, 'heartBeat')),
        }
      : {
          contentType: CT_XML,
          body: buildXml('EventNotificationAlert', heartbeatMessage(dev, 'heartBeat') as XmlNode),
        },
  )
  let map = subs.get(dev)
  if (!map) subs.set(dev, (map = new Map()))
  map.set(id, stream)
  const release = (): void => stream.close()
  dev.shutdownHooks.add(release)
  stream.whenClosed(() => {
    dev.live.delete(live)
    dev.shutdownHooks.delete(release)
    subs.get(dev)?.delete(id)
  })
  return STREAMING
}

export function unsubscribeEvent(ctx: Ctx): Reply {
  const map = subs.get(ctx.dev)
  const id = ctx.query.get('ID')
  if (id === null) for (const s of [...(map?.values() ?? [])]) s.close()
  else {
    const s = map?.get(Number(id))
    if (!s) fail('badParameters', 'ID', 400)
    s.close()
  }
  return okXml(ctx.path)
}
