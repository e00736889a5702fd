// One axe check of a screen, as the e2e specs run it (test/e2e/a11y.ts: axe.run in the page,
// loaded once per page load) against @axe-core/playwright's AxeBuilder.analyze() (default
// mode: a second page per check, the axe source evaluated again each time), on the Persons
// screen of the real browser-mode build in Debian's Chromium. Both must find the same
// violations and passes. Prints JSON: median ms of each and the load average. Needs a build.
//   npx tsx bench/ui-axe.ts [--runs 5]
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, E2E_CHROMIUM } from '../playwright.config'
import { axeViolations } from '../test/e2e/a11y'
import { startBrowserMode } from '../test/e2e/fixtures'

const i = process.argv.indexOf('--runs')
const runs = (i > 0 ? Number(process.argv[i + 1]) : 5) || 5

const loadBefore = loadavg()[0]!
const app = await startBrowserMode(['--manual-apply'])
const browser = await chromium.launch({ executablePath: E2E_CHROMIUM, args: CHROMIUM_ARGS })
try {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage()
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('heading').first().waitFor()
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const started = performance.now()
    await fn()
    return performance.now() - started
  }
  const builder: number[] = []
  const inPage: number[] = []
  for (let r = 0; r < runs; r++) {
    builder.push(await timed(() => new AxeBuilder({ page }).analyze()))
    inPage.push(await timed(() => axeViolations(page)))
  }
  const ids = (vs: { id: string }[]) => vs.map((v) => v.id).sort()
  const same =
    JSON.stringify(ids((await new AxeBuilder({ page }).analyze()).violations)) ===
    JSON.stringify(ids(await axeViolations(page)))
  const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)
  console.log(
    JSON.stringify({
      bench: 'ui-axe',
      runs,
      builderMedianMs: median(builder),
      inPageMedianMs: median(inPage),
      sameViolations: same,
      loadAverage: {
        before: Math.round(loadBefore * 10) / 10,
        after: Math.round(loadavg()[0]! * 10) / 10,
      },
    }),
  )
} finally {
  await browser.close()
  app.process.kill('SIGTERM')
}
