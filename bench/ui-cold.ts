// UI cold open, in Debian's Chromium against the real browser-mode build: from navigation
// start until the first screen (Overview) shows its content, each time in a fresh browser
// context (no HTTP cache), plus the JavaScript and CSS the first screen loads and the whole
// renderer bundle. Prints JSON. Needs `npx electron-vite build`.
//   npx tsx bench/ui-cold.ts [--runs 7] [--screen overview|persons]
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from '../playwright.config'

const argOf = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const runs = Number(argOf('--runs') ?? 7)
const screen = argOf('--screen') === 'persons' ? 'persons' : 'overview'
/** What shows that each screen has its content (not only the shell). */
const READY: Record<typeof screen, string> = {
  overview: '[data-testid=count-persons]',
  persons: '[data-testid=person-count]',
}

const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-ui-cold-'))
const station = spawn(
  process.execPath,
  ['out/main/web.js', '--port', '0', '--json', '--data-dir', dataDir],
  { stdio: ['ignore', 'pipe', 'ignore'] },
)
const { url } = await new Promise<{ url: string }>((resolve, reject) => {
  createInterface({ input: station.stdout! }).once('line', (l) => resolve(JSON.parse(l)))
  station.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)))
})

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
})
const samples: number[] = []
/** Where a cold open's time goes (ms from navigation start), per run. */
const phases: { scriptsLoadedMs: number; domContentLoadedMs: number; firstPaintMs: number }[] = []
let firstScreen = { jsBytes: 0, cssBytes: 0, files: 0 }
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    let jsBytes = 0
    let cssBytes = 0
    let files = 0
    page.on('response', (r) => {
      const type = r.request().resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      // the built file's size (the server may not send content-length)
      const file = join('out', 'renderer', new URL(r.url()).pathname)
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0
      files++
      if (type === 'script') jsBytes += size
      else cssBytes += size
    })
    await page.goto(`${url}#/${screen}`)
    await page.waitForSelector(READY[screen])
    // performance.now() counts from navigation start
    samples.push(Math.round(await page.evaluate(() => performance.now())))
    phases.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
          .map((e) => e as PerformanceResourceTiming)
        const paint = performance.getEntriesByName('first-contentful-paint')[0]
        return {
          scriptsLoadedMs: Math.round(Math.max(0, ...scripts.map((e) => e.responseEnd))),
          domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
          firstPaintMs: Math.round(paint?.startTime ?? 0),
        }
      }),
    )
    firstScreen = { jsBytes, cssBytes, files }
    await context.close()
  }
} finally {
  await browser.close()
  station.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}

const assets = join('out', 'renderer', 'assets')
const bundle = readdirSync(assets).map((f) => ({ f, bytes: statSync(join(assets, f)).size }))
const sum = (ext: string) =>
  bundle.filter((b) => b.f.endsWith(ext)).reduce((n, b) => n + b.bytes, 0)
const largest = [...bundle].sort((a, b) => b.bytes - a.bytes)[0]
const sorted = [...samples].sort((a, b) => a - b)
process.stdout.write(
  JSON.stringify({
    bench: 'ui-cold',
    screen,
    runs,
    coldOpenMs: samples,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    phases,
    firstScreenJsKb: Math.round(firstScreen.jsBytes / 1024),
    firstScreenCssKb: Math.round(firstScreen.cssBytes / 1024),
    firstScreenFiles: firstScreen.files,
    bundleJsKb: Math.round(sum('.js') / 1024),
    bundleCssKb: Math.round(sum('.css') / 1024),
    bundleFiles: bundle.length,
    largestChunk: largest ? { file: largest.f, kb: Math.round(largest.bytes / 1024) } : null,
    target: { coldOpenMs: 1000 },
  }) + '\n',
)
