// The e2e browser search order and how a missing browser is obtained, on fake machines.
import { describe, expect, it } from 'vitest'
import {
  BrowserSetupError,
  INSTALL_HINT,
  ensureCjkFonts,
  findChromium,
  obtainChromium,
  type BrowserProbe,
  type ObtainMeans,
} from '../../../scripts/e2e-browser'

const OWN = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'

const machine = (files: string[], env: Record<string, string> = {}): BrowserProbe => ({
  env: { PATH: '/opt/bin:/usr/bin', ...env },
  platform: 'linux',
  isExecutable: (p) => files.includes(p),
  playwrightChromium: () => OWN,
})

describe('findChromium', () => {
  it('takes CHROMIUM_PATH before anything else', () => {
    const probe = machine(['/x/chrome', '/usr/bin/chromium', OWN], { CHROMIUM_PATH: '/x/chrome' })
    expect(findChromium(probe)).toEqual({ path: '/x/chrome', source: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that is not there instead of searching past it', () => {
    const probe = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/gone/chrome' })
    expect(() => findChromium(probe)).toThrow(BrowserSetupError)
    expect(() => findChromium(probe)).toThrow(/CHROMIUM_PATH=\/gone\/chrome/)
  })

  it('takes a system Chromium before Chrome and before Playwright’s own', () => {
    expect(
      findChromium(machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser', OWN])),
    ).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' })
    expect(findChromium(machine(['/usr/bin/google-chrome', OWN]))).toEqual({
      path: '/usr/bin/google-chrome',
      source: 'system',
    })
  })

  it('takes a system headless shell before any full browser', () => {
    const shell = '/usr/bin/chromium-headless-shell'
    expect(findChromium(machine(['/usr/bin/chromium', shell, OWN]))).toEqual({
      path: shell,
      source: 'system',
    })
    expect(findChromium(machine(['/usr/bin/chromium', '/opt/bin/chrome-headless-shell']))).toEqual({
      path: '/opt/bin/chrome-headless-shell',
      source: 'system',
    })
  })

  it('finds a system browser on PATH', () => {
    expect(findChromium(machine(['/opt/bin/chromium', OWN]))).toEqual({
      path: '/opt/bin/chromium',
      source: 'system',
    })
  })

  it('falls back to Playwright’s downloaded Chromium, then to none', () => {
    expect(findChromium(machine([OWN]))).toEqual({ path: OWN, source: 'playwright' })
    expect(findChromium(machine([]))).toBeNull()
    expect(findChromium({ ...machine([]), playwrightChromium: () => null })).toBeNull()
  })

  it('looks in the usual places on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium({ ...machine([mac]), platform: 'darwin' })?.path).toBe(mac)
    const win = 'C:\\Program Files/Google/Chrome/Application/chrome.exe'
    const probe = {
      ...machine([win]),
      platform: 'win32' as const,
      env: { PROGRAMFILES: 'C:\\Program Files' },
    }
    expect(findChromium(probe)?.source).toBe('system')
  })
})

function means(over: Partial<ObtainMeans> & { failing?: string[] } = {}) {
  const ran: string[] = []
  const said: string[] = []
  const m: ObtainMeans = {
    platform: 'linux',
    isRoot: true,
    hasApt: true,
    playwrightReachable: async () => false,
    run: (command, args) => {
      const line = [command.endsWith('node') ? 'node' : command, ...args].join(' ')
      ran.push(line)
      return !(over.failing ?? []).some((f) => line.includes(f))
    },
    say: (line) => said.push(line),
    ...over,
  }
  return { m, ran, said }
}

describe('obtainChromium', () => {
  it('downloads Playwright’s Chromium where its host answers, saying so in one line', async () => {
    const { m, ran, said } = means({ playwrightReachable: async () => true })
    expect(await obtainChromium(m)).toBe(true)
    expect(ran).toHaveLength(1)
    expect(ran[0]).toMatch(/playwright-core\/cli\.js install chromium$/)
    expect(said).toHaveLength(1)
  })

  it('installs the distribution’s headless shell as root where the download is unreachable', async () => {
    const shell = 'apt-get install -y -qq chromium-headless-shell fonts-noto-cjk'
    const full = 'apt-get install -y -qq chromium fonts-noto-cjk'
    const { m, ran, said } = means({ failing: ['install -y -qq chromium'] })
    // the first try fails on stale package lists: update once, then try again; a distribution
    // without the shell (Ubuntu) gets its chromium
    expect(await obtainChromium(m)).toBe(false)
    expect(ran).toEqual([shell, 'apt-get update -qq', shell, full])
    expect(said).toHaveLength(1)
    const ok = means()
    expect(await obtainChromium(ok.m)).toBe(true)
    expect(ok.ran).toEqual([shell])
    const noShell = means({ failing: ['chromium-headless-shell'] })
    expect(await obtainChromium(noShell.m)).toBe(true)
    expect(noShell.ran).toEqual([shell, 'apt-get update -qq', shell, full])
  })

  it('obtains nothing without root or apt, so the caller prints the one install line', async () => {
    for (const over of [{ isRoot: false }, { hasApt: false }, { platform: 'darwin' as const }]) {
      const { m, ran, said } = means(over)
      expect(await obtainChromium(m)).toBe(false)
      expect(ran).toEqual([])
      expect(said).toEqual([])
    }
    expect(INSTALL_HINT.split('\n')).toHaveLength(1)
    expect(INSTALL_HINT).toMatch(/apt-get install chromium/)
  })
})

describe('ensureCjkFonts', () => {
  it('installs fonts-noto-cjk as root when missing, and leaves an installed one alone', () => {
    const missing = means()
    ensureCjkFonts(missing.m, () => false)
    expect(missing.ran).toEqual(['apt-get install -y -qq fonts-noto-cjk'])
    const present = means()
    ensureCjkFonts(present.m, () => true)
    expect(present.ran).toEqual([])
    const user = means({ isRoot: false })
    ensureCjkFonts(user.m, () => false)
    expect(user.ran).toEqual([])
  })
})
