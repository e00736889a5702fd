// Access-control event log: AcsEvent search (JSON only), AcsEventTotalNum, capabilities,
// DeployInfo (who is armed).
import type { SimDevice } from '../device.js'
import { logEntry } from '../events/format.js'
import { jsonRoot } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { acsEventCaps, acsEventTotalNumCaps } from '../profiles/caps-events.js'
import { parseIso } from '../state/clock.js'
import { optBool, optInt, optStr } from '../state/fields.js'
import type { EventRec } from '../state/model.js'
import { pageCond } from '../state/search.js'

function time(dev: SimDevice, cond: Obj, key: string): number | undefined {
  const s = optStr(cond, key, 32, 1)
  if (s === undefined) return undefined
  const t = parseIso(s, dev.tzMinutes)
  if (t === null) fail('badParameters', key)
  return t
}

export function filterEvents(dev: SimDevice, cond: Obj): EventRec[] {
  const major = optInt(cond, 'major', 0, 255)
  const minor = optInt(cond, 'minor', 0, 65535)
  if (major === undefined) fail('MessageParametersLack', 'major')
  if (minor === undefined) fail('MessageParametersLack', 'minor')
  const start = time(dev, cond, 'startTime')
  const end = time(dev, cond, 'endTime')
  const cardNo = optStr(cond, 'cardNo', 32)
  const name = optStr(cond, 'name', 128)
  const emp = optStr(cond, 'employeeNoString', 32)
  const beginSerial = optInt(cond, 'beginSerialNo', 0, 4_000_000_000)
  const endSerial = optInt(cond, 'endSerialNo', 0, 4_000_000_000)
  const pic = optBool(cond, 'picEnable')
  const out: EventRec[] = []
  for (const e of dev.log.entries()) {
    if (major !== 0 && e.major !== major) continue
    if (minor !== 0 && e.minor !== minor) continue
    if (start !== undefined && e.at < start) continue
    if (end !== undefined && e.at > end) continue
    if (cardNo && e.fields.cardNo !== cardNo) continue
    if (name && e.fields.name !== name) continue
    if (emp && e.fields.employeeNoString !== emp) continue
    if (beginSerial !== undefined && e.serialNo < beginSerial) continue
    if (endSerial !== undefined && e.serialNo > endSerial) continue
    if (pic === true && !e.pictureKey) continue
    out.push(e)
  }
  if (optBool(cond, 'timeReverseOrder') === true) out.reverse()
  return out
}

function search(ctx: Ctx): ReturnType<typeof json> {
  const text = ctx.body.toString('utf8').trim()
  if (text.startsWith('<')) fail('badJsonFormat', 'badJsonFormat', 400)
  const cond = jsonRoot(ctx, 'AcsEventCond')
  const { searchID, position, max } = pageCond(cond, 64)
  const matches = filterEvents(ctx.dev, cond)
  const page = ctx.dev.searches.page('event', () => matches, searchID, position, max)
  const body: Obj = {
    searchID,
    totalMatches: page.totalMatches,
    responseStatusStrg: page.responseStatusStrg,
    numOfMatches: page.numOfMatches,
  }
  if (page.items.length > 0) body.InfoList = page.items.map((e) => logEntry(ctx.dev, e))
  return json({ AcsEvent: body })
}

export const eventRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/AcsEvent/capabilities',
    format: 'json',
    GET: (ctx) => json(acsEventCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/AcsEvent',
    format: 'json',
    rights: { POST: 'read' },
    getIs404: true,
    POST: search,
  },
  {
    path: '/ISAPI/AccessControl/AcsEventTotalNum/capabilities',
    format: 'json',
    GET: (ctx) => json(acsEventTotalNumCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/AcsEventTotalNum',
    format: 'json',
    rights: { POST: 'read' },
    POST: (ctx) =>
      json({
        AcsEventTotalNum: {
          totalNum: filterEvents(ctx.dev, jsonRoot(ctx, 'AcsEventTotalNumCond')).length,
        },
      }),
  },
  {
    path: '/ISAPI/AccessControl/DeployInfo',
    format: 'xml',
    GET: (ctx) =>
      xml('DeployInfo', {
        DeployList: {
          '@size': 5,
          Content: [...ctx.dev.deployments.values()].map((d, i) => ({
            deployNo: i + 1,
            deployType: 2,
            ipAddr: d,
          })),
        },
      }),
  },
  {
    path: '/ISAPI/AccessControl/DeployInfo/capabilities',
    format: 'xml',
    GET: () =>
      xml('DeployInfo', {
        DeployList: {
          '@size': 5,
          Content: {
            deployNo: { '@min': 1, '@max': 5 },
            deployType: { '@opt': '0,1,2' },
            ipAddr: { '@min': 1, '@max': 32 },
          },
        },
      }),
  },
]
