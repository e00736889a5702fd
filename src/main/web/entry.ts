// Browser mode's composition root: the station with a key-file secret box, served to a
// browser over a token-guarded WebSocket. Used where Electron's runtime is missing.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLaunchOptions } from '../launch-options'
import { systemClock } from '../platform/clock'
import { installLastResort } from '../platform/last-resort'
import { consoleLogger } from '../platform/logger'
import { findResourcesDir } from '../platform/resources'
import { folderSecretBox } from '../platform/secret-store'
import { createStation } from '../station'
import { parseSadpTarget, type SadpTarget } from '../isapi'
import { STATION_VERSION } from '../version'
import { simulatorDemo } from '../demo-launcher'
import { offerDemo } from '../offer-demo'
import { startWebBridge, type WebBridge } from './server'

function sadpOption(text: string | undefined): { sadp?: SadpTarget } {
  if (text === undefined) return {}
  const sadp = parseSadpTarget(text)
  if (!sadp) throw new Error(`--sadp-target must be ADDRESS[:PORT], got ${text}`)
  return { sadp }
}

async function main(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(2))
  const logger = consoleLogger('station', options.json)
  installLastResort(logger)
  const dataDir = resolve(options.dataDir)
  const here = dirname(fileURLToPath(import.meta.url))
  const station = createStation({
    dataDir,
    secrets: folderSecretBox(dataDir),
    clock: systemClock,
    logger,
    bridge: 'browser',
    version: STATION_VERSION,
    demo: simulatorDemo(dataDir, join(findResourcesDir(here), 'demo')),
    scheduled: options.scheduled,
    continuousApply: options.continuousApply,
    ...sadpOption(options.sadpTarget),
  })
  const staticDir = resolve(here, '..', 'renderer')
  let bridge: WebBridge
  try {
    bridge = await startWebBridge({
      station,
      staticDir,
      host: options.host,
      port: options.port,
      logger,
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error
    logger.warn(`port ${options.port} is busy; picking a free one`)
    bridge = await startWebBridge({ station, staticDir, host: options.host, port: 0, logger })
  }
  if (options.json) {
    process.stdout.write(
      JSON.stringify({ url: bridge.url, port: bridge.port, token: bridge.token, dataDir }) + '\n',
    )
  } else {
    process.stdout.write(
      `Enrollment Station is running in browser mode. Open:\n  ${bridge.urls.join('\n  ')}\nRoster: ${dataDir}\nPress Ctrl+C to stop.\n`,
    )
  }
  if (options.demoIfEmpty) {
    const say = (line: string) => {
      if (!options.json) process.stdout.write(`${line}\n`)
    }
    const demo = await offerDemo(station, say)
    // --json: a second line says what first start did (the demo site, or not).
    if (options.json) process.stdout.write(JSON.stringify({ demo }) + '\n')
  }
  const stop = async () => {
    await bridge.close()
    await station.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code
  process.stderr.write(
    `Enrollment Station could not start${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
