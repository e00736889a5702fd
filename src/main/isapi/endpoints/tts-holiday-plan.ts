// Holiday schedules of voice prompts (guide ch. 19; protocol-config 07 §6.2, real S2 answers).
// A plan = a date range during which its own Success / Failure texts replace the daily ones
// (ttsText). Its documents are ROOTLESS: the plan itself, the search condition and the search
// answer have no wrapper object (a wrapped search lacks `searchID` on S2). The capability was
// never captured and S2 writes options as bare arrays and bounds as literal values elsewhere:
// every field is read leniently and a missing one is null, never a guess.
import { bool, int, isObj, list, obj, opts, range, str, type Obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonFlat, type CallOptions } from './common'

const BASE = '/ISAPI/AccessControl/Verification/ttsText'

export interface TtsPromptEntry {
  /** HH:MM:SS, the day's time segment the text is said in. */
  beginTime: string
  endTime: string
  text: string
  language?: string
}

export interface TtsHolidayPlan {
  enable: boolean
  prefix: string
  /** YYYY-MM-DD, inclusive. */
  beginDate: string
  endDate: string
  success: TtsPromptEntry[]
  failure: TtsPromptEntry[]
}

export interface TtsListCaps {
  maxSize: number | null
  /** The text's length range (bytes on S2). */
  text: { min: number; max: number } | null
  /** The earliest begin and latest end time of a segment. */
  time: { begin: string; end: string } | null
  languages: string[] | null
}

export interface TtsHolidayCaps {
  planIds: { min: number; max: number } | null
  enable: boolean
  prefixes: string[] | null
  dates: { min: string; max: string } | null
  success: TtsListCaps
  failure: TtsListCaps
}

/** The document itself, or the object under its only key when a firmware wraps it. */
function unwrap(doc: Obj, marker: string): Obj {
  if (marker in doc) return doc
  const keys = Object.keys(doc)
  const inner = keys.length === 1 ? doc[keys[0]!] : undefined
  return isObj(inner) && marker in inner ? inner : doc
}

const bounds = (x: unknown): { min: number; max: number } | null => {
  const r = range(x)
  return r?.min !== undefined && r.max !== undefined ? { min: r.min, max: r.max } : null
}

/** A bound written as a literal (`"2000-01-01"`) or as `{"@min": …}` / `{"@max": …}`. */
const literal = (x: unknown, at: '@min' | '@max'): string | undefined =>
  isObj(x) ? str(x[at]) : str(x)

function listCaps(x: unknown): TtsListCaps {
  const c = obj(x)
  const seg = obj(c.TimeSegment)
  const begin = literal(seg.beginTime, '@min')
  const end = literal(seg.endTime, '@max')
  const languages = opts(c.language)
  return {
    maxSize: int(c.maxSize) ?? int(obj(c).size) ?? null,
    text: bounds(c.text),
    time: begin && end ? { begin, end } : null,
    languages: languages.length > 0 ? languages : null,
  }
}

/** The capability document, read leniently (rootless or wrapped; bare arrays or `@opt`). */
export function readTtsHolidayCaps(doc: Obj): TtsHolidayCaps {
  const c = unwrap(doc, 'Success')
  const prefixes = opts(c.prefix)
  const min = literal(c.beginDate, '@min')
  const max = literal(c.endDate, '@max')
  const enable = opts(c.enable)
  return {
    planIds: bounds(c.planID ?? c.id),
    enable: enable.length === 0 || enable.includes('true'),
    prefixes: prefixes.length > 0 ? prefixes : null,
    dates: min && max ? { min, max } : null,
    success: listCaps(c.Success),
    failure: listCaps(c.Failure),
  }
}

export async function ttsHolidayCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<TtsHolidayCaps> {
  const path = `${BASE}/holidayPlan/capabilities`
  return readTtsHolidayCaps(jsonFlat(http, await http.json('GET', path, undefined, o), 'GET', path))
}

function readEntry(x: unknown): TtsPromptEntry {
  const e = obj(x)
  const seg = obj(e.TimeSegment)
  const language = str(e.language)
  return {
    beginTime: str(seg.beginTime) ?? '00:00:00',
    endTime: str(seg.endTime) ?? '23:59:59',
    text: str(e.text) ?? '',
    ...(language ? { language } : {}),
  }
}

function readPlan(x: Obj): TtsHolidayPlan {
  return {
    enable: bool(x.enable) ?? false,
    prefix: str(x.prefix) ?? 'none',
    beginDate: str(x.beginDate) ?? '',
    endDate: str(x.endDate) ?? '',
    success: list(x.Success).map(readEntry),
    failure: list(x.Failure).map(readEntry),
  }
}

export async function getTtsHolidayPlan(
  http: IsapiHttp,
  planId: number,
  o: CallOptions = {},
): Promise<TtsHolidayPlan> {
  const path = `${BASE}/holidayPlan/${planId}`
  return readPlan(
    unwrap(jsonFlat(http, await http.json('GET', path, undefined, o), 'GET', path), 'enable'),
  )
}

const writeEntry = (e: TtsPromptEntry) => ({
  TimeSegment: { beginTime: e.beginTime, endTime: e.endTime },
  ...(e.language ? { language: e.language } : {}),
  text: e.text,
})

/** Writes the whole plan (rootless, as S2 reads it). */
export async function setTtsHolidayPlan(
  http: IsapiHttp,
  planId: number,
  plan: TtsHolidayPlan,
  o: CallOptions = {},
): Promise<void> {
  await http.json(
    'PUT',
    `${BASE}/holidayPlan/${planId}`,
    {
      enable: plan.enable,
      prefix: plan.prefix,
      beginDate: plan.beginDate,
      endDate: plan.endDate,
      Success: plan.success.map(writeEntry),
      Failure: plan.failure.map(writeEntry),
    },
    o,
  )
}

export interface TtsHolidaySearchPage {
  plans: (TtsHolidayPlan & { planId: number })[]
  total: number
  more: boolean
}

/** One page of the configured plans (rootless search; `NO MATCH` is an empty page). */
export async function searchTtsHolidayPlans(
  http: IsapiHttp,
  q: { searchID: string; position?: number; max?: number },
  o: CallOptions = {},
): Promise<TtsHolidaySearchPage> {
  const path = `${BASE}/searchHolidayPlan`
  const a = jsonFlat(
    http,
    await http.json(
      'POST',
      path,
      { searchID: q.searchID, searchResultPosition: q.position ?? 0, maxResults: q.max ?? 16 },
      o,
    ),
    'POST',
    path,
  )
  const status = str(a.responseStatus)?.toUpperCase() ?? ''
  // the list's name was never captured: the first list of objects that carry a plan id
  const items = Object.values(a)
    .filter(Array.isArray)
    .map((l) => l.map((v) => unwrap(obj(v), 'enable')))
    .find((l) => l.some((v) => int(v.planID ?? v.id) !== undefined))
  const plans = (status === 'NO MATCH' ? [] : (items ?? []))
    .map((v) => ({ planId: int(v.planID ?? v.id) ?? 0, ...readPlan(v) }))
    .filter((p) => p.planId > 0)
  return { plans, total: int(a.totalMatches) ?? plans.length, more: status === 'MORE' }
}
