// Access schedules: week plans, holiday plans, holiday groups and plan templates of one family
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
//   refuse the terminal's own values.
import { bool, int, isObj, list, obj, opts, range, str, type Obj, type Range } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonRoot, type CallOptions } from './common'

export type ScheduleFamily = 'UserRight' | 'Verify' | 'DoorStatus'
export const SCHEDULE_FAMILIES: readonly ScheduleFamily[] = ['UserRight', 'Verify', 'DoorStatus']
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

const path = (family: ScheduleFamily, kind: string, no?: number | 'capabilities'): string =>
  `/ISAPI/AccessControl/${family}${kind}${no === undefined ? '' : `/${no}`}?format=json`

const KIND = {
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

function inRange(n: number, r: Range | undefined): boolean {
  return (
    Number.isInteger(n) &&
    (r?.min === undefined || n >= r.min) &&
    (r?.max === undefined || n <= r.max)
  )
}

const span = (r: Range | undefined): string => `${r?.min ?? '?'}–${r?.max ?? '?'}`

function refuse(what: string, problems: SegmentProblem[]): never {
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

class ParseError extends Error {}

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

async function getBody(
  http: IsapiHttp,
  family: ScheduleFamily,
  kind: keyof typeof KIND,
  no: number,
  o: CallOptions,
): Promise<Obj> {
  const p = path(family, KIND[kind], no)
  const root = `${family}${KIND[kind]}`
  return jsonRoot(http, await http.json('GET', p, undefined, o), root, 'GET', p)
}

async function parsed<T>(http: IsapiHttp, method: string, p: string, f: () => T): Promise<T> {
  try {
    return f()
  } catch (e) {
    if (e instanceof ParseError) throw http.bad(method, p, e.message)
    throw e
  }
}

function checkNo(what: string, no: number, r: Range | undefined): void {
  if (!inRange(no, r ?? { min: 1 }))
    refuse(`${what} ${no}`, [
      { field: 'number', message: `${what} numbers go ${span(r ?? { min: 1 })} on this terminal` },
    ])
}

// ---------------------------------------------------------------------------------------------
// Endpoints

async function optionalRoot(
  http: IsapiHttp,
  p: string,
  root: string,
  o: CallOptions,
): Promise<Obj | undefined> {
  try {
    const doc = await http.json('GET', p, undefined, o)
    return isObj(doc) && isObj(doc[root]) ? doc[root] : undefined
  } catch (e) {
    if (
      e instanceof IsapiError &&
      e.code === 'DEVICE_ERROR' &&
      (e.category === 'notSupported' || e.category === 'invalidInput' || e.httpStatus === 404)
    )
      return undefined
    throw e
  }
}

/** The family's limits; a part the terminal does not serve (notSupport/404) is left out. */
export async function scheduleCapabilities(
  http: IsapiHttp,
  family: ScheduleFamily = 'UserRight',
  o: CallOptions = {},
): Promise<ScheduleCapabilities> {
  const read = (kind: keyof typeof KIND) =>
    optionalRoot(http, path(family, KIND[kind], 'capabilities'), `${family}${KIND[kind]}`, o)
  return parseScheduleCapabilities(family, {
    week: await read('week'),
    holiday: await read('holiday'),
    group: await read('group'),
    template: await read('template'),
  })
}

export async function getWeekPlan(
  http: IsapiHttp,
  planNo: number,
  o: ScheduleOptions = {},
): Promise<WeekPlan> {
  const family = o.family ?? 'UserRight'
  const body = await getBody(http, family, 'week', planNo, o)
  return parsed(http, 'GET', path(family, KIND.week, planNo), () => parseWeekPlan(body))
}

/** The full week table for `plan`: enabled rows as given, every other (weekday, id) disabled. */
export function buildWeekPlanRows(plan: WeekPlanInput, segmentsPerDay = 8): WeekSegment[] {
  const rows: WeekSegment[] = []
  for (const week of WEEKDAYS) {
    const given = plan.segments.filter((s) => s.week === week)
    let next = 1
    const used = new Set(given.map((s) => s.id).filter((id): id is number => id !== undefined))
    const mine: WeekSegment[] = given.map((s) => {
      let id = s.id
      if (id === undefined) {
        while (used.has(next)) next++
        id = next
        used.add(id)
      }
      return { ...s, id, enable: s.enable ?? true }
    })
    for (let id = 1; id <= Math.max(segmentsPerDay, ...mine.map((s) => s.id)); id++) {
      const s = mine.find((x) => x.id === id)
      rows.push(s ?? { week, id, enable: false, beginTime: '00:00:00', endTime: '00:00:00' })
    }
  }
  return rows
}

/** Validates a week table against the terminal's limits (when known). */
export function checkWeekPlan(
  rows: readonly WeekSegment[],
  caps?: ScheduleCapabilities['weekPlan'],
): SegmentProblem[] {
  const out: SegmentProblem[] = []
  for (const r of rows)
    if (!(WEEKDAYS as readonly string[]).includes(r.week))
      out.push({ field: 'week', message: `unknown weekday ${JSON.stringify(r.week)}` })
  for (const week of WEEKDAYS)
    out.push(
      ...checkDaySegments(
        rows.filter((r) => r.week === week),
        week,
        { idRange: caps?.segmentsPerDay ?? { min: 1, max: 8 }, validUnit: caps?.validUnit },
      ),
    )
  for (const r of rows) {
    if (!r.enable) continue
    if (
      r.verifyMode !== undefined &&
      caps?.verifyModes.length &&
      !caps.verifyModes.includes(r.verifyMode)
    )
      out.push({
        field: `${r.week} segment ${r.id}.verifyMode`,
        message: `"${r.verifyMode}" is not a verify mode of this terminal (${caps.verifyModes.join(', ')})`,
      })
    if (
      r.doorStatus !== undefined &&
      caps?.doorStatuses.length &&
      !caps.doorStatuses.includes(r.doorStatus)
    )
      out.push({
        field: `${r.week} segment ${r.id}.doorStatus`,
        message: `"${r.doorStatus}" is not a door status of this terminal (${caps.doorStatuses.join(', ')})`,
      })
  }
  if (caps && rows.length > caps.maxRows)
    out.push({
      field: 'WeekPlanCfg',
      message: `${rows.length} rows, the terminal takes at most ${caps.maxRows}`,
    })
  return out
}

function segmentWire(s: ScheduleSegment): Obj {
  const w: Obj = { id: s.id, enable: s.enable }
  if (s.verifyMode !== undefined) w.verifyMode = s.verifyMode
  if (s.doorStatus !== undefined) w.doorStatus = s.doorStatus
  w.TimeSegment = { beginTime: s.beginTime, endTime: s.endTime }
  return w
}

export async function setWeekPlan(
  http: IsapiHttp,
  planNo: number,
  plan: WeekPlanInput,
  o: ScheduleOptions = {},
): Promise<void> {
  const family = o.family ?? 'UserRight'
  const caps = o.capabilities?.weekPlan
  checkNo('week plan', planNo, caps?.planNo)
  const perDay = caps?.segmentsPerDay.max ?? 8
  const rows = buildWeekPlanRows(
    plan,
    Math.min(perDay, caps ? Math.floor(caps.maxRows / 7) : perDay),
  )
  const problems = checkWeekPlan(rows, caps)
  if (problems.length) refuse(`week plan ${planNo}`, problems)
  const body = {
    [`${family}WeekPlanCfg`]: {
      enable: plan.enable,
      WeekPlanCfg: rows.map((r) => ({ week: r.week, ...segmentWire(r) })),
    },
  }
  await http.json('PUT', path(family, KIND.week, planNo), body, o)
}

export async function getHolidayPlan(
  http: IsapiHttp,
  planNo: number,
  o: ScheduleOptions = {},
): Promise<HolidayPlan> {
  const family = o.family ?? 'UserRight'
  const body = await getBody(http, family, 'holiday', planNo, o)
  return parsed(http, 'GET', path(family, KIND.holiday, planNo), () => parseHolidayPlan(body))
}

export async function setHolidayPlan(
  http: IsapiHttp,
  planNo: number,
  plan: HolidayPlanInput,
  o: ScheduleOptions = {},
): Promise<void> {
  const family = o.family ?? 'UserRight'
  const caps = o.capabilities?.holidayPlan
  checkNo('holiday plan', planNo, caps?.planNo)
  const max = caps?.maxSegments ?? 8
  const segs: ScheduleSegment[] = []
  const used = new Set(
    plan.segments.map((s) => s.id).filter((id): id is number => id !== undefined),
  )
  let next = 1
  for (const s of plan.segments) {
    let id = s.id
    if (id === undefined) {
      while (used.has(next)) next++
      id = next
      used.add(id)
    }
    segs.push({ ...s, id, enable: s.enable ?? true })
  }
  for (let id = 1; id <= max; id++)
    if (!segs.some((s) => s.id === id))
      segs.push({ id, enable: false, beginTime: '00:00:00', endTime: '00:00:00' })
  segs.sort((a, b) => a.id - b.id)
  const problems = checkDaySegments(segs, 'holiday', {
    idRange: caps?.segmentId ?? { min: 1, max },
    validUnit: caps?.validUnit,
  })
  if (segs.length > max)
    problems.push({
      field: 'HolidayPlanCfg',
      message: `${segs.length} segments, the terminal takes at most ${max}`,
    })
  if (!isValidDate(plan.beginDate))
    problems.push({ field: 'beginDate', message: `"${plan.beginDate}" is not a date (YYYY-MM-DD)` })
  if (!isValidDate(plan.endDate))
    problems.push({ field: 'endDate', message: `"${plan.endDate}" is not a date (YYYY-MM-DD)` })
  if (plan.beginDate > plan.endDate)
    problems.push({
      field: 'endDate',
      message: `ends (${plan.endDate}) before it begins (${plan.beginDate})`,
    })
  if (caps?.beginDate && plan.beginDate < caps.beginDate)
    problems.push({
      field: 'beginDate',
      message: `the terminal takes dates from ${caps.beginDate}`,
    })
  if (caps?.endDate && plan.endDate > caps.endDate)
    problems.push({ field: 'endDate', message: `the terminal takes dates up to ${caps.endDate}` })
  if (problems.length) refuse(`holiday plan ${planNo}`, problems)
  const body = {
    [`${family}HolidayPlanCfg`]: {
      enable: plan.enable,
      beginDate: plan.beginDate,
      endDate: plan.endDate,
      HolidayPlanCfg: segs.map(segmentWire),
    },
  }
  await http.json('PUT', path(family, KIND.holiday, planNo), body, o)
}

export async function getHolidayGroup(
  http: IsapiHttp,
  groupNo: number,
  o: ScheduleOptions = {},
): Promise<HolidayGroup> {
  const family = o.family ?? 'UserRight'
  const body = await getBody(http, family, 'group', groupNo, o)
  return parsed(http, 'GET', path(family, KIND.group, groupNo), () => parseHolidayGroup(body))
}

function checkName(
  problems: SegmentProblem[],
  field: string,
  name: string,
  r: Range | undefined,
): void {
  const max = r?.max ?? 32
  if (Buffer.byteLength(name, 'utf8') > max)
    problems.push({ field, message: `"${name}" is longer than ${max} bytes` })
}

export async function setHolidayGroup(
  http: IsapiHttp,
  groupNo: number,
  g: HolidayGroup,
  o: ScheduleOptions = {},
): Promise<void> {
  const family = o.family ?? 'UserRight'
  const caps = o.capabilities?.holidayGroup
  checkNo('holiday group', groupNo, caps?.groupNo)
  const problems: SegmentProblem[] = []
  checkName(problems, 'groupName', g.groupName, caps?.groupName)
  for (const n of g.holidayPlanNos)
    if (!inRange(n, caps?.holidayPlanNo ?? { min: 1 }))
      problems.push({
        field: 'holidayPlanNo',
        message: `holiday plan ${n} is outside ${span(caps?.holidayPlanNo ?? { min: 1 })}`,
      })
  if (caps?.maxPlans !== undefined && g.holidayPlanNos.length > caps.maxPlans)
    problems.push({
      field: 'holidayPlanNo',
      message: `${g.holidayPlanNos.length} holiday plans, the terminal takes at most ${caps.maxPlans} per group`,
    })
  if (problems.length) refuse(`holiday group ${groupNo}`, problems)
  const body = {
    [`${family}HolidayGroupCfg`]: {
      enable: g.enable,
      groupName: g.groupName,
      holidayPlanNo: g.holidayPlanNos.join(','),
    },
  }
  await http.json('PUT', path(family, KIND.group, groupNo), body, o)
}

export async function getPlanTemplate(
  http: IsapiHttp,
  templateNo: number,
  o: ScheduleOptions = {},
): Promise<PlanTemplate> {
  const family = o.family ?? 'UserRight'
  const body = await getBody(http, family, 'template', templateNo, o)
  return parsed(http, 'GET', path(family, KIND.template, templateNo), () => parsePlanTemplate(body))
}

export async function setPlanTemplate(
  http: IsapiHttp,
  templateNo: number,
  t: PlanTemplate,
  o: ScheduleOptions = {},
): Promise<void> {
  const family = o.family ?? 'UserRight'
  const caps = o.capabilities?.template
  checkNo('template', templateNo, caps?.templateNo)
  const problems: SegmentProblem[] = []
  checkName(problems, 'templateName', t.templateName, caps?.templateName)
  if (t.weekPlanNo !== 0 && !inRange(t.weekPlanNo, caps?.weekPlanNo ?? { min: 1 }))
    problems.push({
      field: 'weekPlanNo',
      message: `week plan ${t.weekPlanNo} is outside ${span(caps?.weekPlanNo ?? { min: 1 })}`,
    })
  for (const n of t.holidayGroupNos)
    if (!inRange(n, caps?.holidayGroupNo ?? { min: 1 }))
      problems.push({
        field: 'holidayGroupNo',
        message: `holiday group ${n} is outside ${span(caps?.holidayGroupNo ?? { min: 1 })}`,
      })
  if (problems.length) refuse(`template ${templateNo}`, problems)
  const body = {
    [`${family}PlanTemplate`]: {
      enable: t.enable,
      templateName: t.templateName,
      weekPlanNo: t.weekPlanNo,
      holidayGroupNo: t.holidayGroupNos.join(','),
    },
  }
  await http.json('PUT', path(family, KIND.template, templateNo), body, o)
}

export type PlanObjectKind = 'weekPlan' | 'holidayPlan' | 'holidayGroup' | 'template'
const CLEAR_PREFIX: Record<ScheduleFamily, string> = {
  UserRight: 'userRight',
  Verify: 'cardReader',
  DoorStatus: 'doorStatus',
}
const CLEAR_SUFFIX: Record<PlanObjectKind, string> = {
  weekPlan: 'WeekPlan',
  holidayPlan: 'HolidayPlan',
  holidayGroup: 'HolidayGroup',
  template: 'Template',
}

/** Which ClearPlansCfg flags the terminal offers (empty when it does not support clearing). */
export async function clearPlansCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<string[]> {
  const root = await optionalRoot(
    http,
    '/ISAPI/AccessControl/ClearPlansCfg/capabilities?format=json',
    'ClearPlansCfg',
    o,
  )
  return Object.keys(obj(root?.ClearFlags))
}

/**
 * Resets plan objects to factory state (ClearPlansCfg). Every flag is sent, true only for the
 * chosen families × kinds (the Verify family is `cardReader…` on the wire). An empty choice is refused.
 */
export async function clearPlans(
  http: IsapiHttp,
  families: readonly ScheduleFamily[],
  kinds: readonly PlanObjectKind[] = ['weekPlan', 'holidayPlan', 'holidayGroup', 'template'],
  o: CallOptions = {},
): Promise<void> {
  if (families.length === 0 || kinds.length === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'nothing chosen to clear')
  const flags: Record<string, boolean> = {}
  for (const k of ['weekPlan', 'holidayPlan', 'holidayGroup', 'template'] as const)
    for (const f of ['DoorStatus', 'Verify', 'UserRight'] as const)
      flags[`${CLEAR_PREFIX[f]}${CLEAR_SUFFIX[k]}`] = families.includes(f) && kinds.includes(k)
  await http.json(
    'PUT',
    '/ISAPI/AccessControl/ClearPlansCfg?format=json',
    { ClearPlansCfg: { ClearFlags: flags } },
    o,
  )
}

/** The ids a terminal's capability allows, for error messages. */
export function describeRange(r: Range | undefined): string {
  return span(r)
}
