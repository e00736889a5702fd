// Access schedules, the data side: week plans, holiday plans, holiday groups and plan templates of one family
// (UserRight = when a person may pass; Verify and DoorStatus share the shape). Policies:
// - Objects are fixed slots (GET/PUT only). A week plan is written as the full table
//   (7 weekdays × segmentsPerDay rows, unused rows disabled), so a PUT never merges with
//   rows left over from an earlier plan.
// - Everything is validated before it is sent: HH:MM:SS times (24:00:00 only as an end),
//   begin < end and no overlap among enabled segments of a day, ids and numbers inside the
//   capability ranges when they are given. A bad plan is refused with INVALID_ARGUMENT and
//   nothing is written.
// - Answers are parsed strictly: an unknown weekday or an unreadable time is BAD_RESPONSE.
// - `TimeSegment.validUnit` is enforced only when a terminal states it; the real DS-KV6124
//   capture omits it and its factory holiday rows end at 23:59:59, so "absent ⇒ minute" would
// This module holds the shapes, parsing and checks (pure); schedules.ts sends them.
import { bool, int, isObj, list, obj, opts, range, str, type Obj, type Range } from '../codec/read'
import { IsapiError } from '../errors'
import type { CallOptions } from './common'

export type ScheduleFamily = 'UserRight' | 'Verify' | 'DoorStatus'
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** One time segment. Times are device-local `HH:MM:SS`; `24:00:00` ends a day. */
export interface ScheduleSegment {
  id: number
  enable: boolean
  beginTime: string
  endTime: string
  /** Verify family only (verbatim enum). */
  verifyMode?: string
  /** DoorStatus family only: remainOpen | remainClosed | normal | sleep | invalid. */
  doorStatus?: string
}

export interface WeekSegment extends ScheduleSegment {
  week: Weekday
}

export interface WeekPlan {
  enable: boolean
  segments: WeekSegment[]
}

/** What a caller writes: ids may be left out (numbered per day in order). */
export interface WeekPlanInput {
  enable: boolean
  segments: (Omit<WeekSegment, 'id' | 'enable'> & { id?: number; enable?: boolean })[]
}

export interface HolidayPlan {
  enable: boolean
  /** YYYY-MM-DD, device local. */
  beginDate: string
  endDate: string
  segments: ScheduleSegment[]
}

export interface HolidayPlanInput {
  enable: boolean
  beginDate: string
  endDate: string
  segments: (Omit<ScheduleSegment, 'id' | 'enable'> & { id?: number; enable?: boolean })[]
}

export interface HolidayGroup {
  enable: boolean
  groupName: string
  holidayPlanNos: number[]
}

export interface PlanTemplate {
  enable: boolean
  templateName: string
  /** 0 = none. */
  weekPlanNo: number
  holidayGroupNos: number[]
}

/** Limits of one family, from its four capability documents; a part is absent when the terminal does not serve it. */
export interface ScheduleCapabilities {
  family: ScheduleFamily
  weekPlan?: {
    planNo: Range
    maxRows: number
    segmentsPerDay: Range
    validUnit?: 'hour' | 'minute' | 'second'
    verifyModes: string[]
    doorStatuses: string[]
  }
  holidayPlan?: {
    planNo: Range
    maxSegments: number
    segmentId: Range
    beginDate?: string
    endDate?: string
    validUnit?: 'hour' | 'minute' | 'second'
  }
  holidayGroup?: { groupNo: Range; groupName?: Range; holidayPlanNo: Range; maxPlans?: number }
  template?: { templateNo: Range; templateName?: Range; weekPlanNo: Range; holidayGroupNo: Range }
}

export interface ScheduleOptions extends CallOptions {
  /** Default UserRight. */
  family?: ScheduleFamily
  /** Limits to validate against before sending (from `scheduleCapabilities`). */
  capabilities?: ScheduleCapabilities
}

export const path = (family: ScheduleFamily, kind: string, no?: number | 'capabilities'): string =>
  `/ISAPI/AccessControl/${family}${kind}${no === undefined ? '' : `/${no}`}?format=json`

export const KIND = {
  week: 'WeekPlanCfg',
  holiday: 'HolidayPlanCfg',
  group: 'HolidayGroupCfg',
  template: 'PlanTemplate',
} as const

// ---------------------------------------------------------------------------------------------
// Time and date values

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Seconds since midnight, or undefined. `24:00:00` is accepted (end of day). */
export function parseTimeOfDay(t: string): number | undefined {
  if (t === '24:00:00') return 86_400
  const m = TIME_RE.exec(t)
  if (!m) return undefined
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])
}

export function isValidDate(d: string): boolean {
  const m = DATE_RE.exec(d)
  if (!m) return false
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, da))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === da
}

export interface SegmentProblem {
  field: string
  message: string
}

/**
 * Checks the segments of one day: times well formed, begin < end for enabled rows (begin ≤ end
 * for disabled filler rows), `24:00:00` only as an end, ids unique and in range, no overlap
 * among enabled rows, granularity when the terminal states one.
 */
