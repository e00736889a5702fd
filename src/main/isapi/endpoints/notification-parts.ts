import { sniffBody } from '../codec/content-type'
import { parseJson } from '../codec/json'
import type { Part } from '../codec/multipart-reader'
import { isObj, type Obj } from '../codec/read'
import { parseXml } from '../codec/xml'
import { parseNotification, type AlertEvent } from '../models/event'

export type SkipLogger = (reason: string, detail?: Record<string, unknown>) => void

export type DecodedPart =
  | { kind: 'event'; event: AlertEvent }
  | { kind: 'picture'; data: Buffer; name?: string }
  | { kind: 'document'; root: string; body: Obj }
  | { kind: 'skip' }

export function isPicturePart(p: Part): boolean {
  const ct = p.contentType.toLowerCase()
  return (
    ct.startsWith('image/') ||
    ct === 'application/octet-stream' ||
    (p.body.length > 2 && p.body[0] === 0xff && p.body[1] === 0xd8)
  )
}

/** One part of a notification stream or push, decoded; malformed parts are skipped and logged. */
export function decodeNotificationPart(p: Part, log: SkipLogger): DecodedPart {
  if (isPicturePart(p))
    return p.name === undefined
      ? { kind: 'picture', data: p.body }
      : { kind: 'picture', data: p.body, name: p.name }
  const text = p.body.toString('utf8')
  const kind = sniffBody(p.contentType, text.slice(0, 64))
  try {
    if (kind === 'json') {
      const doc = parseJson(text)
      if (!isObj(doc)) throw new Error('not a JSON object')
      const ev = parseNotification(
        isObj(doc.EventNotificationAlert) ? doc.EventNotificationAlert : doc,
      )
      if (ev) return { kind: 'event', event: ev }
      log('notification without eventType', { part: p.name, bytes: p.body.length })
      return { kind: 'skip' }
    }
    if (kind === 'xml') {
      const doc = parseXml(text)
      if (doc.root === 'EventNotificationAlert') {
        const ev = parseNotification(doc.body)
        if (ev) return { kind: 'event', event: ev }
        log('notification without eventType', { part: p.name, bytes: p.body.length })
        return { kind: 'skip' }
      }
      return { kind: 'document', root: doc.root, body: doc.body }
    }
  } catch (e) {
    log('malformed notification part', {
      error: (e as Error).message,
      bytes: p.body.length,
      part: p.name,
    })
    return { kind: 'skip' }
  }
  if (kind !== 'empty')
    log('unrecognised notification part', { contentType: p.contentType, bytes: p.body.length })
  return { kind: 'skip' }
}

/** Attaches picture parts to the event they follow. */
export function attachPicture(ev: AlertEvent | undefined, data: Buffer): boolean {
  if (!ev || ev.type === 'heartbeat') return false
  ev.pictures.push(data)
  return true
}

/** How many pictures an event announced. */
export function announcedPictures(ev: AlertEvent): number {
  if (ev.type === 'heartbeat') return 0
  if (ev.type === 'other') return ev.idCard?.event?.picturesNumber ?? 0
  return ev.event.picturesNumber ?? 0
}
