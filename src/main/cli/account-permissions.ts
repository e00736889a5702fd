// devices accounts check <D>                 the terminal's login check of the station's account
// devices accounts grant|revoke <D> <USER>   remote configuration for an operator or viewer
import type { LoginCheckView } from '@shared/contract/account-permissions'
import type { AccountsView } from '@shared/contract/terminal'
import { need, show, table, type Command } from './context'
import { resolveDevice } from './devices'
import { findAccount } from './account-lookup'

export const accountsCheckCommand: Command = async (cli) => {
  const device = await resolveDevice(cli, cli.args[0])
  if (!device) return 1
  const v = need<LoginCheckView>(
    cli,
    await cli.station.call('accounts.loginCheck', { id: device.id }),
  )
  return v
    ? show(cli, v, () =>
        v.defaultPassword
          ? `${device.name} accepts ${v.userName}, whose password is still the factory default: change it (accounts passwd).`
          : v.riskPassword
            ? `${device.name} accepts ${v.userName}, but calls its password weak: change it (accounts passwd).`
            : `${device.name} accepts ${v.userName}; the password is not weak.`,
      )
    : 1
}

const permission =
  (parameterConfig: boolean): Command =>
  async (cli) => {
    const found = await findAccount(cli, parameterConfig ? 'grant' : 'revoke')
    if (!found) return 1
    const { device, account } = found
    const v = need<AccountsView>(
      cli,
      await cli.station.call('accounts.setPermission', {
        id: device.id,
        accountId: account.id,
        parameterConfig,
      }),
    )
    return v
      ? show(cli, v, () =>
          [
            `${parameterConfig ? 'Granted' : 'Withdrew'} remote configuration ${parameterConfig ? 'to' : 'from'} ${account.userName} on ${device.name}.`,
            table([
              ['USER', 'LEVEL', 'REMOTE CONFIG'],
              ...v.accounts.map((a) => [
                a.userName,
                a.level,
                a.parameterConfig === undefined ? '' : a.parameterConfig ? 'yes' : 'no',
              ]),
            ]),
          ].join('\n'),
        )
      : 1
  }

export const accountsGrantCommand = permission(true)
export const accountsRevokeCommand = permission(false)
