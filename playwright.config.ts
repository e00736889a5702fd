import { defineConfig } from '@playwright/test'
import { e2eChromium } from './scripts/e2e-browser'

/**
 * The browser: CHROMIUM_PATH, else a system Chromium or Chrome, else Playwright's own; where
 * none is there, one line naming what to install and exit 1 (scripts/e2e-browser.ts, which
 * `npm run test:e2e` runs first to obtain one where the machine allows).
 */
export const E2E_CHROMIUM = e2eChromium().path

// Headless, with the network chatter off.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // Bounds for a stuck test or a condition that never comes, not speed checks: two workers on
  // a busy 2-core machine make every step slower (speed is measured by bench/ui-persons.ts).
  // One bound for every test (no spec sets a smaller one): at load average 28 on 2 cores the
  // longest specs (profiles, schedules, screens) took 1.7–2.2 min and their own 90–120 s
  // bounds failed them, with nothing wrong. At load 35 (eight suites on 2 cores) 240 s was
  // short too: a Terminal-page test of terminal.spec and one of terminal-rules passed 3.0 and
  // 1.7 min runs, then hit 240 s; 480 s, as the section walks had already.
  timeout: 480_000,
  expect: { timeout: 20_000 },
  // Spec files run in parallel, four at a time (the tests of one file in order): every test
  // starts its own browser-mode station and simulated terminals on free loopback ports and
  // fresh data folders, all from the one renderer build in out/. E2E_WORKERS overrides.
  // Four on 2 cores because a test mostly waits (polls, loopback, the page settling): the
  // whole e2e run used 6.7 CPU-minutes (user + sys) where it took 9–10 min on 2 quiet cores
  // with two workers, a third of the machine.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 4),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    // No trace by default: recording one (DOM snapshots and a screencast at every step, kept or
    // not) was a third of the whole run's CPU on 2 cores, for the few runs that fail. A failed
    // test still leaves its screenshot and its station's log; to trace, set
    // E2E_TRACE=retain-on-failure (or on) and open it with `npx playwright show-trace`.
    trace: (process.env.E2E_TRACE ?? 'off') as 'off' | 'on' | 'retain-on-failure',
    launchOptions: {
      executablePath: E2E_CHROMIUM,
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1280, height: 800 },
  },
})
