// Maintenance commands beyond the basic four (devices.ts):
//   devices factory-reset D --mode basic|part|full --confirm NAME   (the terminal's name typed back)
//   devices upgrade-peripheral D FILE --module N [--type cardReader]  (a reader / module's firmware)
//   the configuration file's key for `devices backup|restore D … --key-stdin`: the first line of
//   standard input, or STATION_CONFIG_KEY — never a flag value (it would stay in the shell's
//   history and the process list), never printed.
import { resolve } from 'node:path'
import type { StationEvents } from '@shared/api'
import type { PeripheralUpgradeOutcome } from '@shared/contract/peripheral'
import type { Device } from '@shared/model'
import { flag, need, required, show, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

export const CONFIG_KEY_ENV = 'STATION_CONFIG_KEY'
const MODES = ['basic', 'part', 'full'] as const

/** The key to encrypt (backup) or open (restore) a configuration file with, if one is given. */
export async function configKey(
  cli: CliContext,
  stdin: AsyncIterable<Buffer | string> = process.stdin,
  env: Record<string, string | undefined> = process.env,
): Promise<{ secretKey?: string }> {
  if (cli.flags['key-stdin'] === true) {
    const fromEnv = env[CONFIG_KEY_ENV]
    if (fromEnv) return { secretKey: fromEnv }
    let text = ''
    for await (const chunk of stdin) {
      text += String(chunk)
      if (text.includes('\n') || text.length > 4096) break
    }
    const line = text.split(/\r?\n/)[0] ?? ''
    if (!line) throw new UsageError('--key-stdin: standard input held no key')
    return { secretKey: line }
  }
  return {}
}

export const deviceMaintenanceCommands: Record<string, Command> = {
  'factory-reset': async (cli) => {
    const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
    if (!device) return 1
    const mode = required(cli, 'mode')
    if (!(MODES as readonly string[]).includes(mode))
      throw new UsageError(`--mode is one of ${MODES.join(', ')}`)
    const confirm = required(cli, 'confirm')
    const r = need<{ device: Device; mode: string }>(
      cli,
      await cli.station.call('devices.factoryReset', {
        id: device.id,
        mode: mode as (typeof MODES)[number],
        confirm,
      }),
    )
    if (!r) return 1
    return show(cli, r, () =>
      r.mode === 'full'
        ? `${device.name} was reset to factory settings (full): activate it again before use.`
        : `${device.name} was reset to factory settings (${r.mode}) and is ${r.device.health}.`,
    )
  },
  'upgrade-peripheral': async (cli) => {
    const [ref, file] = cli.args
    if (!file) throw new UsageError('devices upgrade-peripheral D FILE --module N [--type T]')
    const module = Number(required(cli, 'module'))
    if (!Number.isInteger(module) || module < 0)
      throw new UsageError('--module is the reader or module number (see the terminal page)')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    let last = ''
    const off = cli.station.subscribe((event, payload) => {
      if (event !== 'upgrade.progress' || cli.json) return
      const p = payload as StationEvents['upgrade.progress']
      const key = `${p.phase}:${Math.floor(p.percent / 25)}`
      if (p.deviceId !== device.id || key === last) return
      last = key
      cli.err(`  ${p.phase} ${p.percent}% — ${p.message}`)
    })
    try {
      const type = flag(cli, 'type') ?? 'cardReader'
      const r = need<PeripheralUpgradeOutcome>(
        cli,
        await cli.station.call('devices.upgradePeripheral', {
          id: device.id,
          type,
          module,
          filePath: resolve(file),
        }),
      )
      if (!r) return 1
      return show(
        cli,
        r,
        () =>
          `${device.name}: ${r.type} ${r.module} ${r.previousVersion ?? '?'} → ${r.version ?? 'version not reported'} (${Math.round(r.durationMs / 1000)} s)`,
      )
    } finally {
      off()
    }
  },
}
