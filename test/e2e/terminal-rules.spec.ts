// The Terminal page's access rules, health screening, attendance and event settings sections on
// a temperature-screening face terminal: each section shown (screenshots in en and zh, axe), a
// threshold out of the terminal's range refused inline, one in range saved and seen through an
// independent read of the simulated terminal, anti-passback records cleared, and the attendance
// template list read.
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const SECTIONS = ['access-rules', 'health', 'attendance', 'event-config'] as const

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

async function shootSections(page: Page, prefix: string) {
  for (const id of SECTIONS) {
    await page.getByTestId(`section-tab-${id}`).click()
    await expect(page.locator('form[data-testid^="config-form-"]').first()).toBeVisible()
    await expectAccessible(page, `${prefix} ${id}`)
    await page.screenshot({ path: `test-results/screens/${prefix}-${id}.png`, fullPage: true })
  }
  await page.getByTestId('section-tab-face-libraries').click()
  await expect(page.getByTestId('face-library-1')).toBeVisible()
  await expectAccessible(page, `${prefix} face-libraries`)
  await page.screenshot({
    path: `test-results/screens/${prefix}-face-libraries.png`,
    fullPage: true,
  })
}

test.describe('Terminal page: rules, health, attendance, events', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'iris-face' })
  })
  test.afterAll(async () => fleet?.close())

  test('sections in English: a fever threshold refused inline, then saved; records cleared; templates read', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[0]!
    await addTerminal(app, 'Clinic', sim)
    await openTerminal(page, app.url, 'Clinic')
    await shootSections(page, 'terminal-rules')

    await page.getByTestId('section-tab-health').click()
    const screening = page.getByTestId('config-form-TemperatureScreening')
    const fever = screening.getByRole('textbox', { name: 'Fever at or above (°C)' })
    await fever.fill('50')
    await screening.getByRole('button', { name: 'Save' }).click()
    await expect(screening).toContainText('Outside the terminal’s range: 30–45.')
    expect(await fleet.control.docs(sim, 'AcsCfg')).toEqual({})
    await page.screenshot({ path: 'test-results/screens/terminal-rules-health-refused.png' })
    await fever.fill('37.5')
    await screening.getByRole('button', { name: 'Save' }).click()
    await expect(screening.getByTestId('config-saved')).toContainText('37.3 → 37.5')
    expect((await fleet.control.docs(sim, 'AcsCfg/0'))['AcsCfg/0']).toMatchObject({
      highestThermalThreshold: 37.5,
    })

    await page.getByTestId('section-tab-access-rules').click()
    await page.getByTestId('anti-passback-employees').fill('1001, 1002')
    await page.getByTestId('anti-passback-clear').click()
    await expect(page.getByText('Anti-passback records cleared on the terminal.')).toBeVisible()

    await page.getByTestId('section-tab-attendance').click()
    await page.getByRole('button', { name: 'Read the list' }).click()
    await expect(page.getByTestId('attendance-templates').getByRole('row')).toHaveCount(9)
    await expectAccessible(page, 'attendance templates')
    await page.screenshot({
      path: 'test-results/screens/terminal-rules-attendance-templates.png',
      fullPage: true,
    })
  })

  test('sections in Chinese', async ({ app, page }) => {
    await addTerminal(app, 'Clinic', fleet.devices[0]!)
    expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
    await openTerminal(page, app.url, 'Clinic')
    await expect(page.getByTestId('section-tab-health')).toHaveText('健康筛查')
    await shootSections(page, 'zh-terminal-rules')
  })
})
