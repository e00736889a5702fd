import { readFile, stat, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { StationEvents } from '@shared/api'
import {
  MAX_CONFIG_BYTES,
  type ConfigBackup,
  type UpgradeOutcome,
} from '@shared/contract/maintenance'
import type { Device } from '@shared/model'
import { reasonText } from '@shared/reason-text'
import { passwdCommand } from './devices-passwd'
import {
  cliLang,
  flag,
  need,
  required,
  show,
  table,
  UsageError,
  type CliContext,
  type Command,
} from './context'
import { deviceBatchCommands, upgradeMany } from './devices-batch'
import { configKey, deviceMaintenanceCommands } from './devices-maintenance'
import { requiredPassword } from './password-input'

/** A device by id or by exact name. */
export async function resolveDevice(
  cli: CliContext,
  ref: string | undefined,
): Promise<Device | null> {
  if (!ref) throw new UsageError('name a terminal with --device (id or name)')
  const devices = need<Device[]>(cli, await cli.station.call('devices.list', {}))
  if (!devices) return null
  const found = devices.find((d) => d.id === ref) ?? devices.find((d) => d.name === ref)
  if (!found) cli.err(`error NOT_FOUND: no terminal "${ref}" (see: devices list)`)
  return found ?? null
}

/** Every `--device` given (none: an empty list = all terminals); null when one is unknown. */
export async function resolveDeviceFlags(cli: CliContext): Promise<string[] | null> {
  const refs = cli.flags.device
  const ids: string[] = []
  for (const ref of Array.isArray(refs) ? refs : typeof refs === 'string' ? [refs] : []) {
    const device = await resolveDevice(cli, ref)
    if (!device) return null
    ids.push(device.id)
  }
  return ids
}

/** `D FILE` positionals: the terminal, then a file. */
async function deviceAndFile(cli: CliContext): Promise<[Device | null, string]> {
  const [ref, file] = cli.args
  if (!file) throw new UsageError('name a terminal and a file')
  return [await resolveDevice(cli, ref), resolve(file)]
}

/** Prints upgrade progress lines on stderr (phase changes and every 10 %), not with --json. */
function printProgress(cli: CliContext, deviceId: string): () => void {
  let last = ''
  return cli.station.subscribe((event, payload) => {
    if (event !== 'upgrade.progress' || cli.json) return
    const p = payload as StationEvents['upgrade.progress']
    const key = `${p.phase}:${Math.floor(p.percent / 10)}`
    if (p.deviceId !== deviceId || key === last) return
    last = key
    cli.err(`  ${p.phase} ${p.percent}% — ${reasonText(p.reason, cliLang(cli))}`)
  })
}

const row = (d: Device) => [
  d.name,
  `${d.host}:${d.port}`,
  d.model,
  d.firmwareVersion,
  d.health + (d.unlockAt ? ` until ${d.unlockAt}` : ''),
  d.id,
]

export const devicesCommands: Record<string, Command> = {
  passwd: (cli) => passwdCommand(cli),
  ...deviceBatchCommands,
  ...deviceMaintenanceCommands,
  list: async (cli) => {
    const devices = need<Device[]>(cli, await cli.station.call('devices.list', {}))
    if (!devices) return 1
    return show(cli, devices, () =>
      devices.length
        ? table([['NAME', 'ADDRESS', 'MODEL', 'FIRMWARE', 'HEALTH', 'ID'], ...devices.map(row)])
        : 'No terminals yet. Add one: devices add --host H --user U --password P',
    )
  },
  add: async (cli) => {
    const host = required(cli, 'host')
    const https = cli.flags.https === true
    const device = need<Device>(
      cli,
      await cli.station.call('devices.add', {
        name: flag(cli, 'name') ?? host,
        host,
        port: Number(flag(cli, 'port') ?? (https ? 443 : 80)),
        protocol: https ? 'https' : 'http',
        username: flag(cli, 'user') ?? 'admin',
        password: await requiredPassword(cli),
        site: flag(cli, 'site') ?? '',
      }),
    )
    if (!device) return 1
    return show(
      cli,
      device,
      () =>
        `Added ${device.name}: ${device.model} ${device.firmwareVersion}, serial ${device.serialNumber} (${device.id})`,
    )
  },
  remove: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
    if (!device) return 1
    const r = need<{ removed: boolean }>(
      cli,
      await cli.station.call('devices.remove', { id: device.id }),
    )
    return r ? show(cli, r, () => `Removed ${device.name}.`) : 1
  },
  check: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
    if (!device) return 1
    const checked = need<Device>(cli, await cli.station.call('devices.check', { id: device.id }))
    if (!checked) return 1
    show(
      cli,
      checked,
      () =>
        `${checked.name}: ${checked.health}${checked.healthReason ? ` — ${checked.healthReason}` : ''}${checked.clockDriftSeconds !== null ? ` (clock drift ${checked.clockDriftSeconds} s)` : ''}`,
    )
    return checked.health === 'online' ? 0 : 1
  },
  upgrade: async (cli) => {
    if (cli.args.length > 2 || flag(cli, 'all-model') !== undefined) return upgradeMany(cli)
    const [device, filePath] = await deviceAndFile(cli)
    if (!device) return 1
    const off = printProgress(cli, device.id)
    try {
      const r = need<UpgradeOutcome>(
        cli,
        await cli.station.call('devices.upgrade', { id: device.id, filePath }),
      )
      if (!r) return 1
      return show(
        cli,
        r,
        () =>
          `${device.name}: firmware ${r.previousVersion} → ${r.firmwareVersion} (${r.device.health}, ${Math.round(r.durationMs / 1000)} s)`,
      )
    } finally {
      off()
    }
  },
  reboot: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
    if (!device) return 1
    const r = need<{ device: Device; downtimeMs: number }>(
      cli,
      await cli.station.call('devices.reboot', { id: device.id }),
    )
    if (!r) return 1
    show(
      cli,
      r,
      () =>
        `${device.name} rebooted and is back (${r.device.health}, ${Math.round(r.downtimeMs / 1000)} s).`,
    )
    return r.device.health === 'online' ? 0 : 1
  },
  backup: async (cli) => {
    const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
    if (!device) return 1
    const b = need<ConfigBackup>(
      cli,
      await cli.station.call('devices.backupConfig', { id: device.id, ...(await configKey(cli)) }),
    )
    if (!b) return 1
    const path = resolve(flag(cli, 'out') ?? b.fileName)
    try {
      await writeFile(path, Buffer.from(b.dataBase64, 'base64'), { flag: 'wx' })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'CONFLICT' : 'INTERNAL'
      cli.err(`error ${code}: cannot write ${path}: ${(error as Error).message}`)
      return 1
    }
    return show(
      cli,
      { fileName: b.fileName, path, bytes: b.bytes },
      () => `Saved the configuration of ${device.name} to ${path} (${b.bytes} bytes).`,
    )
  },
  restore: async (cli) => {
    const [device, filePath] = await deviceAndFile(cli)
    if (!device) return 1
    const info = await stat(filePath).catch(() => undefined)
    if (!info?.isFile()) {
      cli.err(`error NOT_FOUND: there is no file at ${filePath}`)
      return 1
    }
    if (info.size > MAX_CONFIG_BYTES) {
      cli.err(`error INVALID_ARGS: ${filePath} is larger than a configuration file can be`)
      return 1
    }
    const dataBase64 = (await readFile(filePath)).toString('base64')
    const key = await configKey(cli)
    const r = need<{ device: Device; rebooted: boolean }>(
      cli,
      await cli.station.call('devices.restoreConfig', { id: device.id, dataBase64, ...key }),
    )
    if (!r) return 1
    show(
      cli,
      r,
      () => `Restored the configuration of ${device.name}; it rebooted and is ${r.device.health}.`,
    )
    return r.device.health === 'online' ? 0 : 1
  },
}