export function checkDaySegments(
  segs: readonly ScheduleSegment[],
  label: string,
  o: { idRange?: Range; validUnit?: string } = {},
): SegmentProblem[] {
  const out: SegmentProblem[] = []
  const ids = new Set<number>()
  const spans: [number, number, number][] = []
  for (const s of segs) {
    const at = `${label} segment ${s.id}`
    if (!Number.isInteger(s.id) || s.id < (o.idRange?.min ?? 1) || s.id > (o.idRange?.max ?? 8))
      out.push({
        field: `${at}.id`,
        message: `segment id ${s.id} is outside ${o.idRange?.min ?? 1}–${o.idRange?.max ?? 8}`,
      })
    if (ids.has(s.id)) out.push({ field: `${at}.id`, message: `segment id ${s.id} is used twice` })
    ids.add(s.id)
    const b = s.beginTime === '24:00:00' ? undefined : parseTimeOfDay(s.beginTime)
    const e = parseTimeOfDay(s.endTime)
    if (b === undefined)
      out.push({
        field: `${at}.beginTime`,
        message: `"${s.beginTime}" is not a time of day (HH:MM:SS, 00:00:00–23:59:59)`,
      })
    if (e === undefined)
      out.push({
        field: `${at}.endTime`,
        message: `"${s.endTime}" is not a time of day (HH:MM:SS, up to 24:00:00)`,
      })
    if (b === undefined || e === undefined) continue
    if (s.enable ? b >= e : b > e)
      out.push({
        field: at,
        message: `begins at ${s.beginTime}, ${s.enable ? 'not before' : 'after'} its end ${s.endTime}`,
      })
    const unit = o.validUnit === 'hour' ? 3600 : o.validUnit === 'minute' ? 60 : 1
    if (unit > 1 && (b % unit !== 0 || e % unit !== 0))
      out.push({ field: at, message: `the terminal takes times in whole ${o.validUnit}s` })
    if (s.enable && b < e) spans.push([b, e, s.id])
  }
  spans.sort((x, y) => x[0] - y[0])
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!
    const cur = spans[i]!
    if (cur[0] < prev[1])
      out.push({ field: `${label} segment ${cur[2]}`, message: `overlaps segment ${prev[2]}` })
  }
  return out
}

export function inRange(n: number, r: Range | undefined): boolean {
  return (
    Number.isInteger(n) &&
    (r?.min === undefined || n >= r.min) &&
    (r?.max === undefined || n <= r.max)
  )
}

export const span = (r: Range | undefined): string => `${r?.min ?? '?'}–${r?.max ?? '?'}`

