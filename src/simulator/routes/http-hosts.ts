// httpHosts configuration (XML; JSON variant with ?format=json) and alertStream/subscribe routes.
import { alertStream } from '../events/alert-stream.js'
import { subscribeEvent, unsubscribeEvent } from '../events/subscribe.js'
import { isObj, jsonRoot, parseJsonBody, xmlRoot } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson, okXml, xml } from '../http/respond.js'
import type { Reply } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import { httpHostCaps, subscribeEventCaps } from '../profiles/caps-events.js'
import { emptyHttpHost } from '../state/data.js'
import type { HttpHost } from '../state/data.js'

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const wantsJson = (ctx: Ctx): boolean => ctx.query.get('format') === 'json'

function hostOut(h: HttpHost): XmlNode {
  const out: XmlNode = {
    id: h.id,
    url: h.url,
    protocolType: h.protocolType,
    parameterFormatType: h.parameterFormatType,
    addressingFormatType: h.addressingFormatType,
  }
  if (h.addressingFormatType === 'hostname') out.hostName = h.hostName
  else out.ipAddress = h.ipAddress
  Object.assign(out, {
    portNo: h.portNo,
    userName: h.userName,
    httpAuthenticationMethod: h.httpAuthenticationMethod,
    httpBroken: h.httpBroken,
    uploadImagesDataType: h.uploadImagesDataType,
    eventMode: h.eventMode,
  })
  return out
}

function readHost(n: Obj, id: string, base: HttpHost, bad: (field: string) => never): HttpHost {
  const s = (k: string): string | undefined =>
    n[k] === undefined || n[k] === null ? undefined : String(n[k])
  const h: HttpHost = { ...base, id }
  const url = s('url')
  if (url !== undefined) {
    if (url.length > 128) bad('url')
    h.url = url
  }
  const enumField = (k: keyof HttpHost, opts: string[]): void => {
    const v = s(k)
    if (v === undefined) return
    if (!opts.includes(v)) bad(k)
    ;(h as unknown as Record<string, string>)[k] = v
  }
  enumField('protocolType', ['HTTP', 'HTTPS', 'EHome'])
  enumField('parameterFormatType', ['XML', 'JSON', 'querystring'])
  enumField('addressingFormatType', ['ipaddress', 'hostname'])
  enumField('httpAuthenticationMethod', ['none', 'MD5digest'])
  enumField('eventMode', ['all', 'list'])
  enumField('uploadImagesDataType', ['URL', 'binary'])
  const ip = s('ipAddress')
  if (ip !== undefined) {
    if (!IPV4.test(ip)) bad('ipAddress')
    h.ipAddress = ip
  }
  const hn = s('hostName')
  if (hn !== undefined) h.hostName = hn
  const port = s('portNo')
  if (port !== undefined) {
    const p = Number(port)
    if (!Number.isInteger(p) || p < 0 || p > 65535) bad('portNo')
    h.portNo = p
  }
  const u = s('userName')
  if (u !== undefined) h.userName = u
  const pw = s('password')
  if (pw !== undefined) h.password = pw
  const hb = s('httpBroken')
  if (hb !== undefined) h.httpBroken = hb === 'true'
  return h
}

function slot(ctx: Ctx, id: string | undefined): number {
  const i = ctx.dev.data.httpHosts.findIndex((h) => h.id === id)
  if (i < 0) fail('badParameters', 'id', 400)
  return i
}

function readList(ctx: Ctx): Obj[] {
  if (wantsJson(ctx)) {
    const doc = parseJsonBody(ctx)
    const arr =
      isObj(doc) && Array.isArray(doc.HttpHostNotificationList)
        ? (doc.HttpHostNotificationList as unknown[])
        : fail('MessageParametersLack', 'HttpHostNotificationList')
    return arr.map((x) => (isObj(x) && isObj(x.HttpHostNotification) ? x.HttpHostNotification : {}))
  }
  const n = xmlRoot(ctx, 'HttpHostNotificationList')
  const items = n.HttpHostNotification
  return (Array.isArray(items) ? items : items === undefined ? [] : [items]) as Obj[]
}

function list(ctx: Ctx): Reply {
  const hosts = ctx.dev.data.httpHosts
  if (wantsJson(ctx))
    return json({
      HttpHostNotificationList: hosts.map((h) => ({ HttpHostNotification: hostOut(h) })),
    })
  return xml('HttpHostNotificationList', { HttpHostNotification: hosts.map(hostOut) })
}

