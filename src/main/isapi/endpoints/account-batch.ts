// Every device account at once (guide 21.2.6, 21.2.7; protocol-config/01 §2.2 and §2.4, M):
// PUT /ISAPI/Security/users with a whole UserList (levels of several accounts in one request;
// the terminal re-checks the administrator with `loginPassword` in each User, so HTTPS only —
// the station checks) and PUT /ISAPI/Security/UserPermission with a whole UserPermissionList
// (each account's permission document as read, flags changed). No account password travels.
import { compact, list, obj, type Obj } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export interface AccountLevelWrite {
  id: string
  userName: string
  userLevel: string
}

const numericId = (id: string): string => {
  if (!/^\d+$/.test(id)) throw new IsapiError('INVALID_ARGUMENT', `bad account id ${id}`)
  return id
}

/** PUT /ISAPI/Security/users (21.2.6): every account's name and level in one UserList. */
export async function putAllAccounts(
  http: IsapiHttp,
  accounts: AccountLevelWrite[],
  loginPassword: string,
  o: CallOptions = {},
): Promise<void> {
  const User = accounts.map((a) =>
    compact({
      id: numericId(a.id),
      userName: a.userName,
      userLevel: a.userLevel,
      loginPassword,
    }),
  )
  await http.xml('PUT', '/ISAPI/Security/users', 'UserList', { User }, o)
}

/** PUT /ISAPI/Security/UserPermission (21.2.7): whole permission documents, one per account. */
export async function putAllPermissions(
  http: IsapiHttp,
  docs: Obj[],
  o: CallOptions = {},
): Promise<void> {
  await http.xml(
    'PUT',
    '/ISAPI/Security/UserPermission',
    'UserPermissionList',
    {
      UserPermission: docs,
    },
    o,
  )
}

/** GET /ISAPI/Security/UserPermission (21.2.8): each account's document whole, as held. */
export async function getAllPermissionDocs(http: IsapiHttp, o: CallOptions = {}): Promise<Obj[]> {
  const b = await http.xmlDoc(
    'GET',
    '/ISAPI/Security/UserPermission',
    'UserPermissionList',
    undefined,
    undefined,
    o,
  )
  return list(b.UserPermission).map(obj)
}
