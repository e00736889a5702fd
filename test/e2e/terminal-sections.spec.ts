// Every section of the Terminal page, on a 2-door controller and a face terminal, in English and
// in Chinese (one test each): each tab the terminal's capabilities offer is opened, waited for until its content
// is read from the terminal, checked with axe and photographed
// (test-results/screens/sections/<lang>-<terminal>-<section>.png).
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

/** What shows that a section's content was read from the terminal. */
const READY: Record<string, string> = {
  summary: '[data-testid="terminal-capacity"]',
  general: 'form[data-testid^="config-form-"]',
  time: 'form[data-testid^="config-form-"]',
  authentication: 'form[data-testid^="config-form-"]',
  'door-settings': 'form[data-testid^="config-form-"]',
  doors: '[data-testid="doors-table"]',
  schedules: '[data-testid="schedules-bound"]',
  accounts: '[data-testid="accounts-table"]',
  log: '[data-testid="log-section"]',
  documents: '[data-testid="terminal-document"]',
  maintenance: '[data-testid="maintenance-section"]',
  events: '[data-testid="events-section"]',
}
/** Sections every terminal offers (the others follow its capabilities). */
const ALL = Object.keys(READY)
/** A section drawn by the generic settings form, or its own `<id>-section` / `face-libraries`. */
const readyOf = (id: string): string =>
  READY[id] ??
  `form[data-testid^="config-form-"], [data-testid="${id}-section"], [data-testid="${id}"]`

// The four walks only read (screenshots, axe) and each has its own station: they may run on both
// workers at once (each worker starts its own fleet). A walk is ~20 sections with axe and a
// full-page picture each: 3.7 min at load average 25 on 2 cores, inside the common bound.
test.describe.configure({ mode: 'parallel' })

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['card-door', 'face-fp'], https: true })
})
test.afterAll(async () => fleet?.close())

async function shootAll(page: Page, lang: 'en' | 'zh', terminal: string): Promise<string[]> {
  // tall enough that a section's whole content is in the picture (the page scrolls inside)
  await page.setViewportSize({ width: 1280, height: 2200 })
  const tabs = page.locator('[data-testid^="section-tab-"]')
  await expect(tabs.first()).toBeVisible()
  const read = async () =>
    (await tabs.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('section-tab-', '')),
    )) as string[]
  // the tabs follow the terminal's capabilities once they are read: the list is taken when it
  // holds still (a section the terminal lacks, listed before, then leaves)
  let ids: string[] = []
  await expect
    .poll(
      async () => {
        const before = ids.join()
        ids = await read()
        return ids.length > 0 && ids.join() === before
      },
      { intervals: [1000] },
    )
    .toBe(true)
  const walked: string[] = []
  for (const id of ids) {
    const tab = page.getByTestId(`section-tab-${id}`)
    // a section the terminal lacks can still leave the list after it held still for a second
    // (its capability read came late: 'voice' at load 40), so it is walked only if still there
    if ((await tab.count()) === 0) continue
    await tab.click()
    await expect(page.locator(readyOf(id)).first()).toBeVisible()
    await page.waitForFunction(() => document.getAnimations().length === 0)
    await expectAccessible(page, `Terminal ${terminal} ${id} (${lang})`)
    await page.screenshot({
      path: `test-results/screens/sections/${lang}-${terminal}-${id}.png`,
      fullPage: true,
    })
    walked.push(id)
  }
  // ... and every section the page offers in the end was walked
  expect(await read()).toEqual(walked)
  return walked
}

for (const lang of ['en', 'zh'] as const)
  for (const [i, name, terminal] of [
    [0, 'Gate', 'controller'],
    [1, 'Lobby', 'face'],
  ] as const)
    test(`every Terminal page section of the ${terminal} (${name}), ${lang}`, async ({
      app,
      page,
    }) => {
      const d = fleet.devices[i]!
      const r = await callStation(app, 'devices.add', {
        name,
        host: d.host,
        port: d.port,
        protocol: 'https',
        username: d.username,
        password: d.password,
      })
      expect(r.ok).toBe(true)
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await page.goto(`${app.url}#/devices`)
      await page.getByTestId('open-terminal').filter({ hasText: name }).click()
      await expect(page.getByTestId('terminal-name')).toHaveText(name)
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en')
      const ids = await shootAll(page, lang, terminal)
      // both terminals offer every core section (the face terminal one door, the controller two),
      // in the page's order; the others as their capabilities say
      expect(ids.filter((id) => ALL.includes(id))).toEqual(ALL)
      expect(ids.length).toBeGreaterThan(ALL.length)
      await page.getByTestId('section-tab-doors').click()
      await expect(page.getByTestId('door-2')).toHaveCount(terminal === 'controller' ? 1 : 0)
      // each reader's authentication mode in force, in words
      const words = {
        controller: { en: 'Card', zh: '刷卡' },
        face: { en: 'Card, face or fingerprint', zh: '刷卡或人脸或指纹' },
      }
      await expect(page.getByTestId('reader-1')).toContainText(words[terminal][lang])
    })
