// A terminal and one of its accounts, named by user name or id (devices accounts passwd, remove,
// grant, revoke): the terminal resolved, its accounts read, NOT_FOUND said when none matches.
import type { AccountsView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import { need, UsageError, type CliContext } from './context'
import { resolveDevice } from './devices'

export async function findAccount(
  cli: CliContext,
  verb: string,
): Promise<{ device: Device; account: AccountsView['accounts'][number] } | null> {
  const [ref, who] = cli.args
  if (!who) throw new UsageError(`name a terminal and the account: accounts ${verb} D USER`)
  const device = await resolveDevice(cli, ref)
  if (!device) return null
  const list = need<AccountsView>(cli, await cli.station.call('accounts.list', { id: device.id }))
  if (!list) return null
  const account = list.accounts.find((a) => a.userName === who || a.id === who)
  if (!account) {
    cli.err(`error NOT_FOUND: ${device.name} has no account "${who}"`)
    return null
  }
  return { device, account }
}
