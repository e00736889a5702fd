import type { Device } from '../../shared/model'
import {
  flag,
  need,
  required,
  show,
  table,
  UsageError,
  type CliContext,
  type Command,
} from './context'

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

const row = (d: Device) => [
  d.name,
  `${d.host}:${d.port}`,
  d.model,
  d.firmwareVersion,
  d.health + (d.unlockAt ? ` until ${d.unlockAt}` : ''),
  d.id,
]

export const devicesCommands: Record<string, Command> = {
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
        password: required(cli, 'password'),
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
}
