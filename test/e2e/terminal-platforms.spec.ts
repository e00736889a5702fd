// The Terminal page's Network & platforms, Picture, Voice and Intercom sections on a face
// terminal, in en and zh: a Hik-Connect verification code entered in a password input, sent,
// never shown again; a volume outside the terminal's range refused inline and nothing sent.
// Each change is checked through the simulated terminal's control API.
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const SECTIONS = ['network', 'picture', 'voice', 'intercom'] as const

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
}

test.describe('Terminal page: platforms, picture, voice, intercom', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: ['face-fp'] })
  })
  test.afterAll(async () => fleet?.close())

  test('face terminal: Hik-Connect with its code, a volume out of range (en), then zh', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[0]!
    await addTerminal(app, 'Lobby', sim)
    await openTerminal(page, app.url, 'Lobby')
    await shootSections(page, 'terminal-platforms')

    await page.getByTestId('section-tab-network').click()
    const ezviz = page.getByTestId('config-form-EZVIZ')
    await ezviz.getByRole('switch', { name: 'Hik-Connect access' }).check({ force: true })
    const code = ezviz.getByLabel('Verification code')
    await expect(code).toHaveAttribute('type', 'password')
    await code.fill('Ab12cd34')
    await ezviz.getByRole('button', { name: 'Save' }).click()
    await expect(ezviz.getByTestId('config-saved')).toBeVisible()
    await expect(code).toHaveValue('')
    expect((await fleet.control.docs(sim, 'EZVIZ'))['EZVIZ/0']).toMatchObject({ enabled: true })
    expect(JSON.stringify(await fleet.control.docs(sim, 'EZVIZ'))).not.toContain('Ab12cd34')
    await page.screenshot({ path: 'test-results/screens/terminal-platforms-ezviz-saved.png' })

    await page.getByTestId('section-tab-voice').click()
    const speaker = page.getByTestId('config-form-AudioOut')
    const volume = speaker.getByRole('textbox', { name: 'Prompt volume' })
    await volume.fill('11')
    await speaker.getByRole('button', { name: 'Save' }).click()
    await expect(speaker).toContainText('Outside the terminal’s range: 0–10.')
    expect(await fleet.control.docs(sim, 'AudioOut')).toEqual({})
    await volume.fill('8')
    await speaker.getByRole('button', { name: 'Save' }).click()
    await expect(speaker.getByTestId('config-saved')).toContainText('5 → 8')
    expect((await fleet.control.docs(sim, 'AudioOut'))['AudioOut/0']).toMatchObject({
      AudioOutVolumelist: { AudioOutVlome: { volume: 8 } },
    })

    expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
    await openTerminal(page, app.url, 'Lobby')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await shootSections(page, 'zh-terminal-platforms')
  })
})