function putList(ctx: Ctx): Reply {
  const bad = (f: string): never => fail('badXmlContent', f, 400)
  const items = readList(ctx)
  const next = [...ctx.dev.data.httpHosts]
  for (const n of items) {
    const id = String(n.id ?? '')
    const i = slot(ctx, id)
    next[i] = readHost(n, id, next[i]!, bad)
  }
  ctx.dev.data.httpHosts = next
  ctx.dev.changed()
  return wantsJson(ctx) ? okJson() : okXml(ctx.path)
}

function putOne(ctx: Ctx): Reply {
  const bad = (f: string): never => fail('badXmlContent', f, 400)
  const i = slot(ctx, ctx.params.id)
  const n = wantsJson(ctx)
    ? jsonRoot(ctx, 'HttpHostNotification')
    : (xmlRoot(ctx, 'HttpHostNotification') as Obj)
  ctx.dev.data.httpHosts[i] = readHost(n, ctx.params.id!, ctx.dev.data.httpHosts[i]!, bad)
  ctx.dev.changed()
  return wantsJson(ctx) ? okJson() : okXml(ctx.path)
}

const H = 'httpHosts' as const
export const notificationRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Event/notification/alertStream',
    format: 'xml',
    rights: { GET: 'read' },
    GET: alertStream,
  },
  {
    path: '/ISAPI/Event/notification/subscribeEventCap',
    format: 'xml',
    feature: 'subscribeEvent',
    GET: () => xml('SubscribeEventCap', subscribeEventCaps()),
  },
  {
    path: '/ISAPI/Event/notification/subscribeEvent',
    format: 'xml',
    feature: 'subscribeEvent',
    rights: { POST: 'read' },
    POST: subscribeEvent,
  },
  {
    path: '/ISAPI/Event/notification/unSubscribeEvent',
    format: 'xml',
    feature: 'subscribeEvent',
    rights: { PUT: 'read' },
    PUT: unsubscribeEvent,
  },
  {
    path: '/ISAPI/Event/notification/httpHosts/capabilities',
    format: 'xml',
    feature: H,
    GET: (ctx) => xml('HttpHostNotificationCap', httpHostCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/Event/notification/httpHosts',
    format: 'xml',
    feature: H,
    GET: list,
    PUT: putList,
    POST: (ctx) => {
      const n = xmlRoot(ctx, 'HttpHostNotification') as Obj
      const free = ctx.dev.data.httpHosts.findIndex(
        (h) => h.ipAddress === '0.0.0.0' && h.hostName === '',
      )
      if (free < 0) fail('noMemory', 'hostNumber', 400)
      const id = ctx.dev.data.httpHosts[free]!.id
      ctx.dev.data.httpHosts[free] = readHost(n, id, emptyHttpHost(id), (f) =>
        fail('badXmlContent', f, 400),
      )
      ctx.dev.changed()
      return xml('ResponseStatus', {
        requestURL: ctx.path,
        statusCode: 1,
        statusString: 'OK',
        subStatusCode: 'ok',
        id,
      })
    },
    DELETE: (ctx) => {
      ctx.dev.data.httpHosts = ctx.dev.data.httpHosts.map((h) => emptyHttpHost(h.id))
      ctx.dev.changed()
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Event/notification/httpHosts/:id',
    format: 'xml',
    feature: H,
    GET: (ctx) => {
      const h = ctx.dev.data.httpHosts[slot(ctx, ctx.params.id)]!
      return wantsJson(ctx)
        ? json({ HttpHostNotification: hostOut(h) })
        : xml('HttpHostNotification', hostOut(h))
    },
    PUT: putOne,
    DELETE: (ctx) => {
      const i = slot(ctx, ctx.params.id)
      ctx.dev.data.httpHosts[i] = emptyHttpHost(ctx.params.id!)
      ctx.dev.changed()
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Event/notification/httpHosts/:id/test',
    format: 'xml',
    feature: H,
    POST: async (ctx) => {
      const base = ctx.dev.data.httpHosts[slot(ctx, ctx.params.id)]!
      const text = ctx.body.toString('utf8').trim()
      const h = text
        ? readHost(xmlRoot(ctx, 'HttpHostNotification') as Obj, base.id, base, (f) =>
            fail('badXmlContent', f, 400),
          )
        : base
      const ok = (await ctx.dev.pusher?.test(h)) ?? false
      return xml('HttpHostTestResult', { errorDescription: ok ? 'ok' : 'connect server fail' })
    },
  },
]