export function refuse(what: string, problems: SegmentProblem[]): never {
  throw new IsapiError(
    'INVALID_ARGUMENT',
    `${what}: ${problems.map((p) => p.message).join('; ')}`,
    {
      reason: `${what} was not sent: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
      details: { problems },
    },
  )
}

// ---------------------------------------------------------------------------------------------
// Parsing (strict: a row the client cannot read is BAD_RESPONSE)

export class ParseError extends Error {}

function parseTime(x: unknown, field: string): string {
  const t = str(x)
  if (t === undefined || parseTimeOfDay(t) === undefined)
    throw new ParseError(`${field}: unreadable time ${JSON.stringify(x)}`)
  return t
}

function parseSegment(x: unknown, i: number): ScheduleSegment {
  if (!isObj(x)) throw new ParseError(`row ${i} is not an object`)
  const id = int(x.id)
  if (id === undefined) throw new ParseError(`row ${i} has no id`)
  const ts = obj(x.TimeSegment)
  const s: ScheduleSegment = {
    id,
    enable: bool(x.enable) ?? false,
    beginTime: parseTime(ts.beginTime, `row ${i} beginTime`),
    endTime: parseTime(ts.endTime, `row ${i} endTime`),
  }
  const vm = str(x.verifyMode)
  if (vm !== undefined) s.verifyMode = vm
  const ds = str(x.doorStatus)
  if (ds !== undefined) s.doorStatus = ds
  return s
}

/** Parses a `<family>WeekPlanCfg` body (the object under the root key). */
export function parseWeekPlan(body: Obj): WeekPlan {
  const segments = list(body.WeekPlanCfg).map((row, i) => {
    const week = str(obj(row).week)
    if (!week || !(WEEKDAYS as readonly string[]).includes(week))
      throw new ParseError(`row ${i}: unknown weekday ${JSON.stringify(week)}`)
    return { week: week as Weekday, ...parseSegment(row, i) }
  })
  return { enable: bool(body.enable) ?? false, segments }
}

export function parseHolidayPlan(body: Obj): HolidayPlan {
  const beginDate = str(body.beginDate) ?? ''
  const endDate = str(body.endDate) ?? ''
  if (!isValidDate(beginDate) || !isValidDate(endDate))
    throw new ParseError(
      `unreadable dates ${JSON.stringify(beginDate)}..${JSON.stringify(endDate)}`,
    )
  return {
    enable: bool(body.enable) ?? false,
    beginDate,
    endDate,
    segments: list(body.HolidayPlanCfg).map(parseSegment),
  }
}

function numberList(x: unknown, field: string): number[] {
  if (x === undefined || x === null || x === '') return []
  const parts = Array.isArray(x) ? x.map((v) => str(v) ?? '') : (str(x) ?? '').split(',')
  const out = parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => int(p))
  if (out.some((n) => n === undefined))
    throw new ParseError(`${field}: unreadable number list ${JSON.stringify(x)}`)
  return out as number[]
}

export function parseHolidayGroup(body: Obj): HolidayGroup {
  return {
    enable: bool(body.enable) ?? false,
    groupName: str(body.groupName) ?? '',
    holidayPlanNos: numberList(body.holidayPlanNo, 'holidayPlanNo'),
  }
}

export function parsePlanTemplate(body: Obj): PlanTemplate {
  const weekPlanNo =
    body.weekPlanNo === undefined || body.weekPlanNo === '' ? 0 : int(body.weekPlanNo)
  if (weekPlanNo === undefined)
    throw new ParseError(`weekPlanNo: unreadable ${JSON.stringify(body.weekPlanNo)}`)
  return {
    enable: bool(body.enable) ?? false,
    templateName: str(body.templateName) ?? '',
    weekPlanNo,
    holidayGroupNos: numberList(body.holidayGroupNo, 'holidayGroupNo'),
  }
}

const unit = (x: unknown): 'hour' | 'minute' | 'second' | undefined => {
  const u = str(x)
  return u === 'hour' || u === 'minute' || u === 'second' ? u : undefined
}

function withUnit<T extends object>(
  o: T,
  u: 'hour' | 'minute' | 'second' | undefined,
): T & { validUnit?: 'hour' | 'minute' | 'second' } {
  return u === undefined ? o : { ...o, validUnit: u }
}

/** Parses the four capability documents of a family (each the object under its root key, or undefined). */
export function parseScheduleCapabilities(
  family: ScheduleFamily,
  docs: { week?: Obj; holiday?: Obj; group?: Obj; template?: Obj },
): ScheduleCapabilities {
  const c: ScheduleCapabilities = { family }
  if (docs.week) {
    const w = obj(docs.week.WeekPlanCfg)
    const maxRows = int(w.maxSize) ?? 56
    const ids = range(w.id) ?? { min: 1, max: Math.max(1, Math.floor(maxRows / 7)) }
    c.weekPlan = withUnit(
      {
        planNo: range(docs.week.planNo) ?? {},
        maxRows,
        segmentsPerDay: ids,
        verifyModes: opts(w.verifyMode),
        doorStatuses: opts(w.doorStatus),
      },
      unit(obj(w.TimeSegment).validUnit),
    )
  }
  if (docs.holiday) {
    const h = obj(docs.holiday.HolidayPlanCfg)
    const hp: NonNullable<ScheduleCapabilities['holidayPlan']> = withUnit(
      {
        planNo: range(docs.holiday.planNo) ?? {},
        maxSegments: int(h.maxSize) ?? 8,
        segmentId: range(h.id) ?? { min: 1, max: int(h.maxSize) ?? 8 },
      },
      unit(obj(h.TimeSegment).validUnit),
    )
    const bd = str(docs.holiday.beginDate)
    const ed = str(docs.holiday.endDate)
    if (bd && isValidDate(bd)) hp.beginDate = bd
    if (ed && isValidDate(ed)) hp.endDate = ed
    c.holidayPlan = hp
  }
  if (docs.group) {
    const g: NonNullable<ScheduleCapabilities['holidayGroup']> = {
      groupNo: range(docs.group.groupNo) ?? {},
      holidayPlanNo: range(docs.group.holidayPlanNo) ?? {},
    }
    const name = range(docs.group.groupName)
    if (name) g.groupName = name
    const size = int(obj(docs.group.holidayPlanName)['@size'])
    if (size !== undefined) g.maxPlans = size
    c.holidayGroup = g
  }
  if (docs.template) {
    const t: NonNullable<ScheduleCapabilities['template']> = {
      templateNo: range(docs.template.templateNo) ?? {},
      weekPlanNo: range(docs.template.weekPlanNo) ?? {},
      holidayGroupNo: range(docs.template.holidayGroupNo) ?? {},
    }
    const name = range(docs.template.templateName)
    if (name) t.templateName = name
    c.template = t
  }
  return c
}

export function checkNo(what: string, no: number, r: Range | undefined): void {
  if (!inRange(no, r ?? { min: 1 }))
    refuse(`${what} ${no}`, [
      { field: 'number', message: `${what} numbers go ${span(r ?? { min: 1 })} on this terminal` },
    ])
}
