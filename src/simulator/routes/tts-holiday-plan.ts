// Holiday schedules of voice prompts (guide ch. 19; protocol-config 07 §6.2, real S2 answers):
// GET the capability, GET | PUT one plan by id, POST searchHolidayPlan. Bodies are ROOTLESS
// (no wrapper object): a search wrapped in `SearchCond` lacks `searchID` (MessageParametersLack,
// as S2 answers). A PUT is checked against this simulator's own capability, key by key, and
// nothing is kept unless the whole plan passes: a missing node is MessageParametersLack, a bad
// value badParameters (protocol/06 JSON PUT rows), a plan id outside the range
// beyondARGSRangeLimit. Search lists the plans that were written, in id order.
import {
  factoryPlan,
  ttsHolidayPlans,
  TTS_DATES,
  TTS_ENTRIES_MAX,
  TTS_LANGUAGES,
  TTS_PLAN_IDS,
  TTS_PREFIXES,
  TTS_TEXT,
  type TtsEntry,
  type TtsHolidayPlan,
} from '../access/tts-holiday.js'
import { isObj, jsonFlat, type Obj } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'

const BASE = '/ISAPI/AccessControl/Verification/ttsText'
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/
const bad = (field: string): never => fail('badParameters', field, 400)

function planId(ctx: Ctx): string {
  const raw = ctx.params.planID ?? ''
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
  if (!(n >= TTS_PLAN_IDS.min && n <= TTS_PLAN_IDS.max)) fail('beyondARGSRangeLimit', 'planID', 400)
  return String(n)
}

function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

function entry(v: unknown): TtsEntry {
  if (!isObj(v)) return bad('Success')
  const seg = v.TimeSegment
  if (!isObj(seg)) return fail('MessageParametersLack', 'TimeSegment', 400)
  const { beginTime, endTime } = seg
  if (typeof beginTime !== 'string' || !TIME.test(beginTime)) return bad('beginTime')
  if (typeof endTime !== 'string' || !TIME.test(endTime) || endTime < beginTime)
    return bad('endTime')
  if (v.text === undefined) return fail('MessageParametersLack', 'text', 400)
  const bytes = typeof v.text === 'string' ? Buffer.byteLength(v.text) : -1
  if (bytes < TTS_TEXT.min || bytes > TTS_TEXT.max) return bad('text')
  const language = v.language ?? 'English'
  if (typeof language !== 'string' || !TTS_LANGUAGES.includes(language)) return bad('language')
  return { TimeSegment: { beginTime, endTime }, language, text: v.text as string }
}

function entries(v: unknown, key: 'Success' | 'Failure'): TtsEntry[] {
  if (!Array.isArray(v) || v.length > TTS_ENTRIES_MAX) return bad(key)
  return v.map(entry)
}

/** The plan after this body, or the failure a terminal gives; nothing is kept here. */
function checked(body: Obj, current: TtsHolidayPlan): TtsHolidayPlan {
  const keys = ['enable', 'prefix', 'beginDate', 'endDate', 'Success', 'Failure']
  if (!keys.some((k) => k in body)) fail('MessageParametersLack', 'enable', 400)
  const next = { ...current }
  if ('enable' in body) {
    if (typeof body.enable !== 'boolean') bad('enable')
    next.enable = body.enable as boolean
  }
  if ('prefix' in body) {
    if (typeof body.prefix !== 'string' || !TTS_PREFIXES.includes(body.prefix)) bad('prefix')
    next.prefix = body.prefix as string
  }
  for (const k of ['beginDate', 'endDate'] as const) {
    if (!(k in body)) continue
    const d = body[k]
    if (!isDate(d) || d < TTS_DATES.min || d > TTS_DATES.max) bad(k)
    next[k] = d as string
  }
  if (next.endDate < next.beginDate) bad('endDate')
  if ('Success' in body) next.Success = entries(body.Success, 'Success')
  if ('Failure' in body) next.Failure = entries(body.Failure, 'Failure')
  return next
}

const listCap = () => ({
  maxSize: TTS_ENTRIES_MAX,
  TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59', validUnit: 'second' },
  text: { '@min': TTS_TEXT.min, '@max': TTS_TEXT.max },
  language: TTS_LANGUAGES,
})

export const ttsHolidayPlanRoutes: RouteDef[] = [
  {
    path: `${BASE}/holidayPlan/capabilities`,
    format: 'json',
    feature: 'face',
    // S2 style: bare arrays for options, literal bounds for the dates and times
    GET: () =>
      json({
        planID: { '@min': TTS_PLAN_IDS.min, '@max': TTS_PLAN_IDS.max },
        enable: [true, false],
        prefix: TTS_PREFIXES,
        beginDate: TTS_DATES.min,
        endDate: TTS_DATES.max,
        Success: listCap(),
        Failure: listCap(),
      }),
  },
  {
    path: `${BASE}/holidayPlan/:planID`,
    format: 'json',
    feature: 'face',
    GET: (ctx) => json({ ...(ttsHolidayPlans(ctx.dev)[planId(ctx)] ?? factoryPlan()) }),
    PUT: (ctx) => {
      const id = planId(ctx)
      const plans = ttsHolidayPlans(ctx.dev)
      plans[id] = checked(jsonFlat(ctx), plans[id] ?? factoryPlan())
      ctx.dev.changed()
      return okJson()
    },
  },
  {
    path: `${BASE}/searchHolidayPlan`,
    format: 'json',
    feature: 'face',
    getIs404: true,
    rights: { POST: 'read' },
    POST: (ctx) => {
      const body = jsonFlat(ctx)
      const searchID = body.searchID
      if (typeof searchID !== 'string' || searchID === '')
        fail('MessageParametersLack', 'searchID', 400)
      const position = Number(body.searchResultPosition ?? 0)
      const max = Number(body.maxResults ?? 0)
      if (!Number.isInteger(position) || position < 0) bad('searchResultPosition')
      if (!Number.isInteger(max) || max < 1) bad('maxResults')
      const all = Object.entries(ttsHolidayPlans(ctx.dev)).sort(([a], [b]) => Number(a) - Number(b))
      const page = all.slice(position, position + max)
      if (page.length === 0)
        return json({ responseStatus: 'NO MATCH', numOfMatches: 0, totalMatches: all.length })
      return json({
        searchID,
        responseStatus: position + page.length < all.length ? 'MORE' : 'OK',
        numOfMatches: page.length,
        totalMatches: all.length,
        TTSTextHolidayPlan: page.map(([id, p]) => ({ planID: Number(id), ...p })),
      })
    },
  },
]
