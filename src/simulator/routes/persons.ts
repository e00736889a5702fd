import { jsonRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { userInfoCaps, userInfoDetailDeleteCaps } from '../profiles/caps-person.js'
import { idList, optBool, optEnum, optStr } from '../state/fields.js'
import type { PersonRec } from '../state/model.js'
import {
  BLACK_FD,
  countsByPerson,
  deleteAllPersons,
  deletePersonCascade,
  faceUrl,
  readOp,
  startOp,
} from '../state/ops.js'
import type { CredentialCounts } from '../state/ops.js'
import { readEmployeeNo, readPerson } from '../state/person-fields.js'
import { pageBody, pageCond } from '../state/search.js'
import { faceKey } from '../state/data.js'

const NO_COUNTS: CredentialCounts = { cards: 0, fingers: 0, faces: 0, irises: 0 }

/** Face terminals report the position of each person in name order and the name's index letter. */
const orderCache = new WeakMap<object, { version: number; order: Map<string, number> }>()

function nameOrder(ctx: Ctx): Map<string, number> {
  const hit = orderCache.get(ctx.dev)
  if (hit && hit.version === ctx.dev.version) return hit.order
  const list = [...ctx.dev.data.persons.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.employeeNo < b.employeeNo ? -1 : 1,
  )
  const order = new Map(list.map((p, i) => [p.employeeNo, i]))
  orderCache.set(ctx.dev, { version: ctx.dev.version, order })
  return order
}

const sortFlag = (name: string): string => {
  const c = name.charAt(0).toUpperCase()
  return c >= 'A' && c <= 'Z' ? c : '#'
}

export function personOut(
  ctx: Ctx,
  p: PersonRec,
  counts: CredentialCounts,
  order?: Map<string, number>,
): Record<string, unknown> {
  const prof = ctx.dev.profile
  const out: Record<string, unknown> = {
    employeeNo: p.employeeNo,
    name: p.name,
    userType: p.userType,
  }
  if (order) {
    out.sortByNamePosition = order.get(p.employeeNo) ?? 0
    out.sortByNameFlag = sortFlag(p.name)
  }
  Object.assign(out, {
    closeDelayEnabled: p.closeDelayEnabled,
    Valid: p.Valid,
    belongGroup: p.belongGroup,
    password: '',
    doorRight: p.doorRight,
    RightPlan: p.RightPlan,
    maxOpenDoorTime: p.maxOpenDoorTime,
    openDoorTime: p.openDoorTime,
    roomNumber: p.roomNumber,
    floorNumber: p.floorNumber,
    localUIRight: p.localUIRight,
    gender: p.gender,
  })
  if (p.userVerifyMode) out.userVerifyMode = p.userVerifyMode
  if (prof.features.has('card')) out.numOfCard = counts.cards
  if (prof.features.has('fingerprint')) out.numOfFP = counts.fingers
  if (prof.features.has('face')) out.numOfFace = counts.faces
  out.PersonInfoExtends = p.PersonInfoExtends
  const face = ctx.dev.data.faces.get(faceKey(BLACK_FD, p.employeeNo))
  if (face) out.faceURL = faceUrl(ctx.dev, face)
  return out
}

function ensureRoom(ctx: Ctx): void {
  const d = ctx.dev
  if (d.faults.spec.memoryFull || d.data.persons.size >= d.profile.capacity.persons)
    fail('noMemory', 'maxRecordNum', 400)
}

function search(ctx: Ctx): ReturnType<typeof json> {
  const cond = jsonRoot(ctx, 'UserInfoSearchCond')
  const { searchID, position, max } = pageCond(cond, 36, ctx.dev.profile.searchPageMax)
  const list = idList(cond, 'EmployeeNoList', 'employeeNo', 30, ctx.dev.profile.employeeNo.max)
  const fuzzy = optStr(cond, 'fuzzySearch', 32)
  let all = [...ctx.dev.data.persons.values()]
  if (list) {
    const want = new Set(list)
    all = all.filter((p) => want.has(p.employeeNo))
  }
  if (fuzzy) {
    const f = fuzzy.toLowerCase()
    all = all.filter(
      (p) => p.name.toLowerCase().includes(f) || p.employeeNo.toLowerCase().includes(f),
    )
  }
  const page = ctx.dev.searches.page('user', () => all, searchID, position, max)
  const counts =
    page.items.length > 0 ? countsByPerson(ctx.dev) : new Map<string, CredentialCounts>()
  const order =
    page.items.length > 0 && ctx.dev.profile.features.has('face') ? nameOrder(ctx) : undefined
  return json({
    UserInfoSearch: pageBody(page, 'UserInfo', (p) =>
      personOut(ctx, p, counts.get(p.employeeNo) ?? NO_COUNTS, order),
    ),
  })
}

export const personRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/UserInfo/capabilities',
    format: 'json',
    GET: (ctx) => json(userInfoCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/Search',
    format: 'json',
    getIs404: true,
    rights: { POST: 'read' },
    POST: search,
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/Count',
    format: 'json',
    GET: (ctx) => {
      const d = ctx.dev
      const counts = countsByPerson(d)
      const out: Record<string, number> = { userNumber: d.data.persons.size }
      if (d.profile.features.has('face'))
        out.bindFaceUserNumber = [...counts.entries()].filter(
          ([e, c]) => c.faces > 0 && d.data.persons.has(e),
        ).length
      // [G] the guide's UserInfoCount also counts persons with a fingerprint (inferred layout:
      // after the face count; no capture of a fingerprint terminal's Count yet)
      if (d.profile.features.has('fingerprint'))
        out.bindFingerprintUserNumber = [...counts.entries()].filter(
          ([e, c]) => c.fingers > 0 && d.data.persons.has(e),
        ).length
      if (d.profile.features.has('card'))
        out.bindCardUserNumber = [...counts.entries()].filter(
          ([e, c]) => c.cards > 0 && d.data.persons.has(e),
        ).length
      return json({ UserInfoCount: out })
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/Record',
    format: 'json',
    POST: (ctx) => {
      const o = jsonRoot(ctx, 'UserInfo')
      const d = ctx.dev
      const person = readPerson(o, d.profile, undefined)
      if (d.data.persons.has(person.employeeNo) && optBool(o, 'checkUser') !== false)
        fail('employeeNoAlreadyExist', 'checkUser')
      if (!d.data.persons.has(person.employeeNo)) ensureRoom(ctx)
      d.data.persons.set(person.employeeNo, person)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/SetUp',
    format: 'json',
    PUT: (ctx) => {
      const o = jsonRoot(ctx, 'UserInfo')
      const d = ctx.dev
      if (optBool(o, 'deleteUser') === true) {
        const emp = optStr(o, 'employeeNo', d.profile.employeeNo.max, 1)
        if (emp === undefined) fail('MessageParametersLack', 'employeeNo')
        deletePersonCascade(d, emp)
        d.changed()
        return okJson()
      }
      const existing = d.data.persons.get(typeof o.employeeNo === 'string' ? o.employeeNo : '')
      const person = readPerson(o, d.profile, undefined)
      if (!existing) ensureRoom(ctx)
      else person.openDoorTime = existing.openDoorTime
      d.data.persons.set(person.employeeNo, person)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/Modify',
    format: 'json',
    PUT: (ctx) => {
      const o = jsonRoot(ctx, 'UserInfo')
      const d = ctx.dev
      const existing = d.data.persons.get(readEmployeeNo(o, d.profile))
      if (!existing && optBool(o, 'addUser') !== true) fail('employeeNoNotExist', 'employeeNo')
      if (!existing) ensureRoom(ctx)
      const person = readPerson(o, d.profile, existing)
      d.data.persons.set(person.employeeNo, person)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfo/Delete',
    format: 'json',
    PUT: (ctx) => {
      const cond = jsonRoot(ctx, 'UserInfoDelCond')
      const d = ctx.dev
      const list = idList(cond, 'EmployeeNoList', 'employeeNo', 30, d.profile.employeeNo.max)
      if (!list) deleteAllPersons(d)
      else for (const e of list) deletePersonCascade(d, e)
      d.changed()
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfoDetail/Delete/capabilities',
    format: 'json',
    feature: 'userInfoDetailDelete',
    GET: (ctx) => json(userInfoDetailDeleteCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/UserInfoDetail/Delete',
    format: 'json',
    feature: 'userInfoDetailDelete',
    PUT: (ctx) => {
      const cond = jsonRoot(ctx, 'UserInfoDetail')
      const d = ctx.dev
      const mode = optEnum(cond, 'mode', ['all', 'byEmployeeNo'])
      if (mode === undefined) fail('MessageParametersLack', 'mode')
      if (mode === 'all') deleteAllPersons(d)
      else {
        const list = idList(cond, 'EmployeeNoList', 'employeeNo', 30, d.profile.employeeNo.max)
        if (!list) fail('MessageParametersLack', 'EmployeeNoList')
        for (const e of list) deletePersonCascade(d, e)
      }
      d.changed()
      startOp(
        d,
        'userInfoDetailDelete',
        { UserInfoDetailDeleteProcess: { status: 'success' } },
        { UserInfoDetailDeleteProcess: { status: 'processing' } },
      )
      return okJson()
    },
  },
  {
    path: '/ISAPI/AccessControl/UserInfoDetail/DeleteProcess',
    format: 'json',
    feature: 'userInfoDetailDelete',
    GET: (ctx) =>
      json(
        readOp(ctx.dev, 'userInfoDetailDelete') ?? {
          UserInfoDetailDeleteProcess: { status: 'success' },
        },
      ),
  },
]
