import { parseArgs } from 'node:util'
import { defaultDataDir } from './platform/data-dir'

export interface LaunchOptions {
  dataDir: string
  host: string
  port: number
  json: boolean
  browser: boolean
  /** Start the demo site when the roster is empty and it was never offered (npm start does). */
  demoIfEmpty: boolean
  /** --no-schedule: no scheduled upkeep (events clean-up, health polls), for tests. */
  scheduled: boolean
  /** --manual-apply: changes wait for "Apply now" (no continuous apply), for tests of manual apply. */
  continuousApply: boolean
  /** --sadp-target ADDRESS[:PORT]: where discovery probes go (tests: the simulator's loopback port). */
  sadpTarget?: string
}

/** The flags `npm start` understands, shared by the Electron entry and browser mode. */
export function parseLaunchOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): LaunchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean' },
      browser: { type: 'boolean' },
      'demo-if-empty': { type: 'boolean' },
      'no-schedule': { type: 'boolean' },
      'manual-apply': { type: 'boolean' },
      'sadp-target': { type: 'string' },
    },
  })
  const port = Number(values.port ?? env.STATION_PORT ?? 5199)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${String(values.port)}`)
  return {
    dataDir:
      typeof values['data-dir'] === 'string'
        ? values['data-dir']
        : (env.STATION_DATA_DIR ?? defaultDataDir(env)),
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
    port,
    json: values.json === true,
    browser: values.browser === true,
    demoIfEmpty: values['demo-if-empty'] === true,
    scheduled: values['no-schedule'] !== true,
    continuousApply: values['manual-apply'] !== true,
    ...(typeof values['sadp-target'] === 'string' ? { sadpTarget: values['sadp-target'] } : {}),
  }
}
