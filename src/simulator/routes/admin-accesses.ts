// Protocol access (guide 21.6, protocol-config/02 §2): the terminal's service ports, one
// AdminAccessProtocol per protocol, in the common layout (1 HTTP, 2 DEV_MANAGE, 3 RTSP,
// 4 HTTPS); DEV_MANAGE carries no <enabled> (S2). S2 (DS-K1A340, no streaming) omits RTSP; here
// it is listed on every profile, disabled where the profile does not stream, so the ids stay
// contiguous. A port another protocol already uses is refused. Ports are only recorded: the
// simulator keeps listening where it was started.
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'

interface Access {
  id: number
  enabled?: boolean
  protocol: string
  portNo: number
}

const FACTORY: readonly Access[] = [
  { id: 1, enabled: true, protocol: 'HTTP', portNo: 80 },
  { id: 2, protocol: 'DEV_MANAGE', portNo: 8000 },
  { id: 3, enabled: true, protocol: 'RTSP', portNo: 554 },
  { id: 4, enabled: true, protocol: 'HTTPS', portNo: 443 },
]

const KEY = 'AdminAccessProtocol'

function accesses(ctx: Ctx): Access[] {
  const stored = ctx.dev.data.docs[KEY] as Access[] | undefined
  const streams = ctx.dev.profile.features.has('snapshot')
  return (
    stored ?? FACTORY.map((a) => (a.protocol === 'RTSP' ? { ...a, enabled: streams } : { ...a }))
  )
}

function one(ctx: Ctx): Access {
  const found = accesses(ctx).find((a) => String(a.id) === ctx.params.id)
  if (!found) fail('notSupport', 'This function is not supported.', 404)
  return found
}

const node = (a: Access): XmlNode => ({ ...a }) as unknown as XmlNode

function put(ctx: Ctx) {
  const current = one(ctx)
  const body = xmlRoot(ctx, KEY) as Record<string, unknown>
  const next: Access = { ...current }
  if (body.enabled !== undefined) {
    if (body.enabled !== 'true' && body.enabled !== 'false') fail('badXmlContent', 'enabled', 400)
    if (current.enabled === undefined) fail('badXmlContent', 'enabled', 400)
    next.enabled = body.enabled === 'true'
  }
  if (body.portNo !== undefined) {
    const port = Number(body.portNo)
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail('badXmlContent', 'portNo', 400)
    next.portNo = port
  }
  if (body.protocol !== undefined && body.protocol !== current.protocol)
    fail('badXmlContent', 'protocol', 400)
  const all = accesses(ctx)
  if (all.some((a) => a.id !== next.id && a.portNo === next.portNo))
    fail('badXmlContent', 'portNo', 400)
  ctx.dev.data.docs[KEY] = all.map((a) => (a.id === next.id ? next : a))
  ctx.dev.changed()
  ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  return okXml(ctx.path)
}

export const adminAccessRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Security/adminAccesses',
    format: 'xml',
    GET: (ctx) =>
      xml('AdminAccessProtocolList', { AdminAccessProtocol: accesses(ctx).map(node) } as XmlNode),
  },
  {
    path: '/ISAPI/Security/adminAccesses/capabilities',
    format: 'xml',
    GET: (ctx) =>
      xml(KEY, {
        id: { '@min': 1, '@max': Math.max(...accesses(ctx).map((a) => a.id)) },
        enabled: { '@opt': 'true,false' },
        protocol: {
          '@opt': accesses(ctx)
            .map((a) => a.protocol)
            .join(','),
        },
        portNo: { '@min': 1, '@max': 65535 },
      } as XmlNode),
  },
  {
    path: '/ISAPI/Security/adminAccesses/:id',
    format: 'xml',
    GET: (ctx) => xml(KEY, node(one(ctx))),
    PUT: put,
    rights: { PUT: 'admin' },
  },
]
