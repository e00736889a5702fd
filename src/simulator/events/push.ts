// Listening mode (httpHosts): the device POSTs each event to every configured host as
// multipart/form-data (boundary MIME_boundary; JSON part named after the event type, picture
// part "Picture"), sends heartBeat messages, and with httpBroken=true keeps failed events and
// retries them. Only loopback hosts are delivered to (the simulator never leaves the machine).
import { createHash } from 'node:crypto'
import type { SimDevice } from '../device.js'
import { encodeMultipart } from '../http/multipart.js'
import type { OutPart } from '../http/multipart.js'
import { CT_JSON, CT_XML } from '../http/respond.js'
import { cjson } from '../http/cjson.js'
import { buildXml } from '../http/xml.js'
import type { XmlNode } from '../http/xml.js'
import type { HttpHost } from '../state/data.js'
import type { EventRec } from '../state/model.js'
import { alarmMessage, heartbeatMessage } from './format.js'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/
const MAX_PENDING = 1000

export function hostTarget(h: HttpHost): string | null {
  const addr = h.addressingFormatType === 'hostname' ? h.hostName : h.ipAddress
  if (!addr || addr === '0.0.0.0' || !LOOPBACK.test(addr)) return null
  const scheme = h.protocolType === 'HTTPS' ? 'https' : 'http'
  const host = addr.includes(':') ? `[${addr}]` : addr
  const path = h.url.startsWith('/') ? h.url : `/${h.url}`
  return `${scheme}://${host}:${h.portNo || 80}${path}`
}

function messagePart(h: HttpHost, name: string, msg: Record<string, unknown>): OutPart {
  return h.parameterFormatType === 'XML'
    ? { name, contentType: CT_XML, body: buildXml('EventNotificationAlert', msg as XmlNode) }
    : { name, contentType: CT_JSON, body: cjson(msg) }
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

async function post(h: HttpHost, url: string, payload: Buffer): Promise<boolean> {
  // a plain Uint8Array: fetch's body type (DOM or undici) takes it under every lib setting
  const body = new Uint8Array(payload)
  const headers = { 'Content-Type': 'multipart/form-data; boundary=MIME_boundary' }
  try {
    let r = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(5000) })
    const ch = r.headers.get('www-authenticate')
    if (r.status === 401 && ch && h.httpAuthenticationMethod === 'MD5digest') {
      await r.arrayBuffer()
      const p = Object.fromEntries([...ch.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
      const uri = new URL(url).pathname
      const ha1 = md5(`${h.userName}:${p.realm ?? ''}:${h.password}`)
      const resp = md5(`${ha1}:${p.nonce ?? ''}:00000001:5f3e:auth:${md5(`POST:${uri}`)}`)
      const auth = `Digest username="${h.userName}", realm="${p.realm ?? ''}", nonce="${p.nonce ?? ''}", uri="${uri}", qop=auth, nc=00000001, cnonce="5f3e", response="${resp}"`
      r = await fetch(url, {
        method: 'POST',
        body,
        headers: { ...headers, Authorization: auth },
        signal: AbortSignal.timeout(5000),
      })
    }
    await r.arrayBuffer()
    return r.ok
  } catch {
    return false
  }
}

export class HostPusher {
  private readonly pending = new Map<string, Buffer[]>()
  private readonly busy = new Set<string>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly heartbeat: NodeJS.Timeout
  delivered = 0

  constructor(private readonly dev: SimDevice) {
    dev.live.add(this.onEvent)
    this.heartbeat = setInterval(() => this.beat(), dev.timing.hostHeartbeatMs)
    this.heartbeat.unref()
    dev.shutdownHooks.add(() => this.stop())
  }

  private readonly onEvent = (e: EventRec): void => {
    for (const h of this.dev.data.httpHosts) {
      const url = hostTarget(h)
      if (!url) continue
      this.enqueue(h, this.eventBody(h, e))
    }
  }

  eventBody(h: HttpHost, e: EventRec): Buffer {
    const urlMode = h.uploadImagesDataType === 'URL'
    const parts: OutPart[] = [
      messagePart(h, 'AccessControllerEvent', alarmMessage(this.dev, e, true, urlMode, !urlMode)),
    ]
    const pic = e.pictureKey ? this.dev.pictures.get(e.pictureKey) : undefined
    if (pic && !urlMode)
      parts.push({ name: 'Picture', filename: 'Picture.jpg', contentType: 'image/jpeg', body: pic })
    return encodeMultipart(parts)
  }

  heartbeatBody(h: HttpHost): Buffer {
    return encodeMultipart([messagePart(h, 'heartBeat', heartbeatMessage(this.dev, 'heartBeat'))])
  }

  private enqueue(h: HttpHost, body: Buffer): void {
    let q = this.pending.get(h.id)
    if (!q) this.pending.set(h.id, (q = []))
    q.push(body)
    if (q.length > MAX_PENDING) q.shift()
    void this.pump(h.id)
  }

  private async pump(id: string): Promise<void> {
    if (this.busy.has(id)) return
    this.busy.add(id)
    try {
      const q = this.pending.get(id) ?? []
      while (q.length > 0) {
        const h = this.dev.data.httpHosts.find((x) => x.id === id)
        const url = h ? hostTarget(h) : null
        if (!h || !url) {
          q.length = 0
          break
        }
        if (this.dev.isRebooting) break
        if (await post(h, url, q[0]!)) {
          q.shift()
          this.delivered++
          continue
        }
        if (!h.httpBroken) q.shift()
        else {
          const t = setTimeout(() => {
            this.timers.delete(t)
            void this.pump(id)
          }, this.dev.timing.pushRetryMs)
          this.timers.add(t)
          break
        }
      }
    } finally {
      this.busy.delete(id)
    }
  }

  private beat(): void {
    for (const h of this.dev.data.httpHosts) {
      const url = hostTarget(h)
      if (url && (this.pending.get(h.id)?.length ?? 0) === 0)
        void post(h, url, this.heartbeatBody(h))
    }
  }

  /** POST /httpHosts/<id>/test: one heartbeat, answered with the outcome. */
  async test(h: HttpHost): Promise<boolean> {
    const url = hostTarget(h)
    return url ? post(h, url, this.heartbeatBody(h)) : false
  }

  stop(): void {
    clearInterval(this.heartbeat)
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    this.dev.live.delete(this.onEvent)
    this.pending.clear()
  }
}
