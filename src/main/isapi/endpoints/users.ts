// Device accounts (guide ch 5 / 21.2): who may log in to the terminal's API, not persons.
// Adding, editing and deleting need the caller's own password as `loginPassword` (the
// terminal re-verifies the administrator); the body carries the account's new password, so
// the station only sends these over a protected connection (see station/terminal/accounts).
import { bool, compact, int, list, obj, range, str, type Obj } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export type AccountLevel = 'Administrator' | 'Operator' | 'Viewer'

export interface AccountWrite {
  userName: string
  userLevel: AccountLevel
  /** The account's new password. */
  password: string
  /** The logged-in administrator's current password (the terminal checks it again). */
  loginPassword: string
}

export interface AccountCapabilities {
  userName?: { min?: number; max?: number }
  password?: { min?: number; max?: number }
  levels: string[]
}

const numericId = (id: string): string => {
  if (!/^\d+$/.test(id)) throw new IsapiError('INVALID_ARGUMENT', `bad account id ${id}`)
  return id
}

/** POST /ISAPI/Security/users; returns the new account's id when the terminal says it. */
export async function addAccount(
  http: IsapiHttp,
  a: AccountWrite,
  o: CallOptions = {},
): Promise<{ id?: string }> {
  const doc = await http.xml('POST', '/ISAPI/Security/users', 'User', { ...a }, o)
  const id = doc && typeof doc === 'object' && 'body' in doc ? str(obj(doc.body).id) : undefined
  return id ? { id } : {}
}

/** PUT /ISAPI/Security/users/<id>: a new password (and level) for one account. */
export async function updateAccount(
  http: IsapiHttp,
  id: string,
  a: AccountWrite,
  o: CallOptions = {},
): Promise<void> {
  await http.xml('PUT', `/ISAPI/Security/users/${numericId(id)}`, 'User', compact({ id, ...a }), o)
}

/**
 * DELETE /ISAPI/Security/users/<id>?loginPassword=<pw> (guide 21.2, protocol-config/01 §2.3):
 * the administrator's password travels in the URL, so only over HTTPS (the station checks);
 * errors never show it (hideSecrets).
 */
export async function deleteAccount(
  http: IsapiHttp,
  id: string,
  loginPassword: string,
  o: CallOptions = {},
): Promise<void> {
  await http.xml(
    'DELETE',
    `/ISAPI/Security/users/${numericId(id)}?loginPassword=${encodeURIComponent(loginPassword)}`,
    undefined,
    undefined,
    o,
  )
}

export async function accountCapabilities(
  http: IsapiHttp,
  id = '1',
  o: CallOptions = {},
): Promise<AccountCapabilities> {
  const b = await http.xmlDoc(
    'GET',
    `/ISAPI/Security/users/${numericId(id)}/capabilities`,
    'User',
    undefined,
    undefined,
    o,
  )
  const out: AccountCapabilities = {
    levels: (str(obj(b.userLevel)['@opt']) ?? '').split(',').filter(Boolean),
  }
  const u = range(b.userName)
  if (u) out.userName = u
  const p = range(b.password)
  if (p) out.password = p
  return out
}

export interface AccountPermission {
  id: string
  userType: string
  /** Remote permissions as the terminal reports them (parameterConfig, upgrade, …). */
  remote: Record<string, boolean>
}

function parsePermission(x: unknown): AccountPermission {
  const b = obj(x)
  const remote: Record<string, boolean> = {}
  for (const [k, v] of Object.entries(obj(b.remotePermission))) {
    const flag = bool(v)
    if (flag !== undefined) remote[k] = flag
  }
  return { id: str(b.id) ?? str(b.userID) ?? '', userType: str(b.userType) ?? '', remote }
}

export async function accountPermissions(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<AccountPermission[]> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/Security/UserPermission',
    'UserPermissionList',
    undefined,
    undefined,
    o,
  )
  return list(b.UserPermission).map(parsePermission)
}

/** Grants or withdraws remote permissions of a non-admin account (e.g. parameterConfig). */
export async function setAccountPermission(
  http: IsapiHttp,
  id: string,
  userType: string,
  remote: Record<string, boolean>,
  o: CallOptions = {},
): Promise<void> {
  const body: Obj = { id, userID: id, userType, remotePermission: remote }
  await http.xml(
    'PUT',
    `/ISAPI/Security/UserPermission/${numericId(id)}`,
    'UserPermission',
    body,
    o,
  )
}

/** SecurityCap.supportUserNums etc. (GET /ISAPI/Security/capabilities). */
export async function securityCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<{ maxAccounts?: number; passwordLength?: { min?: number; max?: number } }> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/Security/capabilities',
    'SecurityCap',
    undefined,
    undefined,
    o,
  )
  const out: { maxAccounts?: number; passwordLength?: { min?: number; max?: number } } = {}
  const n = int(b.supportUserNums)
  if (n !== undefined) out.maxAccounts = n
  const pl = range(obj(b.SecurityLimits).LoginPasswordLenLimit)
  if (pl) out.passwordLength = pl
  return out
}
