// Day-one CLI: find terminals on the LAN, activate the new ones with one password, add all
// found (or a range of addresses) with one account; the roster's duplicates.
import { expandAddressRange } from '@shared/address-range'
import type {
  BatchTargetOutcome,
  DiscoveryReport,
  DuplicateGroup,
  FoundTerminal,
} from '@shared/contract/onboard'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { requiredPassword } from './password-input'
import { checkFaces } from './face-check'

function timeoutMs(cli: CliContext): number {
  const s = Number(flag(cli, 'timeout') ?? 3)
  if (!Number.isFinite(s) || s < 0.2 || s > 30)
    throw new UsageError('--timeout is in seconds, 0.2 to 30')
  return Math.round(s * 1000)
}

const discover = async (cli: CliContext): Promise<DiscoveryReport | null> =>
  need<DiscoveryReport>(
    cli,
    await cli.station.call('devices.discover', { timeoutMs: timeoutMs(cli) }),
  )

export const terminalName = (t: FoundTerminal): string =>
  `${t.model || 'terminal'}-${t.serialNumber.slice(-9)}`

const outcomes = (cli: CliContext, verb: string, list: BatchTargetOutcome[]): number => {
  show(cli, list, () =>
    list.length === 0
      ? `Nothing to ${verb}.`
      : table([
          ['ADDRESS', 'RESULT'],
          ...list.map((o) => [
            `${o.host}:${o.port}`,
            o.ok ? `${verb}d as ${o.name ?? ''}` : `${o.error?.code}: ${o.error?.message}`,
          ]),
        ]),
  )
  return list.every((o) => o.ok) ? 0 : 1
}

export const onboardDeviceCommands: Record<string, Command> = {
  discover: async (cli) => {
    const r = await discover(cli)
    if (!r) return 1
    return show(cli, r, () =>
      [
        r.terminals.length
          ? table([
              ['ADDRESS', 'MODEL', 'SERIAL', 'MAC', 'FIRMWARE', 'ACTIVATED', 'ADDED'],
              ...r.terminals.map((t) => [
                `${t.address}:${t.httpPort}`,
                t.model,
                t.serialNumber,
                t.mac,
                t.firmware,
                t.activated ? 'yes' : 'NO (new)',
                t.deviceId ? 'yes' : '',
              ]),
            ])
          : 'No terminal answered.',
        ...(r.malformed ? [`${r.malformed} malformed answer(s) ignored.`] : []),
      ].join('\n'),
    )
  },
  activate: async (cli) => {
    if (cli.flags['all-new'] !== true)
      throw new UsageError(
        'devices activate --all-new --password PW (activates every new terminal found)',
      )
    const password = await requiredPassword(cli)
    const r = await discover(cli)
    if (!r) return 1
    const fresh = r.terminals.filter((t) => !t.activated)
    if (fresh.length === 0) return outcomes(cli, 'activate', [])
    const list = need<BatchTargetOutcome[]>(
      cli,
      await cli.station.call('devices.activateMany', {
        password,
        site: flag(cli, 'site') ?? '',
        targets: fresh.map((t) => ({ host: t.address, port: t.httpPort, name: terminalName(t) })),
      }),
    )
    return list ? outcomes(cli, 'activate', list) : 1
  },
  'add-all': async (cli) => {
    const password = await requiredPassword(cli)
    const rangeText = flag(cli, 'range')
    let targets: { host: string; port: number; name?: string }[]
    if (rangeText) {
      const range = expandAddressRange(rangeText)
      if (!range.ok) throw new UsageError(`--range: ${range.problem} (e.g. 192.168.1.10-40)`)
      const port = Number(flag(cli, 'port') ?? 80)
      targets = range.hosts.map((host) => ({ host, port }))
    } else {
      const r = await discover(cli)
      if (!r) return 1
      targets = r.terminals
        .filter((t) => t.activated && !t.deviceId)
        .map((t) => ({ host: t.address, port: t.httpPort, name: terminalName(t) }))
    }
    if (targets.length === 0) return outcomes(cli, 'add', [])
    const list = need<BatchTargetOutcome[]>(
      cli,
      await cli.station.call('devices.addMany', {
        username: flag(cli, 'user') ?? 'admin',
        password,
        site: flag(cli, 'site') ?? '',
        targets,
      }),
    )
    return list ? outcomes(cli, 'add', list) : 1
  },
}

const KIND_WORDS: Record<DuplicateGroup['kind'], string> = {
  card: 'same card',
  employeeNo: 'same employee number',
  fingerprint: 'same fingerprint',
  face: 'same face picture',
  faceLikeness: 'faces alike (terminal)',
}

const keyWords = (g: DuplicateGroup): string =>
  g.kind === 'faceLikeness' ? g.key.replace('\u0000', '+') : g.key.slice(0, 16)

export const duplicatesCommand: Command = async (cli) => {
  if (cli.flags.faces === true && !(await checkFaces(cli))) return 1
  const groups = need<DuplicateGroup[]>(cli, await cli.station.call('persons.duplicates', {}))
  if (!groups) return 1
  show(cli, groups, () =>
    groups.length === 0
      ? 'No duplicates.'
      : groups
          .map(
            (g) =>
              `${KIND_WORDS[g.kind]} (${keyWords(g)}): ` +
              g.members
                .map(
                  (m) =>
                    `${m.employeeNo} ${m.name}${m.value && g.kind !== 'employeeNo' ? ` [${m.value}]` : ''}`,
                )
                .join(', '),
          )
          .join('\n'),
  )
  return groups.length === 0 ? 0 : 1
}
