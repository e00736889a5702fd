// Device clock: GET/PUT /ISAPI/System/time (local time with offset on GET, without on manual
// PUT; POSIX timezone with inverted sign) and NTP servers.
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import { parseIso, parsePosixTz } from '../state/clock.js'

function ntpNode(ctx: Ctx): XmlNode {
  const n = ctx.dev.data.ntp
  return {
    id: 1,
    addressingFormatType: n.addressingFormatType,
    ...(n.addressingFormatType === 'hostname'
      ? { hostName: n.hostName }
      : { ipAddress: n.ipAddress }),
    portNo: n.portNo,
    synchronizeInterval: n.synchronizeInterval,
  }
}

function putNtp(ctx: Ctx, node: XmlNode): void {
  const n = { ...ctx.dev.data.ntp }
  const s = (k: string): string | undefined =>
    typeof node[k] === 'string' ? (node[k] as string) : undefined
  const aft = s('addressingFormatType')
  if (aft !== undefined) {
    if (aft !== 'ipaddress' && aft !== 'hostname')
      fail('badXmlContent', 'addressingFormatType', 400)
    n.addressingFormatType = aft
  }
  if (s('hostName') !== undefined) n.hostName = s('hostName')!
  const ip = s('ipAddress')
  if (ip !== undefined) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) fail('badXmlContent', 'ipAddress', 400)
    n.ipAddress = ip
  }
  for (const [k, min, max] of [
    ['portNo', 1, 65535],
    ['synchronizeInterval', 1, 10080],
  ] as const) {
    const v = s(k)
    if (v === undefined) continue
    const num = Number(v)
    if (!Number.isInteger(num) || num < min || num > max) fail('badXmlContent', k, 400)
    n[k] = num
  }
  ctx.dev.data.ntp = n
  ctx.dev.changed()
}

export const timeRoutes: RouteDef[] = [
  {
    path: '/ISAPI/System/time',
    format: 'xml',
    GET: (ctx) =>
      xml('Time', {
        timeMode: ctx.dev.data.timeMode,
        localTime: ctx.dev.iso(),
        timeZone: ctx.dev.data.timeZone,
      }),
    PUT: (ctx) => {
      const d = ctx.dev
      const n = xmlRoot(ctx, 'Time')
      const mode = n.timeMode
      if (mode !== undefined && mode !== 'NTP' && mode !== 'manual')
        fail('badXmlContent', 'timeMode', 400)
      if (typeof n.timeZone === 'string') {
        if (parsePosixTz(n.timeZone) === null) fail('badXmlContent', 'timeZone', 400)
        d.data.timeZone = n.timeZone
      }
      if (mode !== undefined) d.data.timeMode = mode
      if (typeof n.localTime === 'string' && d.data.timeMode === 'manual') {
        const t = parseIso(n.localTime, d.tzMinutes)
        if (t === null) fail('ISO8601TimeFormatError', 'localTime', 400)
        d.data.timeOffsetMs = t - Date.now()
        d.recordEvent(3, 1028, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
      }
      d.changed()
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/System/time/capabilities',
    format: 'xml',
    GET: () =>
      xml('Time', {
        timeMode: { '@opt': 'NTP,manual' },
        localTime: { '@min': 0, '@max': 256 },
        timeZone: { '@min': 0, '@max': 256 },
        timeType: { '@opt': 'local,UTC' },
      }),
  },
  {
    path: '/ISAPI/System/time/ntpServers',
    format: 'xml',
    GET: (ctx) => xml('NTPServerList', { NTPServer: [ntpNode(ctx)] }),
    PUT: (ctx) => {
      const list = xmlRoot(ctx, 'NTPServerList').NTPServer
      const first = (Array.isArray(list) ? list[0] : list) as XmlNode | undefined
      if (first) putNtp(ctx, first)
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/System/time/ntpServers/capabilities',
    format: 'xml',
    GET: () =>
      xml('NTPServer', {
        id: { '@min': 1, '@max': 1 },
        addressingFormatType: { '@opt': 'ipaddress,hostname' },
        hostName: { '@min': 0, '@max': 64 },
        portNo: { '@min': 1, '@max': 65535 },
        synchronizeInterval: { '@min': 1, '@max': 10080 },
      }),
  },
  {
    path: '/ISAPI/System/time/ntpServers/:id',
    format: 'xml',
    GET: (ctx) => {
      if (ctx.params.id !== '1') fail('badParameters', 'id', 400)
      return xml('NTPServer', ntpNode(ctx))
    },
    PUT: (ctx) => {
      if (ctx.params.id !== '1') fail('badParameters', 'id', 400)
      putNtp(ctx, xmlRoot(ctx, 'NTPServer'))
      return okXml(ctx.path)
    },
  },
]
