// The Persons screen while continuous apply sends a 10,000-person import to a terminal: the real
// browser-mode build (continuous apply on, as npm start) in Debian's Chromium, one simulated
// terminal in a child process. Long tasks (PerformanceObserver 'longtask') are recorded in the
// page from the import until the terminal holds everyone (read through the simulator's control
// API), while the list is scrolled. Prints one JSON line (target: no long task > 100 ms).
// Needs `npx electron-vite build`.
//   npx tsx bench/ui-continuous.ts [--persons 10000] [--manual]
// --manual: the baseline — continuous apply off (--manual-apply) and one "Apply now" after the import.
// --profile: also samples the page's JavaScript (CDP Profiler) and prints where the main thread's
// time went: the functions with the most self time, and the long tasks' count per top function.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium } from '@playwright/test'
import WebSocket from 'ws'
import { CHROMIUM_ARGS, E2E_CHROMIUM } from '../playwright.config'
import { ControlClient } from '../src/simulator/control-client'
import { startFleetChild } from './sim-fleet-child'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback
}
const persons = arg('--persons', 10_000)
const LONG_TASK_LIMIT_MS = 100
const manual = process.argv.includes('--manual')
const profile = process.argv.includes('--profile')

const fleet = await startFleetChild(1, 0, 'face-fp')
const control = new ControlClient(new URL(fleet.records[0]!.controlUrl).origin)
const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-ui-cont-'))
const station = spawn(
  process.execPath,
  [
    'out/main/web.js',
    '--port',
    '0',
    '--json',
    '--data-dir',
    dataDir,
    ...(manual ? ['--manual-apply'] : []),
  ],
  { stdio: ['ignore', 'pipe', 'ignore'] },
)
const { url, port, token } = await new Promise<{ url: string; port: number; token: string }>(
  (resolve, reject) => {
    createInterface({ input: station.stdout! }).once('line', (l) => resolve(JSON.parse(l)))
    station.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)))
  },
)

async function call(method: string, args: unknown): Promise<unknown> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, {
    origin: `http://127.0.0.1:${port}`,
  })
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  const result = await new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
    ws.on('message', (d) => {
      const f = JSON.parse(d.toString()) as { type: string; id: number; result: { ok: boolean } }
      if (f.type === 'result' && f.id === 1) resolve(f.result)
    })
    ws.send(JSON.stringify({ id: 1, method, args }))
  })
  ws.close()
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result)}`)
  return result.value
}

try {
  const d = fleet.records[0]!
  await call('devices.add', {
    name: 'Reception',
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })
  const browser = await chromium.launch({ executablePath: E2E_CHROMIUM, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.addInitScript('globalThis.__name = (f) => f')
  await page.goto(`${url}#/persons`)
  await page.waitForSelector('[data-testid=person-search]')
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask' })
  })

  const cdp = profile ? await page.context().newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
    await cdp.send('Profiler.start')
  }
  // the page's clock (performance.now, ms) against the profile's (µs): read side by side at the start
  const pageNowAtStart = cdp ? await page.evaluate(() => performance.now()) : 0

  // what the station pushes to a page meanwhile: frames and bytes per event
  const pushes: Record<string, { frames: number; kb: number }> = {}
  const listener = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, {
    origin: `http://127.0.0.1:${port}`,
  })
  await new Promise((resolve, reject) => listener.once('open', resolve).once('error', reject))
  listener.on('message', (d) => {
    const text = d.toString()
    const f = JSON.parse(text) as { type: string; event?: string }
    if (f.type !== 'event' || !f.event) return
    const p = (pushes[f.event] ??= { frames: 0, kb: 0 })
    p.frames++
    p.kb += text.length / 1024
  })

  const lines = ['employeeNo,name,group,cards']
  for (let i = 0; i < persons; i++)
    lines.push(`${String(i + 1).padStart(6, '0')},Person ${i + 1},Dept ${i % 40},${4_000_000 + i}`)
  const t0 = performance.now()
  await call('persons.import', { csv: lines.join('\n') })
  const importMs = Math.round(performance.now() - t0)
  if (manual) await call('apply.start', {})
  // the receptionist keeps using the list while the terminal fills
  let held = 0
  while (held < persons) {
    await page.mouse.move(640, 400)
    await page.mouse.wheel(0, 600)
    held = (await control.state(d, { events: 0 })).persons.length
  }
  const appliedMs = Math.round(performance.now() - t0)
  listener.close()
  for (const p of Object.values(pushes)) p.kb = Math.round(p.kb)
  const spans = await page.evaluate(
    () => (window as unknown as { longTasks: [number, number][] }).longTasks,
  )
  const longTasks = spans.map(([, ms]) => ms)
  const cpu = cdp ? (await cdp.send('Profiler.stop')).profile : undefined
  const hot = cpu ? hotFunctions(cpu) : undefined
  const perTask = cpu
    ? spans
        .filter(([, ms]) => ms > LONG_TASK_LIMIT_MS)
        .map(([start, ms]) => ({
          ms: Math.round(ms),
          top: hotFunctions(cpu, [start, start + ms], pageNowAtStart, 4),
        }))
    : undefined
  await browser.close()
  const over = longTasks.filter((ms) => ms > LONG_TASK_LIMIT_MS)
  console.log(
    JSON.stringify({
      bench: 'ui-continuous',
      mode: manual ? 'manual apply (baseline)' : 'continuous apply',
      persons,
      importMs,
      heldByTerminalMs: appliedMs,
      longTasks: longTasks.length,
      longTasksOver100Ms: over.length,
      maxLongTaskMs: Math.round(Math.max(0, ...longTasks)),
      pushes,
      totalLongTaskMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
      load: loadavg().map((l) => Math.round(l * 100) / 100),
      pass: over.length === 0,
      ...(hot ? { hotFunctions: hot, longTasksOver100: perTask } : {}),
    }),
  )
} finally {
  station.kill('SIGTERM')
  fleet.stop()
  rmSync(dataDir, { recursive: true, force: true })
}

interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }[]
  startTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/**
 * Self time per function (ms), most first; idle and the program's own bookkeeping left out.
 * With a window (page clock, ms), only the samples inside it (the page's clock read at the
 * profile's start aligns the two).
 */
function hotFunctions(
  p: CpuProfile,
  window?: [number, number],
  pageNowAtStart = 0,
  top = 25,
): { fn: string; selfMs: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const deltas = p.timeDeltas ?? []
  let at = 0 // µs since the profile started
  ;(p.samples ?? []).forEach((id, i) => {
    at += deltas[i] ?? 0
    const pageMs = pageNowAtStart + at / 1000
    if (window && (pageMs < window[0] || pageMs > window[1])) return
    const f = byId.get(id)!.callFrame
    if (['(idle)', '(program)', '(root)'].includes(f.functionName)) return
    const file = f.url.split('/').pop() ?? ''
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000)
  })
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, selfMs: Math.round(ms) }))
}
