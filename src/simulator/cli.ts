// npm run simulator -- --devices N [--port P] [--profile NAME[,NAME…]] [--latency MS] [--https]
//                      [--data-dir DIR] [--json] [--control-port P] [--auto-capture[=MS]] [--password PW]
//                      [--firmware face-terminal|face-terminal-v3|door-station|camera]
import { startFleet } from './fleet.js'
import { FIRMWARE_IDS, isFirmwareId } from './profiles/firmware.js'
import { isProfileId } from './profiles/index.js'
import { PROFILE_IDS } from './profiles/types.js'
import type { ProfileId } from './profiles/types.js'
import type { FleetOptions } from './types.js'

function usage(msg: string): never {
  process.stderr.write(
    `${msg}\nusage: simulator --devices N [--port P] [--profile ${PROFILE_IDS.join('|')}[,…]] [--latency MS] [--https] [--no-rtsp] [--data-dir DIR] [--json] [--control-port P] [--auto-capture[=MS]] [--password PW] [--firmware ${FIRMWARE_IDS.join('|')}]\n`,
  )
  process.exit(2)
}

export function parseArgs(argv: string[]): { options: FleetOptions; json: boolean } {
  const options: FleetOptions = {}
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!
    const [flag, inline] = raw.includes('=')
      ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
      : [raw, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined) usage(`${flag} needs a value`)
      return v
    }
    const int = (): number => {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 0) usage(`${flag} needs a non-negative integer`)
      return n
    }
    switch (flag) {
      case '--devices':
        options.devices = int()
        if (options.devices < 1) usage('--devices must be ≥ 1')
        break
      case '--port':
        options.port = int()
        break
      case '--control-port':
        options.controlPort = int()
        break
      case '--profile': {
        const ids = value().split(',')
        for (const id of ids) if (!isProfileId(id)) usage(`unknown profile ${id}`)
        options.profile = ids as ProfileId[]
        break
      }
      case '--firmware': {
        const id = value()
        if (!isFirmwareId(id)) usage(`unknown firmware ${id}`)
        options.firmware = id
        break
      }
      case '--latency':
        options.latencyMs = int()
        break
      case '--https':
        options.https = true
        break
      case '--no-rtsp':
        options.rtsp = false
        break
      case '--data-dir':
        options.dataDir = value()
        break
      case '--password':
        options.password = value()
        break
      case '--auto-capture':
        options.autoCapture = inline !== undefined ? { delayMs: Number(inline) } : true
        break
      case '--json':
        json = true
        break
      default:
        usage(`unknown argument ${raw}`)
    }
  }
  return { options, json }
}

async function main(): Promise<void> {
  const { options, json } = parseArgs(process.argv.slice(2))
  const fleet = await startFleet(options)
  for (const d of fleet.devices) {
    process.stdout.write(
      json
        ? `${JSON.stringify(d)}\n`
        : `${d.name}  ${d.protocol}://${d.host}:${d.port}${d.rtspPort ? `  rtsp://${d.host}:${d.rtspPort}/Streaming/Channels/101` : ''}  ${d.model}  ${d.serialNumber}  ${d.username}/${d.password}\n`,
    )
  }
  if (!json) process.stdout.write(`control API: ${fleet.controlUrl}\n`)
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    fleet.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1])
if (isMain) {
  main().catch((e: unknown) => {
    process.stderr.write(`simulator: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exit(1)
  })
}
