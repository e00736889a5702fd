// The Chromium the end-to-end tests drive, found in this order: CHROMIUM_PATH, a system Chromium
// or Chrome, Playwright's own download. `npm run test:e2e` runs this first (pretest:e2e): where
// none is found it obtains one by the means the machine allows (Playwright's download where it is
// reachable; the distribution's package as root on Debian/Ubuntu), saying in one line what it
// does, and otherwise prints ONE line naming what to install and exits 1.
//   npx tsx scripts/e2e-browser.ts          find, or obtain, the browser (and the CJK fonts)
//   npx tsx scripts/e2e-browser.ts --find   print the browser found, or exit 1
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright'

export interface FoundBrowser {
  path: string
  source: BrowserSource
}

/** What the search looks at; tests pass fakes. */
export interface BrowserProbe {
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  isExecutable(path: string): boolean
  /** Where Playwright keeps its own Chromium (downloaded or not), or null without Playwright. */
  playwrightChromium(): string | null
}

/** A browser the user named that is not there: said in one line, never searched past. */
export class BrowserSetupError extends Error {}

// Headless shells first: the tests never show a window, and the shell (Chromium's old headless
// mode, what Playwright itself runs headless) costs a fifth less CPU per test than the full
// browser's new headless mode (the same specs, side by side: 92 against 113 CPU-s).
const NAMES = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
]

/** System browsers, most specific first: the fixed places, then the same names on PATH. */
export function systemCandidates(probe: Pick<BrowserProbe, 'env' | 'platform'>): string[] {
  const { env, platform } = probe
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => Boolean(r),
    )
    return roots.flatMap((r) => [
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ])
  }
  // by name first (a shell anywhere before a full browser), then the fixed places, then PATH
  const dirs = ['/usr/bin', '/snap/bin', '/usr/local/bin', ...(env.PATH ?? '').split(delimiter)]
  return [...new Set(NAMES.flatMap((n) => dirs.filter(Boolean).map((dir) => join(dir, n))))]
}

/** The first browser in the order CHROMIUM_PATH, system, Playwright's own; null when none. */
export function findChromium(probe: BrowserProbe): FoundBrowser | null {
  const named = probe.env.CHROMIUM_PATH
  if (named) {
    if (probe.isExecutable(named)) return { path: named, source: 'CHROMIUM_PATH' }
    throw new BrowserSetupError(
      `CHROMIUM_PATH=${named} is not an executable browser: point it at Chromium or Chrome, or unset it.`,
    )
  }
  const system = systemCandidates(probe).find((p) => probe.isExecutable(p))
  if (system) return { path: system, source: 'system' }
  const own = probe.playwrightChromium()
  if (own && probe.isExecutable(own)) return { path: own, source: 'playwright' }
  return null
}

/** How a browser can be obtained here; tests pass fakes. */
export interface ObtainMeans {
  platform: NodeJS.Platform
  isRoot: boolean
  hasApt: boolean
  /** Whether Playwright's download host answers (a short timeout: it is often unreachable). */
  playwrightReachable(): Promise<boolean>
  /** Runs a command, its output hidden; true when it succeeded. */
  run(command: string, args: string[]): boolean
  say(line: string): void
}

export const INSTALL_HINT =
  'e2e: no Chromium found and none could be installed here. Install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium), or run "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.'

/** Debian/Ubuntu packages as root: update the package lists once when the first try fails. */
function aptInstall(means: ObtainMeans, packages: string[]): boolean {
  const install = () => means.run('apt-get', ['install', '-y', '-qq', ...packages])
  return install() || (means.run('apt-get', ['update', '-qq']) && install())
}

/**
 * Obtains a browser by the means the machine allows: Playwright's download where reachable,
 * else the distribution's chromium as root. Returns false where neither could be had.
 */
export async function obtainChromium(means: ObtainMeans): Promise<boolean> {
  if (await means.playwrightReachable()) {
    means.say(
      "e2e: no Chromium here; downloading Playwright's Chromium (playwright install chromium)…",
    )
    if (means.run(process.execPath, [playwrightCli(), 'install', 'chromium'])) return true
  }
  if (means.platform === 'linux' && means.isRoot && means.hasApt) {
    means.say(
      "e2e: no Chromium here and Playwright's download is unreachable; installing the distribution's headless Chromium (apt-get install chromium-headless-shell fonts-noto-cjk, else chromium)…",
    )
    // Debian has the headless shell as a package of its own; where a distribution has not
    // (Ubuntu), its chromium
    return (
      aptInstall(means, ['chromium-headless-shell', 'fonts-noto-cjk']) ||
      means.run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'])
    )
  }
  return false
}

/** The Chinese screenshots need CJK fonts: installed as root on Debian/Ubuntu when missing. */
export function ensureCjkFonts(means: ObtainMeans, installed: () => boolean): void {
  if (means.platform !== 'linux' || !means.isRoot || !means.hasApt || installed()) return
  means.say('e2e: installing fonts-noto-cjk for the Chinese screenshots (apt-get)…')
  if (!aptInstall(means, ['fonts-noto-cjk']))
    means.say('e2e: fonts-noto-cjk could not be installed; Chinese screenshots show boxes.')
}

const require = createRequire(import.meta.url)

function playwrightCli(): string {
  return join(require.resolve('playwright-core/package.json'), '..', 'cli.js')
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The real machine. */
export const machineProbe: BrowserProbe = {
  env: process.env,
  platform: process.platform,
  isExecutable,
  playwrightChromium() {
    try {
      const core = require('playwright-core') as { chromium: { executablePath(): string } }
      return core.chromium.executablePath()
    } catch {
      return null
    }
  },
}

/** The browser for playwright.config.ts: found, or one line naming what to install and exit 1. */
export function e2eChromium(): FoundBrowser {
  try {
    const found = findChromium(machineProbe)
    if (found) return found
    process.stderr.write(`${INSTALL_HINT}\n`)
  } catch (error) {
    if (!(error instanceof BrowserSetupError)) throw error
    process.stderr.write(`e2e: ${error.message}\n`)
  }
  process.exit(1)
}

async function reachable(url: string, timeoutMs: number): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) })
    return true
  } catch {
    return false
  }
}

const hasCommand = (name: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0

async function main(argv: string[]): Promise<number> {
  const means: ObtainMeans = {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasApt: process.platform === 'linux' && hasCommand('apt-get'),
    playwrightReachable: () =>
      reachable(process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev/', 4_000),
    run: (command, args) =>
      spawnSync(command, args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0,
    say: (line) => process.stdout.write(`${line}\n`),
  }
  let found: FoundBrowser | null
  try {
    found = findChromium(machineProbe)
    if (!found && !argv.includes('--find') && (await obtainChromium(means)))
      found = findChromium(machineProbe)
  } catch (error) {
    if (!(error instanceof BrowserSetupError)) throw error
    process.stderr.write(`e2e: ${error.message}\n`)
    return 1
  }
  if (!found) {
    process.stderr.write(`${INSTALL_HINT}\n`)
    return 1
  }
  if (!argv.includes('--find'))
    ensureCjkFonts(
      means,
      () => spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0,
    )
  process.stdout.write(`e2e browser: ${found.path} (${found.source})\n`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2)).then((code) => process.exit(code))
