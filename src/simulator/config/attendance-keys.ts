// Attendance shortcut keys and the attendance template list (protocol-config/04 §11a, S2).
// The key document's root is a LIST (AttendanceList: one item per key, 1 checkIn … 6
// overtimeOut), so it is not a DocSpec; one key alone is `keyCfg/<1..6>/attendance` (its root,
// `Attendance`, is the simulator's reading [INF]). The template list gathers the stored
// AttendancePlanTemplate documents (or their factory values).
import { isObj, parseJsonBody } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'

const A = '/ISAPI/AccessControl'
const STATUSES = ['checkIn', 'checkOut', 'breakOut', 'breakIn', 'overtimeIn', 'overtimeOut']
const KEY = 'AttendanceList/0'
const TEMPLATES = 8

interface KeyItem {
  enable: boolean
  attendanceStatus: string
  label: string
}

const factory = (): KeyItem[] =>
  STATUSES.map((s) => ({ enable: true, attendanceStatus: s, label: s }))

const current = (ctx: Ctx): KeyItem[] =>
  (ctx.dev.data.docs[KEY] as KeyItem[] | undefined) ?? factory()

function merged(ctx: Ctx, items: unknown[]): KeyItem[] {
  const next = current(ctx).map((i) => ({ ...i }))
  if (items.length > STATUSES.length) fail('badParameters', 'AttendanceList', 400)
  for (const item of items) {
    if (!isObj(item)) fail('badJsonContent', 'AttendanceList')
    const { attendanceStatus, enable, label } = item
    const at = next.find((i) => i.attendanceStatus === attendanceStatus)
    if (!at) fail('badParameters', 'attendanceStatus', 400)
    if (enable !== undefined) {
      if (typeof enable !== 'boolean') fail('badParameters', 'enable', 400)
      at.enable = enable
    }
    if (label !== undefined) {
      if (typeof label !== 'string' || Buffer.byteLength(label) > 32)
        fail('badParameters', 'label', 400)
      at.label = label
    }
  }
  return next
}

function store(ctx: Ctx, next: KeyItem[]) {
  ctx.dev.data.docs[KEY] = next
  ctx.dev.changed()
  ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  return okJson()
}

function keyNo(ctx: Ctx): number {
  const n = Number(ctx.params.id)
  if (!Number.isInteger(n) || n < 1 || n > STATUSES.length) fail('notSupport', 'keyNo', 404)
  return n
}

function templateList(ctx: Ctx) {
  return Array.from({ length: TEMPLATES }, (_, i) => {
    const stored = ctx.dev.data.docs[`AttendancePlanTemplate/${i + 1}`] as
      Record<string, unknown> | undefined
    return {
      templateNo: i + 1,
      ...(stored ?? {
        enable: false,
        property: 'check',
        templateName: `template${i + 1}`,
        weekPlanNo: i + 1,
      }),
    }
  })
}

export const attendanceRoutes: RouteDef[] = [
  {
    path: `${A}/keyCfg/attendance/capabilities`,
    format: 'json',
    GET: () =>
      json({
        AttendanceList: {
          maxSize: STATUSES.length,
          enable: { '@opt': [true, false] },
          attendanceStatus: { '@opt': STATUSES },
          label: { '@min': 0, '@max': 32 },
        },
      }),
  },
  {
    path: `${A}/keyCfg/attendance`,
    format: 'json',
    GET: (ctx) => json({ AttendanceList: current(ctx) }),
    PUT: (ctx) => {
      const doc = parseJsonBody(ctx)
      const list = isObj(doc) ? doc.AttendanceList : undefined
      if (!Array.isArray(list)) fail('MessageParametersLack', 'AttendanceList')
      return store(ctx, merged(ctx, list))
    },
  },
  {
    path: `${A}/keyCfg/:id/attendance`,
    format: 'json',
    GET: (ctx) => json({ Attendance: current(ctx)[keyNo(ctx) - 1] }),
    PUT: (ctx) => {
      const n = keyNo(ctx)
      const doc = parseJsonBody(ctx)
      const item = isObj(doc) ? doc.Attendance : undefined
      if (!isObj(item)) fail('MessageParametersLack', 'Attendance')
      return store(ctx, merged(ctx, [{ ...item, attendanceStatus: STATUSES[n - 1] }]))
    },
  },
  {
    path: `${A}/Attendance/planTemplate`,
    format: 'json',
    GET: (ctx) => json({ AttendancePlanTemplateList: templateList(ctx) }),
  },
]
