// The terminal's own log (guide 21.4.1, POST /ISAPI/ContentMgmt/logSearch, XML): the alarm,
// exception and operation entries of its event store (logins, configuration changes, door
// commands, reboots, resets), paged with searchID / searchResultPostion (vendor spelling),
// answered as CMSearchResult with responseStatusStrg OK | MORE | NO MATCHES.
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import { parseIso } from '../state/clock.js'
import type { EventRec } from '../state/model.js'

const MAJORS: Record<number, string> = { 1: 'Alarm', 2: 'Exception', 3: 'Operation' }
/** Minor names, as HCNetSDK log types spell them. */
const MINORS: Record<number, Record<number, string>> = {
  1: { 1028: 'deviceTamperAlarm', 1029: 'deviceTamperResume', 1034: 'duressAlarm' },
  2: { 39: 'netBroken', 1024: 'powerOn', 1025: 'powerOff', 1031: 'netResume' },
  3: {
    112: 'remoteLogin',
    113: 'remoteLogout',
    118: 'remoteCfgParm',
    123: 'remoteReboot',
    126: 'remoteUpgrade',
    134: 'remoteCfgFileOutput',
    135: 'remoteCfgFileInput',
    1024: 'remoteOpenDoor',
    1025: 'remoteCloseDoor',
    1026: 'remoteAlwaysOpen',
    1027: 'remoteAlwaysClose',
    1028: 'remoteCheckTime',
    1029: 'ntpCheckTime',
    1031: 'remoteRestoreCfg',
  },
}
const MAX_RESULTS = 50

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined

function metaIdOf(e: EventRec): string | null {
  const major = MAJORS[e.major]
  if (!major) return null
  return `log.std-cgi.com/${major}/${MINORS[e.major]?.[e.minor] ?? `0x${e.minor.toString(16)}`}`
}

function descriptor(ctx: Ctx, e: EventRec, metaId: string): XmlNode {
  const f = e.fields
  const info: string[] = []
  if (typeof f.doorNo === 'number') info.push(`doorNo=${f.doorNo}`)
  return {
    logDescriptor: {
      metaId,
      StartDateTime: ctx.dev.iso(e.at),
      localID: e.serialNo,
      userName: text(f.netUser) ?? '',
      ipAddress: text(f.remoteHostAddr) ?? '',
      ...(info.length ? { infoContent: info.join(' ') } : {}),
    },
  }
}

function timeOf(ctx: Ctx, v: unknown, name: string): number | undefined {
  const s = text(v)
  if (s === undefined || s === '') return undefined
  const ms = parseIso(s, ctx.dev.tzMinutes)
  if (ms === null) fail('badXmlContent', name, 400)
  return ms
}

function logSearch(ctx: Ctx): ReturnType<typeof xml> {
  const b = xmlRoot(ctx, 'CMSearchDescription')
  const searchID = text(b.searchID)
  if (!searchID) fail('MessageParametersLack', 'searchID', 400)
  const metaId = text(b.metaId) ?? 'log.std-cgi.com'
  if (!/^log\.std-cgi\.com(\/|$)/.test(metaId)) fail('badXmlContent', 'metaId', 400)
  const wanted = metaId.split('/').slice(1)
  if (wanted[0] && !Object.values(MAJORS).includes(wanted[0])) fail('badXmlContent', 'metaId', 400)
  const spans = b.timeSpanList as XmlNode | undefined
  const span0 = spans?.timeSpan
  const span = (Array.isArray(span0) ? span0[0] : span0) as XmlNode | undefined
  const from = timeOf(ctx, span?.startTime, 'startTime')
  const to = timeOf(ctx, span?.endTime, 'endTime')
  const max = Number(text(b.maxResults) ?? MAX_RESULTS)
  const pos = Number(text(b.searchResultPostion) ?? text(b.searchResultPosition) ?? 0)
  if (!Number.isInteger(max) || max < 1) fail('badXmlContent', 'maxResults', 400)
  if (!Number.isInteger(pos) || pos < 0) fail('badXmlContent', 'searchResultPostion', 400)
  const matches: XmlNode[] = []
  for (const e of ctx.dev.log.entries()) {
    const id = metaIdOf(e)
    if (!id) continue
    const parts = id.split('/').slice(1)
    if (wanted[0] && parts[0] !== wanted[0]) continue
    if (wanted[1] && parts[1] !== wanted[1]) continue
    if (from !== undefined && e.at < from) continue
    if (to !== undefined && e.at > to) continue
    matches.push(descriptor(ctx, e, id))
  }
  const page = matches.slice(pos, pos + Math.min(max, MAX_RESULTS))
  const more = pos + page.length < matches.length
  return xml('CMSearchResult', {
    searchID,
    responseStatus: true,
    responseStatusStrg: page.length === 0 ? 'NO MATCHES' : more ? 'MORE' : 'OK',
    numOfMatches: page.length,
    totalMatches: matches.length,
    ...(page.length ? { matchList: { searchMatchItem: page } } : {}),
  })
}

export const logRoutes: RouteDef[] = [
  {
    path: '/ISAPI/ContentMgmt/logSearch',
    format: 'xml',
    rights: { POST: 'log' },
    POST: logSearch,
  },
]
