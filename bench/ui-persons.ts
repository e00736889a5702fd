// Persons screen at 100,000 persons, in Debian's Chromium against the real browser-mode build:
// first rows visible after navigation, search latency after the last keystroke, and long tasks
// (PerformanceObserver 'longtask') while scrolling. Prints JSON. Needs `npx electron-vite build`.
//   npx tsx bench/ui-persons.ts [--persons 100000]
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Page } from '@playwright/test'
import WebSocket from 'ws'
import { CHROMIUM_ARGS, E2E_CHROMIUM } from '../playwright.config'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback
}
const persons = arg('--persons', 100_000)

const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-ui-'))
const station = spawn(
  process.execPath,
  ['out/main/web.js', '--port', '0', '--json', '--data-dir', dataDir],
  {
    stdio: ['ignore', 'pipe', 'ignore'],
  },
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
  const result = await new Promise<{ ok: boolean }>((resolve) => {
    ws.on('message', (d) => {
      const f = JSON.parse(d.toString()) as { type: string; id: number; result: { ok: boolean } }
      if (f.type === 'result' && f.id === 1) resolve(f.result)
    })
    ws.send(JSON.stringify({ id: 1, method, args }))
  })
  ws.close()
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result)}`)
  return result
}

const FIRST = ['Ann', 'Bo', 'Chen', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jun']
const LAST = ['Lee', 'Novak', 'Wei', 'Okafor', 'Silva', 'Kim', 'Haddad', 'Berg', 'Rossi']
const lines = ['employeeNo,name,group,cards']
for (let i = 0; i < persons; i++)
  lines.push(
    `${String(i + 1).padStart(6, '0')},${FIRST[i % 10]} ${LAST[(i * 5) % 9]} ${i + 1},Dept ${i % 40},${3_000_000_000 + i * 13}`,
  )
const t0 = performance.now()
await call('persons.import', { csv: lines.join('\n') })
const importMs = Math.round(performance.now() - t0)

const browser = await chromium.launch({
  executablePath: E2E_CHROMIUM,
  args: CHROMIUM_ARGS,
})
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
// tsx (esbuild keepNames) wraps named functions in __name(); page-side code needs it defined
await page.addInitScript('globalThis.__name = (f) => f')
await page.addInitScript(() => {
  const w = window as unknown as { longTasks: number[] }
  w.longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration)
  }).observe({ type: 'longtask', buffered: true })
})

/** ms from `start()` in the page until `selector` matches (polled every animation frame). */
const until = (p: Page, selector: string, text?: string) =>
  p.evaluate(
    ([sel, txt]) =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        const check = () => {
          const el = document.querySelector(sel!)
          if (el && (txt === undefined || el.textContent === txt))
            resolve(performance.now() - start)
          else requestAnimationFrame(check)
        }
        check()
      }),
    [selector, text] as const,
  )

// 1. cold: open the Persons screen straight from the address bar
await page.goto(`${url}#/persons`)
await page.waitForSelector('[data-testid=person-row]')
const coldMs = await page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
  void nav
  return Math.round(performance.now())
})
// 2. warm navigation from another screen (the usual case), five times
const navSamples: number[] = []
for (let i = 0; i < 5; i++) {
  await page.getByRole('button', { name: 'Overview', exact: true }).click()
  await page.waitForSelector('[data-testid=count-persons]')
  const measured = until(page, '[data-testid=person-row]')
  await page.getByRole('button', { name: 'Persons', exact: true }).click()
  navSamples.push(Math.round(await measured))
}

// 3. search: type each query key by key; time from the last keystroke to the right rows shown
const queries: [string, string][] = [
  ['Silva 99999', '1 match'],
  ['0123', ''],
  ['Okafor', ''],
  ['3000001', ''],
  ['zzz', '0 matches'],
  ['Lee 4242', ''],
]
const search = page.getByTestId('person-search')
const searchSamples: { query: string; ms: number; result: string }[] = []
for (const [query, expected] of queries) {
  await search.fill('')
  await page.waitForFunction(() =>
    /persons$/.test(document.querySelector('[data-testid=person-count]')?.textContent ?? ''),
  )
  await search.pressSequentially(query.slice(0, -1), { delay: 60 })
  // let the search for everything but the last key land, then stamp the last keystroke in the
  // page and wait until the rows shown answer the full query (the "Searching…" spinner is gone)
  await page.waitForFunction(() => !document.querySelector('[aria-label="Searching…"]'))
  const done = page.evaluate(
    ([q]) =>
      new Promise<{ ms: number; result: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=person-search]')!
        let last = 0
        input.addEventListener('keydown', () => (last = performance.now()), { once: true })
        const check = () => {
          const count = document.querySelector('[data-testid=person-count]')?.textContent ?? ''
          const searching = document.querySelector('[aria-label="Searching…"]')
          const rows = document.querySelectorAll('[data-testid=person-row]').length
          if (last && input.value === q && !searching && (rows > 0 || count.startsWith('0 ')))
            resolve({ ms: performance.now() - last, result: count })
          else requestAnimationFrame(check)
        }
        check()
      }),
    [query] as const,
  )
  await search.press(query.slice(-1))
  const r = await done
  if (expected && r.result !== expected)
    throw new Error(`search ${query}: ${r.result}, expected ${expected}`)
  searchSamples.push({ query, ms: Math.round(r.ms), result: r.result })
}
await search.fill('')
await page.waitForFunction(() =>
  /persons$/.test(document.querySelector('[data-testid=person-count]')?.textContent ?? ''),
)

// 4. scrolling: wheel through the list, then jump around (forces page fetches); long tasks counted
await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []))
const box = (await page.getByTestId('person-scroll').boundingBox())!
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
const scrollStart = Date.now()
for (let i = 0; i < 120; i++) await page.mouse.wheel(0, 600)
for (const f of [0.1, 0.9, 0.35, 0.6, 0.02, 0.99, 0.5]) {
  await page
    .getByTestId('person-scroll')
    .evaluate((el, frac) => el.scrollTo({ top: el.scrollHeight * frac }), f)
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400)
}
await page.waitForFunction(
  () => !document.querySelector('[data-testid=person-scroll] [aria-busy=true]'),
)
const scrollMs = Date.now() - scrollStart
const longTasks = await page.evaluate(
  () => (window as unknown as { longTasks: number[] }).longTasks,
)

await browser.close()
station.kill('SIGTERM')
rmSync(dataDir, { recursive: true, force: true })

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const searchMs = searchSamples.map((s) => s.ms)
process.stdout.write(
  JSON.stringify({
    bench: 'ui-persons',
    persons,
    importMs,
    firstRows: {
      coldLoadMs: coldMs,
      navigationMs: navSamples,
      navigationMaxMs: Math.max(...navSamples),
    },
    search: {
      debounceMs: 80,
      samples: searchSamples,
      p50Ms: pct(searchMs, 50),
      maxMs: Math.max(...searchMs),
    },
    scroll: {
      durationMs: scrollMs,
      longTasks: longTasks.length,
      longTasksOver100Ms: longTasks.filter((d) => d > 100).length,
      maxLongTaskMs: Math.round(Math.max(0, ...longTasks)),
    },
    targets: { firstRowsMs: 500, searchAfterLastKeyMs: 150, maxLongTaskWhileScrollingMs: 100 },
  }) + '\n',
)
