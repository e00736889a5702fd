// Device accounts. Policy:
// - A password is only ever sent over HTTPS: over plain HTTP the User body would carry it
//   readable (the guide's `security=1` field encryption is not pinned down well enough to risk
//   a garbled admin password), so the call is refused with INSECURE_CHANNEL and nothing is sent.
// - The terminal re-checks the administrator with `loginPassword` = the station's stored
//   password (the station's own account must be the administrator).
// - Changing the station's own account: on success the stored password follows at once. When
//   the outcome is unknown (the answer was lost), the station tries the new password exactly
//   once; if the terminal refuses it, the old one is kept. Never more than one failed login.
import type { AccountsView, AccountView } from '@shared/contract/terminal'
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { recordChange } from '../apply/change-feed'

import { codedFailure } from '@shared/coded-failure'

export function accountsService(ctx: StationContext, devices: DeviceService, call: DeviceCall) {
  const password = (id: string): string => ctx.secrets.open(devices.record(id).secretSealed)

  const requireSecure = (id: string): void => {
    const r = devices.record(id)
    if (r.protocol !== 'https')
      throw codedFailure('INSECURE_CHANNEL', 'passwordInsecure', { terminal: r.name })
  }

  const list = async (id: string): Promise<AccountsView> => {
    const record = devices.record(id)
    const max = devices.get(id).capabilities?.ops?.maxAccounts ?? 0
    if (max < 1)
      throw codedFailure('NOT_SUPPORTED', 'accountsUnsupported', { terminal: record.name })
    const [accounts, perms, caps, security] = await call(id, (c) =>
      Promise.all([
        c.accounts.list(),
        c.accounts.permissions().catch(() => []),
        c.accounts.capabilities('1').catch(() => undefined),
        c.accounts.security().catch(() => undefined),
      ]),
    )
    const grant = new Map(perms.map((p) => [p.id, p.remote.parameterConfig]))
    const length = caps?.password ?? security?.passwordLength
    return {
      accounts: accounts.map((a): AccountView => {
        const v: AccountView = {
          id: a.id,
          userName: a.userName,
          level: a.userLevel,
          isStation: a.userName === record.username,
        }
        const pc = grant.get(a.id)
        if (pc !== undefined) v.parameterConfig = pc
        return v
      }),
      maxAccounts: security?.maxAccounts ?? max,
      levels: caps?.levels.length ? caps.levels : ['Administrator', 'Operator', 'Viewer'],
      passwordLength: { min: length?.min ?? 8, max: length?.max ?? 16 },
      secureChannel: record.protocol === 'https',
    }
  }

  const checkPassword = (view: AccountsView, userName: string, pw: string): void => {
    const { min, max } = view.passwordLength
    const kinds = [/[0-9]/, /[a-z]/, /[A-Z]/, /[^0-9a-zA-Z]/].filter((re) => re.test(pw)).length
    const lower = pw.toLowerCase()
    const user = userName.toLowerCase()
    const problem =
      pw.length < min
        ? 'tooShort'
        : pw.length > max
          ? 'tooLong'
          : kinds < 2
            ? 'oneKind'
            : lower === user || lower === [...user].reverse().join('')
              ? 'isUserName'
              : null
    if (problem)
      throw codedFailure(
        'INVALID_ARGS',
        'passwordUnfit',
        { problem, min, max },
        { field: 'password', problem, min, max },
      )
  }

  const audit = (id: string, action: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${id}`, details)

  return {
    list,

    async add(
      id: string,
      a: {
        userName: string
        level: 'Operator' | 'Viewer'
        password: string
        parameterConfig: boolean
      },
    ): Promise<AccountsView> {
      requireSecure(id)
      const before = await list(id)
      if (before.accounts.some((x) => x.userName === a.userName))
        throw codedFailure(
          'CONFLICT',
          'accountNameTaken',
          { userName: a.userName },
          { field: 'userName' },
        )
      if (before.accounts.length >= before.maxAccounts)
        throw codedFailure('CAPACITY_FULL', 'accountsFull', { max: before.maxAccounts })
      checkPassword(before, a.userName, a.password)
      const added = await call(id, (c) =>
        c.accounts.add({
          userName: a.userName,
          userLevel: a.level,
          password: a.password,
          loginPassword: password(id),
        }),
      )
      const after = await list(id)
      const newId = added.id ?? after.accounts.find((x) => x.userName === a.userName)?.id
      if (a.parameterConfig && newId)
        await call(id, (c) =>
          c.accounts.setPermission(newId, a.level.toLowerCase(), { parameterConfig: true }),
        )
      audit(id, 'account.add', {
        userName: a.userName,
        level: a.level,
        parameterConfig: a.parameterConfig,
      })
      return a.parameterConfig ? list(id) : after
    },

    /**
     * Deletes one device account. The administrator (account 1, or any Administrator) and the
     * account the station logs in with are refused before sending (ADMIN_ACCOUNT); the request
     * carries the administrator's password in its URL, so HTTPS only.
     */
    async remove(id: string, accountId: string): Promise<AccountsView> {
      requireSecure(id)
      const view = await list(id)
      const account = view.accounts.find((x) => x.id === accountId)
      if (!account) throw codedFailure('NOT_FOUND', 'accountMissing', { accountId })
      if (account.id === '1' || account.level === 'Administrator' || account.isStation)
        throw codedFailure(
          'ADMIN_ACCOUNT',
          account.isStation && account.level !== 'Administrator'
            ? 'accountIsStation'
            : 'accountIsAdmin',
          { userName: account.userName },
          { accountId, userName: account.userName },
        )
      await call(id, (c) => c.accounts.remove(accountId, password(id)))
      audit(id, 'account.remove', { userName: account.userName, level: account.level })
      return list(id)
    },

    async setPassword(id: string, accountId: string, next: string): Promise<AccountsView> {
      requireSecure(id)
      const view = await list(id)
      const account = view.accounts.find((x) => x.id === accountId)
      if (!account) throw codedFailure('NOT_FOUND', 'accountMissing', { accountId })
      checkPassword(view, account.userName, next)
      const record = devices.record(id)
      const current = password(id)
      const write = (c: Parameters<Parameters<DeviceCall>[1]>[0]) =>
        c.accounts.update(accountId, {
          userName: account.userName,
          userLevel: account.level as 'Administrator',
          password: next,
          loginPassword: current,
        })
      if (!account.isStation) {
        await call(id, write)
        audit(id, 'account.password', { userName: account.userName })
        return view
      }
      const follow = () => {
        ctx.store.devices.put({
          ...devices.record(id),
          secretSealed: ctx.secrets.seal(next),
          updatedAt: ctx.clock.now().toISOString(),
        })
        devices.client(id).setCredentials(record.username, next)
        recordChange(ctx, 'devices')
      }
      try {
        await call(id, write)
      } catch (error) {
        const code = error instanceof AppFailure ? error.code : null
        if (code !== 'OFFLINE' && code !== 'TIMEOUT') throw error
        // outcome unknown: one login with the new password decides which one the terminal holds
        devices.client(id).setCredentials(record.username, next)
        try {
          await devices.client(id).system.userCheck()
        } catch {
          devices.client(id).setCredentials(record.username, current)
          throw error
        }
      }
      follow()
      audit(id, 'account.password', { userName: account.userName, station: true })
      return list(id)
    },
  }
}
