// Device accounts all at once (guide 21.2.6–21.2.8, 21.2.11). Policy:
// - Permissions: read every account's document (GET …/UserPermission), change only the flags
//   asked for, send the whole list back (PUT …/UserPermission), read it again and say which
//   flag the terminal kept otherwise. Only flags the permission capability offers, only for
//   operators and viewers (the administrator's are fixed): refused before sending.
// - Levels: one UserList (PUT /ISAPI/Security/users) with every account as the terminal lists
//   it, the asked levels changed; it carries the administrator's password as `loginPassword`,
//   so HTTPS only. The administrator and the station's own account keep their level.
import type { AccountRightsView } from '@shared/contract/account-rights'
import { codedFailure } from '@shared/coded-failure'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'

type Obj = Record<string, unknown>

const flagsOf = (doc: Obj): Record<string, boolean> => {
  const out: Record<string, boolean> = {}
  const remote = doc.remotePermission
  if (remote && typeof remote === 'object')
    for (const [k, v] of Object.entries(remote as Obj)) {
      const s = String(v)
      if (s === 'true' || s === 'false') out[k] = s === 'true'
    }
  return out
}

export function accountRightsService(
  ctx: StationContext,
  devices: DeviceService,
  call: DeviceCall,
) {
  const name = (id: string) => devices.record(id).name

  const read = async (id: string) => {
    const [accounts, docs, caps] = await call(id, (c) =>
      Promise.all([
        c.accounts.list(),
        c.accounts.permissionDocs(),
        c.accounts.permissionCaps().catch(() => ({ remote: [] as string[], userTypes: [] })),
      ]),
    )
    const byId = new Map(docs.map((d) => [String(d.id ?? d.userID), d]))
    return { accounts, byId, grantable: caps.remote }
  }

  const view = async (id: string): Promise<AccountRightsView> => {
    const record = devices.record(id)
    const { accounts, byId, grantable } = await read(id)
    return {
      accounts: accounts.map((a) => ({
        id: a.id,
        userName: a.userName,
        level: a.userLevel,
        isStation: a.userName === record.username,
        remote: flagsOf(byId.get(a.id) ?? {}),
      })),
      grantable,
      secureChannel: record.protocol === 'https',
    }
  }

  const once = (ids: string[]) => {
    const seen = new Set<string>()
    for (const accountId of ids) {
      if (seen.has(accountId))
        throw codedFailure('INVALID_ARGS', 'accountListedTwice', { accountId }, { accountId })
      seen.add(accountId)
    }
  }

  return {
    view,

    async setRights(
      id: string,
      rights: { accountId: string; remote: Record<string, boolean> }[],
    ): Promise<AccountRightsView> {
      once(rights.map((r) => r.accountId))
      const terminal = name(id)
      const { accounts, byId, grantable } = await read(id)
      const docs = rights.map(({ accountId, remote }) => {
        const account = accounts.find((a) => a.id === accountId)
        if (!account) throw codedFailure('NOT_FOUND', 'accountMissing', { accountId })
        if (account.userLevel === 'Administrator' || accountId === '1')
          throw codedFailure(
            'ADMIN_ACCOUNT',
            'adminPermissionsFixed',
            { userName: account.userName },
            { accountId, userName: account.userName },
          )
        for (const permission of Object.keys(remote))
          if (!grantable.includes(permission))
            throw codedFailure(
              'NOT_SUPPORTED',
              'permissionNotGrantable',
              { terminal, permission },
              { permission },
            )
        const doc = byId.get(accountId) ?? { id: accountId, userID: accountId }
        const kept = (doc.remotePermission as Obj | undefined) ?? {}
        return { ...doc, remotePermission: { ...kept, ...remote } }
      })
      await call(id, (c) => c.accounts.putAllPermissions(docs))
      const after = await view(id)
      for (const { accountId, remote } of rights) {
        const row = after.accounts.find((a) => a.id === accountId)
        for (const [permission, want] of Object.entries(remote))
          if (row && row.remote[permission] !== undefined && row.remote[permission] !== want)
            throw codedFailure(
              'DEVICE_REJECTED',
              'permissionsKept',
              {
                terminal,
                permission,
                userName: row.userName,
                held: String(row.remote[permission]),
              },
              { accountId, permission },
            )
      }
      ctx.audit('account.permissions', `device:${id}`, {
        accounts: rights.map((r) => ({
          userName: accounts.find((a) => a.id === r.accountId)?.userName,
          ...r.remote,
        })),
      })
      return after
    },

    async setLevels(
      id: string,
      levels: { accountId: string; level: 'Operator' | 'Viewer' }[],
    ): Promise<AccountRightsView> {
      once(levels.map((l) => l.accountId))
      const record = devices.record(id)
      if (record.protocol !== 'https')
        throw codedFailure('INSECURE_CHANNEL', 'levelsInsecure', { terminal: record.name })
      const accounts = await call(id, (c) => c.accounts.list())
      for (const { accountId } of levels) {
        const account = accounts.find((a) => a.id === accountId)
        if (!account) throw codedFailure('NOT_FOUND', 'accountMissing', { accountId })
        if (account.userLevel === 'Administrator' || accountId === '1')
          throw codedFailure(
            'ADMIN_ACCOUNT',
            'adminPermissionsFixed',
            { userName: account.userName },
            { accountId, userName: account.userName },
          )
        if (account.userName === record.username)
          throw codedFailure(
            'ADMIN_ACCOUNT',
            'accountIsStation',
            { userName: account.userName },
            { accountId, userName: account.userName },
          )
      }
      const want = new Map(levels.map((l) => [l.accountId, l.level]))
      const loginPassword = ctx.secrets.open(record.secretSealed)
      await call(id, (c) =>
        c.accounts.putAll(
          accounts.map((a) => ({ ...a, userLevel: want.get(a.id) ?? a.userLevel })),
          loginPassword,
        ),
      )
      const after = await view(id)
      for (const [accountId, level] of want) {
        const row = after.accounts.find((a) => a.id === accountId)
        if (row && row.level !== level)
          throw codedFailure(
            'DEVICE_REJECTED',
            'levelKept',
            { terminal: record.name, userName: row.userName, level: row.level },
            { accountId },
          )
      }
      ctx.audit('account.levels', `device:${id}`, {
        accounts: levels.map((l) => ({
          userName: accounts.find((a) => a.id === l.accountId)?.userName,
          level: l.level,
        })),
      })
      return after
    },
  }
}
