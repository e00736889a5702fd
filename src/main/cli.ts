// Command-line front over the same station (and the same contract) as the UI.
//   npm run cli -- [--data-dir DIR] [--json] <command> [args]
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Result } from '../shared/result'
import { defaultDataDir } from './platform/data-dir'
import { systemClock } from './platform/clock'
import { consoleLogger } from './platform/logger'
import { keyFileSecretBox } from './platform/secret-box'
import { createStation, type Station } from './station'
import { STATION_VERSION } from './version'

const USAGE = `usage: npm run cli -- [--data-dir DIR] [--json] <command>
commands:
  info                      station version, data folder and roster counts
  settings get              current settings
  settings set KEY=VALUE…   change settings (language, theme, listenPort, listenAddress)
  call METHOD [JSON]        call any contract method with JSON arguments`

type Command = (station: Station, rest: string[]) => Promise<Result<unknown>>

const COMMANDS: Record<string, Command> = {
  info: (s) => s.call('station.info', {}),
  settings: async (s, [sub, ...pairs]) => {
    if (sub === 'get') return s.call('settings.get', {})
    if (sub === 'set') {
      const patch: Record<string, unknown> = {}
      for (const pair of pairs) {
        const [key, raw = ''] = pair.split('=', 2) as [string, string?]
        patch[key] = /^\d+$/.test(raw) ? Number(raw) : raw
      }
      return s.call('settings.set', patch)
    }
    return {
      ok: false,
      error: { code: 'INVALID_ARGS', message: `settings ${sub ?? ''}: expected get or set` },
    }
  },
  call: async (s, [method, json]) => {
    let args: unknown
    try {
      args = json ? JSON.parse(json) : {}
    } catch {
      return { ok: false, error: { code: 'INVALID_ARGS', message: 'arguments must be JSON' } }
    }
    return s.call(method ?? '', args)
  },
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const [name, ...rest] = positionals
  const command = name ? COMMANDS[name] : undefined
  if (values.help || !command) {
    process.stderr.write(USAGE + '\n')
    return values.help ? 0 : 2
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const station = createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: systemClock,
    logger: consoleLogger('cli', true),
    bridge: 'cli',
    version: STATION_VERSION,
  })
  try {
    const result = await command(station, rest)
    if (values.json) process.stdout.write(JSON.stringify(result) + '\n')
    else if (result.ok) process.stdout.write(JSON.stringify(result.value, null, 2) + '\n')
    else process.stderr.write(`error ${result.error.code}: ${result.error.message}\n`)
    return result.ok ? 0 : 1
  } finally {
    await station.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
