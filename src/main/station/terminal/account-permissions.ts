// Device accounts, continued: the station's login check (guide 21.2.1 userCheck: does the
// terminal call the station's password weak, or the factory default?) and granting remote
// configuration to one limited account (21.2.3 read the account, 21.2.11 the permission
// capability, 21.2.10 the account's permission document, 21.2.9 write it back changed).
// Read-modify-write: every permission flag the station does not touch travels back as the
// terminal sent it. No password is sent by either, so plain HTTP is allowed.
import type { LoginCheckView } from '@shared/contract/account-permissions'
import type { AccountsView } from '@shared/contract/terminal'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { accountsService } from './accounts'
import type { DeviceCall } from './device-call'
import { codedFailure } from '@shared/coded-failure'

export function accountPermissionsService(
  ctx: StationContext,
  devices: DeviceService,
  call: DeviceCall,
) {
  const accounts = accountsService(ctx, devices, call)

  return {
    async loginCheck(id: string): Promise<LoginCheckView> {
      const device = devices.get(id)
      // never resend credentials the terminal refused or locked (one failed login at most)
      if (device.health === 'authFailed' || device.health === 'locked')
        throw codedFailure('AUTH_FAILED', 'passwordRefusedEarlier', { terminal: device.name })
      const u = await call(id, (c) => c.system.userCheck())
      return {
        userName: device.username,
        riskPassword: u.isRiskPassword === true,
        defaultPassword: u.isDefaultPassword === true,
      }
    },

    async setPermission(
      id: string,
      accountId: string,
      parameterConfig: boolean,
    ): Promise<AccountsView> {
      const name = devices.record(id).name
      const [account, caps] = await call(id, (c) =>
        Promise.all([c.accounts.get(accountId), c.accounts.permissionCaps()]),
      )
      if (account.userLevel === 'Administrator' || accountId === '1')
        throw codedFailure(
          'ADMIN_ACCOUNT',
          'adminPermissionsFixed',
          { userName: account.userName },
          { accountId, userName: account.userName },
        )
      if (!caps.remote.includes('parameterConfig'))
        throw codedFailure('NOT_SUPPORTED', 'remoteConfigUnsupported', { terminal: name })
      const doc = await call(id, (c) => c.accounts.permission(accountId))
      const remote = { ...(doc.remotePermission as Record<string, unknown> | undefined) }
      remote.parameterConfig = parameterConfig
      await call(id, (c) =>
        c.accounts.putPermission(accountId, { ...doc, remotePermission: remote }),
      )
      const back = await call(id, (c) => c.accounts.permission(accountId))
      const now = String(
        (back.remotePermission as Record<string, unknown> | undefined)?.parameterConfig,
      )
      if (now !== String(parameterConfig))
        throw codedFailure(
          'DEVICE_REJECTED',
          now === 'true' ? 'remoteConfigKeptGranted' : 'remoteConfigKeptWithdrawn',
          { terminal: name, userName: account.userName },
          { accountId },
        )
      ctx.audit('account.permission', `device:${id}`, {
        userName: account.userName,
        parameterConfig,
      })
      return accounts.list(id)
    },
  }
}
