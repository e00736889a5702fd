// Access schedules on the terminal: capabilities, get and set of week plans, holiday plans,
// holiday groups and plan templates of one family, and clearing them. Shapes, parsing and the
// checks done before anything is sent live in schedule-codec.ts (re-exported here).
import { isObj, obj, type Obj, type Range } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonRoot, type CallOptions } from './common'
import {
  type HolidayGroup,
  type HolidayPlan,
  type HolidayPlanInput,
  KIND,
  ParseError,
  type PlanTemplate,
  type ScheduleCapabilities,
  type ScheduleFamily,
  type ScheduleOptions,
  type ScheduleSegment,
  type SegmentProblem,
  WEEKDAYS,
  type WeekPlan,
  type WeekPlanInput,
  type WeekSegment,
  checkDaySegments,
  checkNo,
  inRange,
  isValidDate,
  parseHolidayGroup,
  parseHolidayPlan,
  parsePlanTemplate,
  parseScheduleCapabilities,
  parseWeekPlan,
  path,
  refuse,
  span,
} from './schedule-codec'

export * from './schedule-codec'

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
