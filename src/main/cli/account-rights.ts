// devices accounts permissions D                              every account's remote permissions
// devices accounts permissions D USER=+upgrade,-logOrStateCheck …   several accounts, one request
// devices accounts levels D USER=operator|viewer …           several accounts' levels, one request
import type { AccountRightsView } from '@shared/contract/account-rights'
import type { Device } from '@shared/model'
import { need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

export function rightsTable(v: AccountRightsView): string {
  const names = [...new Set(v.accounts.flatMap((a) => Object.keys(a.remote)))]
  return table([
    ['USER', 'LEVEL', ...names.map((n) => (v.grantable.includes(n) ? `${n}*` : n))],
    ...v.accounts.map((a) => [
      a.userName,
      a.level,
      ...names.map((n) => (a.remote[n] === undefined ? '' : a.remote[n] ? 'yes' : 'no')),
    ]),
  ])
}

async function load(cli: CliContext): Promise<{ device: Device; v: AccountRightsView } | null> {
  if (!cli.args[0]) throw new UsageError('name a terminal: devices accounts permissions D …')
  const device = await resolveDevice(cli, cli.args[0])
  if (!device) return null
  const v = need<AccountRightsView>(
    cli,
    await cli.station.call('accounts.rights', { id: device.id }),
  )
  return v ? { device, v } : null
}

const accountId = (v: AccountRightsView, who: string): string => {
  const a = v.accounts.find((x) => x.userName === who || x.id === who)
  if (!a) throw new UsageError(`no account "${who}"`)
  return a.id
}

const pairs = (cli: CliContext, usage: string): [string, string][] =>
  cli.args.slice(1).map((p) => {
    const at = p.lastIndexOf('=')
    if (at < 1) throw new UsageError(usage)
    return [p.slice(0, at), p.slice(at + 1)]
  })

export const accountsPermissionsCommand: Command = async (cli) => {
  const loaded = await load(cli)
  if (!loaded) return 1
  const { device, v } = loaded
  const usage = 'devices accounts permissions D [USER=+perm,-perm …]'
  const changes = pairs(cli, usage)
  if (changes.length === 0)
    return show(cli, v, () => `${device.name} (* = may be granted)\n${rightsTable(v)}`)
  const rights = changes.map(([who, spec]) => ({
    accountId: accountId(v, who),
    remote: Object.fromEntries(
      spec.split(',').map((s) => {
        if (!/^[+-]\w+$/.test(s)) throw new UsageError(usage)
        return [s.slice(1), s.startsWith('+')]
      }),
    ),
  }))
  const after = need<AccountRightsView>(
    cli,
    await cli.station.call('accounts.setRights', { id: device.id, rights }),
  )
  return after ? show(cli, after, () => `Saved on ${device.name}.\n${rightsTable(after)}`) : 1
}

export const accountsLevelsCommand: Command = async (cli) => {
  const loaded = await load(cli)
  if (!loaded) return 1
  const { device, v } = loaded
  const usage = 'devices accounts levels D USER=operator|viewer …'
  const changes = pairs(cli, usage)
  if (changes.length === 0) throw new UsageError(usage)
  const levels = changes.map(([who, level]) => {
    const l = level.toLowerCase()
    if (l !== 'operator' && l !== 'viewer') throw new UsageError(usage)
    return {
      accountId: accountId(v, who),
      level: l === 'operator' ? ('Operator' as const) : ('Viewer' as const),
    }
  })
  const after = need<AccountRightsView>(
    cli,
    await cli.station.call('accounts.setLevels', { id: device.id, levels }),
  )
  return after ? show(cli, after, () => `Saved on ${device.name}.\n${rightsTable(after)}`) : 1
}
