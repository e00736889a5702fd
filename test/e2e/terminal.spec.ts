// The Terminal page: opened from a row on Devices, its header says which terminal it is, and its
// sections come from the one registry (features/terminal/sections.ts).
import { addTerminal, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

test.describe('Terminal page', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  test.afterAll(async () => fleet?.close())

  test('opens from Devices with its header and the summary section', async ({ app, page }) => {
    const sim = fleet.devices[0]!
    await addTerminal(app, 'Lobby', sim)
    await page.goto(`${app.url}#/devices`)
    await page.getByTestId('open-terminal').filter({ hasText: 'Lobby' }).click()
    await expect(page).toHaveURL(/#\/devices\/[^/]+$/)
    await expect(page.getByTestId('terminal-name')).toHaveText('Lobby')
    await expect(page.getByTestId('terminal-model')).toHaveText(sim.model)
    await expect(page.getByTestId('device-health')).toHaveText('Online')
    await expect(page.getByTestId('section-tab-summary')).toBeVisible()
    await expect(page.getByTestId('terminal-capacity')).toContainText('Doors')
    await expectAccessible(page, 'Terminal page')
    await page.screenshot({ path: 'test-results/screens/terminal-summary.png' })

    await page.reload()
    await expect(page.getByTestId('terminal-name')).toHaveText('Lobby')
    await page.getByRole('button', { name: 'All terminals' }).click()
    await expect(page.getByTestId('device-row')).toHaveCount(1)
  })
})
