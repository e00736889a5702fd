// Terminal page additions of issue 12 (part 1) on a face terminal, in English and in Chinese:
// "Restore picture defaults" forgets the tuned image documents on the simulated terminal; the
// Doors section shows only the working-status fields the terminal's capability lists; a
// platform's listening host is added in a free slot from the Events section (screenshots, axe).
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

const TEXT = {
  en: {
    restore: 'Restore picture defaults',
    yes: 'Yes, restore',
    power: 'Power supply: ACPowerSupply',
    url: 'Add a host (URL)',
    add: 'Add in a free slot',
  },
  zh: {
    restore: '恢复图像默认参数',
    yes: '确认恢复',
    power: '供电: ACPowerSupply',
    url: '添加主机（URL）',
    add: '添加到空闲槽位',
  },
} as const

test.describe('Picture restore, working status, listening hosts', () => {
  test.describe.configure({ timeout: 180_000 })
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-lite' })
  })
  test.afterAll(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`restore, status and a host added (${lang})`, async ({ app, page }) => {
      const sim = fleet.devices[0]!
      const x = TEXT[lang]
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      const list = await callStation<{ id: string; name: string }[]>(app, 'devices.list', {})
      const device = { id: list.ok ? list.value.find((d) => d.name === 'Lobby')!.id : '' }
      // the fleet is shared by the runs: every slot free again
      expect(
        (await callStation(app, 'listening.freeAll', { deviceId: device.id, confirm: true })).ok,
      ).toBe(true)
      const tuned = await callStation(app, 'config.set', {
        deviceId: device.id,
        resource: 'Color',
        changes: { brightnessLevel: 80 },
      })
      expect(tuned.ok).toBe(true)
      await expect
        .poll(async () => Object.keys(await fleet.control.docs(sim, 'Color/')))
        .toEqual(['Color/0'])
      await openTerminal(page, app.url, 'Lobby')

      await page.getByTestId('section-tab-picture').click()
      await page.getByRole('button', { name: x.restore, exact: true }).click()
      await page.getByRole('button', { name: x.yes, exact: true }).click()
      await expect.poll(async () => fleet.control.docs(sim, 'Color/')).toEqual({})
      // the section's forms read the terminal again: every one has loaded before the check
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0)
      await expectAccessible(page, `Picture restore (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-picture-restore-${lang}.png`,
        fullPage: true,
      })

      await page.getByTestId('section-tab-doors').click()
      const status = page.getByTestId('terminal-work-status')
      await expect(status.getByTestId('status-powerSupplyStatus')).toHaveText(x.power)
      await expect(status.getByTestId('status-hostAntiDismantleStatus')).toBeVisible()
      await expect(status.getByTestId('status-antiSneakStatus')).toHaveCount(0)
      await page.screenshot({
        path: `test-results/screens/terminal-work-status-${lang}.png`,
        fullPage: true,
      })

      await page.getByTestId('section-tab-events').click()
      await page.getByRole('textbox', { name: x.url }).fill('http://10.0.0.5:8080/platform')
      await page.getByRole('button', { name: x.add, exact: true }).click()
      await expect(page.getByTestId('slots-table')).toContainText('10.0.0.5:8080/platform')
      await expect
        .poll(async () => {
          const r = await callStation(app, 'listening.slots', { deviceId: device.id })
          return r.ok ? JSON.stringify(r.value) : ''
        })
        .toContain('10.0.0.5:8080/platform')
      await expectAccessible(page, `Listening hosts (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-listening-hosts-${lang}.png`,
        fullPage: true,
      })
    })
})
