// GET /ISAPI/Event/notification/alertStream: multipart/mixed with boundary MIME_boundary,
// JSON parts with their own Content-Length; access-event parts named AccessControllerEvent
// where the firmware does so (DS-K1T344), unnamed elsewhere (DS-K1T342MWX V3.16.1). On connect
// the stored events are replayed with currentEvent:false, then live ones follow; a videoloss
// heartbeat after heartbeatMs without a part. Connection slots are limited per profile.
import { cjson } from '../http/cjson.js'
import type { OutPart } from '../http/multipart.js'
import { CT_JSON, xmlStatus } from '../http/respond.js'
import type { Ctx, HandlerResult } from '../http/route.js'
import { STREAMING } from '../http/route.js'
import type { EventRec } from '../state/model.js'
import { alarmMessage, heartbeatMessage } from './format.js'
import { PartStream } from './part-stream.js'

let nextId = 1

export function alertStream(ctx: Ctx): HandlerResult {
  const dev = ctx.dev
  if (ctx.query.get('format') === 'json')
    return xmlStatus('badXmlContent', { requestURL: ctx.path, http: 400 })
  if (dev.alertSlots >= dev.profile.alertStreamSlots) {
    return dev.profile.authStyle === 'new'
      ? xmlStatus('deployExceedMax', { requestURL: ctx.path, http: 404 })
      : xmlStatus('deployExceedMax', { requestURL: ctx.path })
  }
  dev.alertSlots++
  const id = nextId++
  dev.deployments.set(id, ctx.ip)
  const stream = new PartStream(
    ctx.res,
    'multipart/mixed; boundary=MIME_boundary',
    dev.firmware.server,
  )
  const pictures = dev.profile.alertPictures
  const named = dev.firmware.eventPartName ? { name: 'AccessControllerEvent' } : {}
  const partsOf = (e: EventRec, current: boolean): OutPart[] => {
    const out: OutPart[] = [
      {
        ...named,
        contentType: CT_JSON,
        body: cjson(alarmMessage(dev, e, current, false, pictures)),
      },
    ]
    const pic = pictures && e.pictureKey ? dev.pictures.get(e.pictureKey) : undefined
    if (pic)
      out.push({ name: 'Picture', filename: 'Picture.jpg', contentType: 'image/jpeg', body: pic })
    return out
  }
  const sendEvent = (e: EventRec, current: boolean): void => {
    for (const p of partsOf(e, current)) stream.send(p)
  }
  const stored = dev.log.toArray()
  function* replay(): Generator<OutPart> {
    yield {
      contentType: CT_JSON,
      body: cjson(heartbeatMessage(dev, 'videoloss')),
    }
    for (const e of stored) yield* partsOf(e, false)
  }
  stream.replay(replay())
  const live = (e: EventRec): void => sendEvent(e, true)
  dev.live.add(live)
  stream.startHeartbeat(dev.timing.heartbeatMs, () => ({
    contentType: CT_JSON,
    body: cjson(heartbeatMessage(dev, 'videoloss')),
  }))
  const release = (): void => stream.close()
  dev.shutdownHooks.add(release)
  stream.whenClosed(() => {
    dev.live.delete(live)
    dev.shutdownHooks.delete(release)
    dev.deployments.delete(id)
    setTimeout(() => {
      dev.alertSlots = Math.max(0, dev.alertSlots - 1)
    }, dev.timing.slotLingerMs).unref()
  })
  return STREAMING
}
