// devices log <D> [--from T] [--to T] [--type Operation] [--out FILE.csv]
// devices accounts list <D> | add <D> <USER> --level operator|viewer [--config] | passwd <D> <USER>
//   | remove <D> <USER>   (an operator or viewer; the administrator cannot be deleted)
import { writeFile } from 'node:fs/promises'
import { accountsLevelsCommand, accountsPermissionsCommand } from './account-rights'
import { resolve } from 'node:path'
import type { AccountsView, LogPageView } from '@shared/contract/terminal'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'
import { readSecret } from './secret-input'
import {
  accountsCheckCommand,
  accountsGrantCommand,
  accountsRevokeCommand,
} from './account-permissions'
import { findAccount } from './account-lookup'

const TYPES = ['Alarm', 'Exception', 'Operation', 'Information'] as const

function logFilter(cli: CliContext) {
  const type = flag(cli, 'type')
  const major = type ? TYPES.find((t) => t.toLowerCase() === type.toLowerCase()) : undefined
  if (type && !major) throw new UsageError(`--type is one of ${TYPES.join(', ')}`)
  const from = flag(cli, 'from')
  const to = flag(cli, 'to')
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(major ? { major } : {}) }
}

export const logCommand: Command = async (cli) => {
  const device = await resolveDevice(cli, cli.args[0])
  if (!device) return 1
  const filter = logFilter(cli)
  const out = flag(cli, 'out')
  if (out) {
    const r = need<{ csv: string; rows: number; truncated: boolean }>(
      cli,
      await cli.station.call('devices.logExport', { id: device.id, ...filter }),
    )
    if (!r) return 1
    const path = resolve(out)
    await writeFile(path, r.csv, { flag: 'wx' })
    return show(
      cli,
      { path, rows: r.rows, truncated: r.truncated },
      () =>
        `Wrote ${r.rows} log lines of ${device.name} to ${path}${r.truncated ? ' (first 10 000 only)' : ''}.`,
    )
  }
  const entries: LogPageView['entries'] = []
  for (let position: number | null = 0; position !== null && entries.length < 10_000;) {
    const page: LogPageView | null = need<LogPageView>(
      cli,
      await cli.station.call('devices.log', { id: device.id, ...filter, position, limit: 100 }),
    )
    if (!page) return 1
    entries.push(...page.entries)
    position = page.next
  }
  return show(cli, entries, () =>
    entries.length
      ? table([
          ['TIME', 'TYPE', 'EVENT', 'USER', 'ADDRESS', 'INFO'],
          ...entries.map((e) => [
            e.time,
            e.majorLabel?.en ?? e.major,
            e.minorLabel ? `${e.minorLabel.en} (${e.minor})` : e.minor,
            e.userName,
            e.ipAddress,
            e.info,
          ]),
        ])
      : `${device.name}: no log entries in this period.`,
  )
}

const accountsTable = (v: AccountsView): string =>
  table([
    ['ID', 'USER', 'LEVEL', 'REMOTE CONFIG', ''],
    ...v.accounts.map((a) => [
      a.id,
      a.userName,
      a.level,
      a.parameterConfig === undefined ? '' : a.parameterConfig ? 'yes' : 'no',
      a.isStation ? '(the station logs in with this)' : '',
    ]),
  ])

const accountCommands: Record<string, Command> = {
  list: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const v = need<AccountsView>(cli, await cli.station.call('accounts.list', { id: device.id }))
    return v ? show(cli, v, () => accountsTable(v)) : 1
  },
  add: async (cli) => {
    const [ref, userName] = cli.args
    if (!userName) throw new UsageError('name a terminal and the new account: accounts add D USER')
    const level = (flag(cli, 'level') ?? 'operator').toLowerCase()
    if (level !== 'operator' && level !== 'viewer')
      throw new UsageError('--level is operator or viewer')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const password = await readSecret({ stdin: cli.flags['password-stdin'] === true })
    const v = need<AccountsView>(
      cli,
      await cli.station.call('accounts.add', {
        id: device.id,
        userName,
        level: level === 'operator' ? 'Operator' : 'Viewer',
        password,
        parameterConfig: cli.flags.config === true,
      }),
    )
    return v ? show(cli, v, () => `Added ${userName} to ${device.name}.\n${accountsTable(v)}`) : 1
  },
  passwd: async (cli) => {
    const found = await findAccount(cli, 'passwd')
    if (!found) return 1
    const { device, account } = found
    const password = await readSecret({ stdin: cli.flags['password-stdin'] === true })
    const v = need<AccountsView>(
      cli,
      await cli.station.call('accounts.setPassword', {
        id: device.id,
        accountId: account.id,
        password,
      }),
    )
    return v
      ? show(cli, v, () =>
          account.isStation
            ? `Changed the password of ${account.userName} on ${device.name}; the station now uses the new one.`
            : `Changed the password of ${account.userName} on ${device.name}.`,
        )
      : 1
  },
}

accountCommands.remove = async (cli) => {
  const found = await findAccount(cli, 'remove')
  if (!found) return 1
  const { device, account } = found
  const v = need<AccountsView>(
    cli,
    await cli.station.call('accounts.remove', { id: device.id, accountId: account.id }),
  )
  return v
    ? show(cli, v, () => `Deleted ${account.userName} from ${device.name}.\n${accountsTable(v)}`)
    : 1
}

accountCommands.check = accountsCheckCommand
accountCommands.grant = accountsGrantCommand
accountCommands.revoke = accountsRevokeCommand
accountCommands.permissions = accountsPermissionsCommand
accountCommands.levels = accountsLevelsCommand

export const accountsCommand: Command = async (cli) => {
  const [action = '', ...rest] = cli.args
  const command = accountCommands[action]
  if (!command)
    throw new UsageError(
      'devices accounts list|add|passwd|remove|check|grant|revoke|permissions|levels D …',
    )
  return command({ ...cli, args: rest })
}
