// One device account and its permissions (guide 21.2.3, 21.2.10, 21.2.11): read one account,
// read one account's permission document whole (so a change keeps every flag the station does
// not touch), and the permission capability (which remote permissions the terminal offers).
import { bool, obj, str, type Obj } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const numericId = (id: string): string => {
  if (!/^\d+$/.test(id)) throw new IsapiError('INVALID_ARGUMENT', `bad account id ${id}`)
  return id
}

export interface AccountRead {
  id: string
  userName: string
  userLevel: string
}

/** GET /ISAPI/Security/users/<id> (21.2.3). */
export async function getAccount(
  http: IsapiHttp,
  id: string,
  o: CallOptions = {},
): Promise<AccountRead> {
  const b = await http.xmlDoc(
    'GET',
    `/ISAPI/Security/users/${numericId(id)}`,
    'User',
    undefined,
    undefined,
    o,
  )
  return { id: str(b.id) ?? id, userName: str(b.userName) ?? '', userLevel: str(b.userLevel) ?? '' }
}

/** GET /ISAPI/Security/UserPermission/<id> (21.2.10): the document as the terminal holds it. */
export async function getAccountPermission(
  http: IsapiHttp,
  id: string,
  o: CallOptions = {},
): Promise<Obj> {
  return obj(
    await http.xmlDoc(
      'GET',
      `/ISAPI/Security/UserPermission/${numericId(id)}`,
      'UserPermission',
      undefined,
      undefined,
      o,
    ),
  )
}

/** PUT /ISAPI/Security/UserPermission/<id> (21.2.9) with a whole permission document. */
export async function putAccountPermission(
  http: IsapiHttp,
  id: string,
  doc: Obj,
  o: CallOptions = {},
): Promise<void> {
  await http.xml('PUT', `/ISAPI/Security/UserPermission/${numericId(id)}`, 'UserPermission', doc, o)
}

export interface PermissionCapabilities {
  /** Remote permissions the terminal lets an administrator grant (true,false offered). */
  remote: string[]
  /** The account types the capability names (`userType` options). */
  userTypes: string[]
}

/** GET /ISAPI/Security/UserPermission/capabilities (21.2.11). */
export async function permissionCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<PermissionCapabilities> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/Security/UserPermission/capabilities',
    'UserPermission',
    undefined,
    undefined,
    o,
  )
  const remote = Object.entries(obj(b.remotePermission))
    .filter(([, v]) => /true/.test(str(obj(v)['@opt']) ?? String(bool(v) ?? '')))
    .map(([k]) => k)
  const userTypes = (str(obj(b.userType)['@opt']) ?? '').split(',').filter(Boolean)
  return { remote, userTypes }
}
