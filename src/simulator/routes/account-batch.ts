// Every device account at once (guide 21.2.6 PUT /ISAPI/Security/users, 21.2.7 PUT
// /ISAPI/Security/UserPermission; protocol-config/01 §2.2, §2.4, M). Whole lists, checked whole
// before anything changes: an unknown id, a bad level or flag, a wrong loginPassword, or the
// administrator demoted → the device's refusal and nothing written.
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml } from '../http/respond.js'
import type { Ctx, HandlerResult } from '../http/route.js'
import type { XmlNode, XmlValue } from '../http/xml.js'
import type { DeviceAccount } from '../state/model.js'
import {
  applyPermissionFlags,
  readPermissionFlags,
  readUser,
  requireAdminPassword,
} from './account-docs.js'

const nodes = (v: XmlValue): XmlNode[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is XmlNode => typeof x === 'object' && x !== null && !Array.isArray(x),
  )

const accountOf = (ctx: Ctx, n: XmlNode, field: 'id' | 'userID'): DeviceAccount => {
  const id = String(n[field] ?? n.id ?? '')
  const a = ctx.dev.data.accounts.find((x) => String(x.id) === id)
  if (!a) fail('badParameters', 'id', 400)
  return a
}

export function putAllUsers(ctx: Ctx): HandlerResult {
  const list = nodes(xmlRoot(ctx, 'UserList').User)
  if (list.length === 0) fail('MessageParametersLack', 'User', 400)
  const next = list.map((n) => {
    requireAdminPassword(ctx, n.loginPassword)
    const a = accountOf(ctx, n, 'id')
    const user = readUser(ctx, n, a)
    if (a.id === 1 && user.userLevel !== 'Administrator') fail('badParameters', 'userLevel', 400)
    if (ctx.dev.data.accounts.some((x) => x.id !== a.id && x.userName === user.userName))
      fail('userExist', 'userName')
    return { a, user }
  })
  for (const { a, user } of next) Object.assign(a, user)
  ctx.dev.changed()
  return okXml(ctx.path)
}

export function putAllPermissions(ctx: Ctx): HandlerResult {
  const list = nodes(xmlRoot(ctx, 'UserPermissionList').UserPermission)
  if (list.length === 0) fail('MessageParametersLack', 'UserPermission', 400)
  const next = list.map((n) => ({ a: accountOf(ctx, n, 'userID'), flags: readPermissionFlags(n) }))
  for (const { a, flags } of next) applyPermissionFlags(a, flags)
  ctx.dev.changed()
  return okXml(ctx.path)
}
