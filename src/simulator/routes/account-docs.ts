// The documents of device accounts as this terminal writes and reads them (guide 21.2;
// protocol-config/01 §2.2–2.4): User, UserPermission, and the checks every account write makes.
import { fail } from '../http/errors.js'
import type { Ctx } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import type { DeviceAccount } from '../state/model.js'
import {
  REMOTE_PERMISSION_NAMES,
  holds,
  setHeld,
  type RemotePermission,
} from '../state/remote-permissions.js'
import { isStrongPassword } from './passwords.js'

export const LEVELS = ['Administrator', 'Operator', 'Viewer'] as const

export const userNode = (a: DeviceAccount): XmlNode => ({
  id: a.id,
  userName: a.userName,
  userLevel: a.userLevel,
})

export function permissionNode(a: DeviceAccount): XmlNode {
  return {
    id: a.id,
    userID: a.id,
    userType: a.userLevel === 'Administrator' ? 'admin' : a.userLevel.toLowerCase(),
    remotePermission: Object.fromEntries(REMOTE_PERMISSION_NAMES.map((p) => [p, holds(a, p)])),
  }
}

export function requireAdminPassword(ctx: Ctx, given: unknown): void {
  if (ctx.account.userLevel !== 'Administrator') fail('lowPrivilege', 'lowPrivilege')
  if (given !== undefined && given !== ctx.account.password)
    fail('badParameters', 'loginPassword', 400)
}

export function readUser(ctx: Ctx, n: XmlNode, existing?: DeviceAccount): DeviceAccount {
  const userName = typeof n.userName === 'string' ? n.userName : existing?.userName
  if (!userName || userName.length > 32) fail('badXmlContent', 'userName', 400)
  const level = (typeof n.userLevel === 'string' ? n.userLevel : existing?.userLevel) as
    DeviceAccount['userLevel'] | undefined
  if (!level || !LEVELS.includes(level)) fail('badXmlContent', 'userLevel', 400)
  const password = typeof n.password === 'string' ? n.password : existing?.password
  if (!password) fail('MessageParametersLack', 'password', 400)
  if (n.password !== undefined && !isStrongPassword(password, userName))
    fail('badParameters', 'riskPassword', 400)
  const id = existing?.id ?? Math.max(0, ...ctx.dev.data.accounts.map((a) => a.id)) + 1
  return { ...existing, id, userName, password, userLevel: level }
}

/** The flags a UserPermission document sets, checked: 'true' | 'false' only. */
export function readPermissionFlags(n: XmlNode): Map<RemotePermission, boolean> {
  const remote = n.remotePermission
  const out = new Map<RemotePermission, boolean>()
  if (remote === undefined || remote === '') return out
  if (typeof remote !== 'object' || remote === null || Array.isArray(remote))
    fail('badXmlContent', 'remotePermission', 400)
  for (const p of REMOTE_PERMISSION_NAMES) {
    const v = (remote as XmlNode)[p]
    if (v === undefined) continue
    if (v !== 'true' && v !== 'false') fail('badXmlContent', p, 400)
    out.set(p, v === 'true')
  }
  return out
}

/** Applies checked flags; the administrator's permissions are fixed (kept as they are). */
export function applyPermissionFlags(
  a: DeviceAccount,
  flags: Map<RemotePermission, boolean>,
): void {
  for (const [p, v] of flags) setHeld(a, p, v)
}
