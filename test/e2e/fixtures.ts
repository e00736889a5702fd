// Starts the real browser-mode build (out/main/web.js) on a fresh data dir and port 0, and hands
// tests its URL. The station runs as its own process, exactly as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { expect, test as base } from '@playwright/test'

export interface RunningStation {
  url: string
  port: number
  token: string
  dataDir: string
  process: ChildProcess
  /** With --demo-if-empty: what first start did ('started', 'not-offered' or 'failed'). */
  firstStart(): Promise<string>
  /** What the station wrote to stderr (its log), kept to be shown when the test fails. */
  log(): string
}

/**
 * The stations started during the current test. Their logs are kept, not printed: a test that
 * stops a terminal makes the station warn (a dropped connection, a failed backfill), which is
 * expected there and noise in the run's output. A failed test gets them attached and printed.
 */
const startedInThisTest: RunningStation[] = []
const LOG_LINES_KEPT = 400

export async function startBrowserMode(
  extraArgs: string[] = [],
  dataDir = mkdtempSync(join(tmpdir(), 'es-e2e-')),
  env: Record<string, string> = {},
): Promise<RunningStation> {
  const child = spawn(
    process.execPath,
    ['out/main/web.js', '--port', '0', '--json', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  )
  // always read (a full pipe would block the station), the last lines kept
  const logLines: string[] = []
  createInterface({ input: child.stderr! }).on('line', (l) => {
    logLines.push(l)
    if (logLines.length > LOG_LINES_KEPT) logLines.shift()
  })
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  const nextLine = (what: string) =>
    new Promise<string>((resolve, reject) => {
      // a bound for a stuck start, not a speed check: at load 35 on 2 cores a start took 10–14 s
      // and a 20 s bound failed a test with nothing wrong (bench/station-start.ts measures it)
      const timer = setTimeout(() => reject(new Error(`${what} within 90 s`)), 90_000)
      const exited = (code: number | null) => reject(new Error(`browser mode exited with ${code}`))
      child.once('exit', exited)
      void lines.next().then((r) => {
        clearTimeout(timer)
        child.off('exit', exited)
        if (r.done) reject(new Error('browser mode closed its output'))
        else resolve(r.value)
      })
    })
  const line = await nextLine('browser mode did not start')
  const { url, port, token } = JSON.parse(line) as { url: string; port: number; token: string }
  const firstStart = async () => {
    const { demo } = JSON.parse(await nextLine('first start did not finish')) as { demo: string }
    return demo
  }
  const station = {
    url,
    port,
    token,
    dataDir,
    process: child,
    firstStart,
    log: () => logLines.join('\n'),
  }
  startedInThisTest.push(station)
  return station
}

export const test = base.extend<{
  app: RunningStation
  stationArgs: string[]
  stationEnv: Record<string, string>
  continuousApply: boolean
  stationLogs: void
}>({
  /** Every test: the logs of the stations it started, attached and printed when it failed. */
  stationLogs: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function destructures
    async ({}, use, testInfo) => {
      startedInThisTest.length = 0
      await use()
      const stations = startedInThisTest.splice(0)
      if (testInfo.status === testInfo.expectedStatus) return
      for (const [i, s] of stations.entries()) {
        const log = s.log()
        if (!log) continue
        await testInfo.attach(`station-${i + 1}.log`, { body: log, contentType: 'text/plain' })
        console.error(`── station ${i + 1} log (${testInfo.title}) ──\n${log}`)
      }
    },
    { auto: true },
  ],
  /** Extra browser-mode flags for a spec's station: `test.use({ stationArgs: ['--no-schedule'] })`. */
  stationArgs: [[], { option: true }],
  /** Environment for a spec's station process, e.g. its time zone: `{ TZ: 'Asia/Kolkata' }`. */
  stationEnv: [{}, { option: true }],
  /**
   * Changes applied by themselves, as `npm start` does: `test.use({ continuousApply: true })`.
   * Off by default here (`--manual-apply`): most specs test "Apply now" itself.
   */
  continuousApply: [false, { option: true }],
  app: async ({ stationArgs, stationEnv, continuousApply }, use) => {
    const app = await startBrowserMode(
      [...stationArgs, ...(continuousApply ? [] : ['--manual-apply'])],
      undefined,
      stationEnv,
    )
    await use(app)
    app.process.kill('SIGTERM')
  },
})

export { expect } from '@playwright/test'

/** Calls the station over browser mode's socket, as the page would (seeding, checks). */
export async function callStation<T = unknown>(
  app: RunningStation,
  method: string,
  args: unknown,
): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  const { default: WebSocket } = await import('ws')
  const ws = new WebSocket(`ws://127.0.0.1:${app.port}/ws?token=${app.token}`, {
    origin: `http://127.0.0.1:${app.port}`,
  })
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  const frame = await new Promise<{ result: never }>((resolve) => {
    ws.on('message', (data) => {
      const f = JSON.parse(data.toString()) as { type: string; id: number; result: never }
      if (f.type === 'result' && f.id === 1) resolve(f)
    })
    ws.send(JSON.stringify({ id: 1, method, args }))
  })
  ws.close()
  return frame.result
}

/** Adds a (simulated) terminal to the station by name and checks that it was accepted. */
export async function addTerminal(
  app: RunningStation,
  name: string,
  d: { host: string; port: number; username: string; password: string },
): Promise<void> {
  const r = await callStation(app, 'devices.add', {
    name,
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })
  expect(r.ok).toBe(true)
}

/** A roster CSV of `count` persons: employeeNo 000001…, names, 40 groups, one card each. */
export function rosterCsv(count: number): string {
  const first = ['Ann', 'Bo', 'Chen', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jun']
  const last = ['Lee', 'Novak', 'Wei', 'Okafor', 'Silva', 'Kim', 'Haddad', 'Berg', 'Rossi']
  const lines = ['employeeNo,name,group,cards']
  for (let i = 0; i < count; i++)
    lines.push(
      `${String(i + 1).padStart(6, '0')},${first[i % first.length]} ${last[(i * 5) % last.length]} ${i + 1},Dept ${i % 40},${3_000_000_000 + i * 13}`,
    )
  return lines.join('\n')
}
