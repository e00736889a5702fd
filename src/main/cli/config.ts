// `config list|get|caps|set`: a terminal's own configuration resources (contract/config.ts).
// `config set all …` checks the change on every terminal first and sends nothing anywhere when
// one of them refuses it; then writes terminal by terminal and reports each.
import type { Device } from '@shared/model'
import type {
  ConfigCaps,
  ConfigDocument,
  ConfigResourceInfo,
  ConfigSetResult,
  ConfigValue,
} from '@shared/contract/config'
import type { Result } from '@shared/result'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'
import { secretsFromStdin } from './config-secrets'

const USAGE = `config list <device>
config get <device> <Resource> [--id N] [--json]
config caps <device> <Resource> [--id N] [--json]
config set <device|all> <Resource> [--id N] key=value ...   (key=- reads a secret from stdin)`

function instanceFlag(cli: CliContext): number | undefined {
  const raw = flag(cli, 'id')
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--id takes a number, not "${raw}"`)
  return n
}

function target(cli: CliContext): { device: string; resource: string } {
  const [device, resource] = cli.args
  if (!device || !resource) throw new UsageError(USAGE)
  return { device, resource }
}

const print = (v: ConfigValue | null): string => (v === null ? '—' : String(v))

function changesOf(pairs: string[]): Record<string, ConfigValue> {
  if (pairs.length === 0) throw new UsageError('give at least one key=value')
  const out: Record<string, ConfigValue> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    if (at < 1) throw new UsageError(`expected key=value, not "${pair}"`)
    out[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return out
}

/** A numbered option with words (a fingerprint level): "5 (False accepts: 1 in 100,000)". */
const option = (f: ConfigCaps['fields'][number], o: string): string => {
  const words = f.optionLabels?.[o]
  return words && /^\d+$/.test(o) ? `${o} (${words.en})` : o
}

const constraint = (f: ConfigCaps['fields'][number]): string =>
  f.options
    ? f.options.map((o) => option(f, o)).join(' | ')
    : f.type === 'number' && (f.min !== undefined || f.max !== undefined)
      ? `${f.min ?? ''}..${f.max ?? ''}`
      : f.type === 'string' && f.maxLength !== undefined
        ? `${f.minLength ?? 0}..${f.maxLength} bytes`
        : ''

export const configCommands: Record<string, Command> = {
  list: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const list = need<ConfigResourceInfo[]>(
      cli,
      await cli.station.call('config.list', { deviceId: device.id }),
    )
    if (!list) return 1
    const lacking = list.filter((r) => !r.offered).map((r) => r.id)
    return show(cli, list, () =>
      [
        table([
          ['RESOURCE', 'SECTION', 'SCOPE', 'IDS', 'GUIDE', 'WHAT'],
          ...list
            .filter((r) => r.offered)
            .map((r) => [r.id, r.group, r.scope, r.ids.join(',') || '-', r.guide, r.label.en]),
        ]),
        ...(lacking.length ? [`not on this terminal: ${lacking.join(', ')}`] : []),
      ].join('\n'),
    )
  },
  get: async (cli) => {
    const { device: ref, resource } = target(cli)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const instance = instanceFlag(cli)
    const doc = need<ConfigDocument>(
      cli,
      await cli.station.call('config.get', { deviceId: device.id, resource, instance }),
    )
    if (!doc) return 1
    return show(cli, doc, () =>
      Object.entries(doc.values)
        .map(([k, v]) => `${k} = ${print(v)}`)
        .join('\n'),
    )
  },
  caps: async (cli) => {
    const { device: ref, resource } = target(cli)
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const instance = instanceFlag(cli)
    const caps = need<ConfigCaps>(
      cli,
      await cli.station.call('config.caps', { deviceId: device.id, resource, instance }),
    )
    if (!caps) return 1
    return show(cli, caps, () =>
      table([
        ['FIELD', 'TYPE', 'ALLOWED', ''],
        ...caps.fields.map((f) => [
          f.key,
          f.type,
          constraint(f),
          f.readOnly
            ? 'read-only'
            : f.secret
              ? 'write-only: give key=- and the value on stdin'
              : '',
        ]),
      ]),
    )
  },
  set: async (cli) => {
    const { device: ref, resource } = target(cli)
    const changes = await secretsFromStdin(changesOf(cli.args.slice(2)))
    const instance = instanceFlag(cli)
    let devices: Device[]
    if (ref === 'all') {
      const all = need<Device[]>(cli, await cli.station.call('devices.list', {}))
      if (!all) return 1
      devices = all
    } else {
      const one = await resolveDevice(cli, ref)
      if (!one) return 1
      devices = [one]
    }
    const call = (d: Device, checkOnly: boolean) =>
      cli.station.call('config.set', {
        deviceId: d.id,
        resource,
        instance,
        changes,
        checkOnly,
      }) as Promise<Result<ConfigSetResult>>
    // every terminal checks the change first: one refusal and nothing is sent anywhere
    if (devices.length > 1)
      for (const d of devices) {
        const r = await call(d, true)
        if (!r.ok) {
          need(cli, r)
          cli.err(`nothing was sent (${d.name} refused the change)`)
          return 1
        }
      }
    const report: { device: string; ok: boolean; result?: ConfigSetResult; error?: unknown }[] = []
    for (const d of devices) {
      const r = await call(d, false)
      report.push(
        r.ok
          ? { device: d.name, ok: true, result: r.value }
          : { device: d.name, ok: false, error: r.error },
      )
    }
    const failed = report.filter((r) => !r.ok).length
    if (devices.length === 1 && !report[0]!.ok) {
      need(cli, { ok: false, error: report[0]!.error as never })
      return 1
    }
    show(cli, devices.length === 1 ? report[0]!.result : report, () =>
      report
        .map((r) =>
          r.ok
            ? `${r.device}: ${
                r.result!.changed.length
                  ? r
                      .result!.changed.map((c) => `${c.key} ${print(c.before)} → ${print(c.after)}`)
                      .join(', ')
                  : 'no change'
              }${stationRenameText(r.result!)}`
            : `${r.device}: error ${(r.error as { code: string; message: string }).code}: ${(r.error as { message: string }).message}`,
        )
        .join('\n'),
    )
    return failed > 0 ? 1 : 0
  },
}

/** DeviceInfo.deviceName changed: whether the station's own name for the terminal followed. */
const stationRenameText = (r: ConfigSetResult): string =>
  !r.stationRename
    ? ''
    : r.stationRename.done
      ? `; the station's list follows: "${r.stationRename.from}" is now "${r.stationRename.to}"`
      : `; the station still lists it as "${r.stationRename.from}"`
