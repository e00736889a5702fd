// The Terminal page: opened from a row on Devices, its header says which terminal it is, its
// sections come from the one registry (features/terminal/sections.ts) and its settings forms
// from the terminal's own capabilities. Each change is checked through an independent read of
// the simulated terminal (its control API), never through the station.
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const SECTIONS = ['summary', 'general', 'time', 'authentication', 'door-settings'] as const

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page).toHaveURL(/#\/devices\/[^/]+$/)
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

async function shootSections(page: Page, prefix: string) {
  for (const id of SECTIONS) {
    await page.getByTestId(`section-tab-${id}`).click()
    if (id !== 'summary')
      await expect(page.locator('form[data-testid^="config-form-"]').first()).toBeVisible()
    await expectAccessible(page, `${prefix} ${id}`)
    await page.screenshot({ path: `test-results/screens/${prefix}-${id}.png`, fullPage: true })
  }
}

test.describe('Terminal page', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  })
  test.afterAll(async () => fleet?.close())

  test('face terminal: header, sections, the reader’s authentication settings', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[0]!
    await addTerminal(app, 'Lobby', sim)
    await openTerminal(page, app.url, 'Lobby')
    await expect(page.getByTestId('terminal-model')).toHaveText(sim.model)
    await expect(page.getByTestId('device-health')).toHaveText('Online')
    await expect(page.getByTestId('terminal-capacity')).toContainText('Doors')
    await shootSections(page, 'terminal-face')

    // Authentication, reader 1: card + face, 1:1 threshold; out of range refused inline
    await page.getByTestId('section-tab-authentication').click()
    const reader = page.getByTestId('config-form-CardReaderCfg')
    const threshold = reader.getByRole('textbox', { name: 'Face threshold 1:1' })
    await threshold.fill('130')
    await reader.getByRole('button', { name: 'Save' }).click()
    await expect(reader).toContainText('Outside the terminal’s range: 0–100.')
    expect(await fleet.control.docs(sim, 'CardReaderCfg/1')).toEqual({})
    await expectAccessible(page, 'Reader refused inline')
    await page.screenshot({ path: 'test-results/screens/terminal-face-out-of-range.png' })

    await threshold.fill('75')
    await reader.getByRole('combobox', { name: 'Authentication mode' }).click()
    await page.getByRole('option', { name: 'Card + face', exact: true }).click()
    await reader.getByRole('button', { name: 'Save' }).click()
    await expect(reader.getByTestId('config-saved')).toContainText(
      'Face threshold 1:1 (faceMatchThreshold1): 60 → 75',
    )
    await expect(reader.getByTestId('config-saved')).toContainText(
      'Authentication mode (defaultVerifyMode): Card, face or fingerprint → Card + face',
    )
    expect((await fleet.control.docs(sim, 'CardReaderCfg/1'))['CardReaderCfg/1']).toMatchObject({
      faceMatchThreshold1: 75,
      defaultVerifyMode: 'faceAndCard',
    })

    // Face recognition mode reboots the terminal: asked first; Cancel sends nothing
    const mode = page.getByTestId('config-form-FaceRecognizeMode')
    await mode.getByRole('combobox', { name: 'Mode' }).click()
    await page.getByRole('option', { name: 'Infrared (deep)' }).click()
    await mode.getByRole('button', { name: 'Save' }).click()
    const ask = page.getByRole('dialog', { name: 'Save and reboot the terminal?' })
    await expect(ask).toBeVisible()
    await expectAccessible(page, 'Reboot confirmation')
    await ask.getByRole('button', { name: 'Cancel' }).click()
    await expect(ask).toBeHidden()
    expect(await fleet.control.docs(sim, 'FaceRecognizeMode')).toEqual({})

    // Time: a zone the terminal refuses shows its code; the user's value stays in the field
    await page.getByTestId('section-tab-time').click()
    const time = page.getByTestId('config-form-Time')
    const zone = time.getByRole('textbox', { name: /Time zone/ })
    await zone.fill('nowhere')
    await time.getByRole('button', { name: 'Save' }).click()
    await expect(time.getByTestId('config-refusal')).toContainText('badXmlContent')
    await expect(zone).toHaveValue('nowhere')
    await expectAccessible(page, 'Time refused by the terminal')
    await page.screenshot({ path: 'test-results/screens/terminal-face-refused.png' })
    await zone.fill('CST-8:00:00')
    await time.getByRole('button', { name: 'Save' }).click()
    await expect(time.getByTestId('config-saved')).toContainText('CST-8:00:00')
  })

  test('2-door controller: one tab per door, door 2 set and read back; Chinese', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[1]!
    await addTerminal(app, 'Gate', sim)
    await openTerminal(page, app.url, 'Gate')
    // a door controller has no loudspeaker or intercom, no screen, no health screening (no mask
    // detection, no thermometry), no face libraries and no ID-card reader: said once, in one line
    await expect(page.getByTestId('terminal-lacks')).toHaveText(
      /^Not on this terminal: Voice, Intercom, Screen, Health screening, Face libraries, ID cards\.$/,
    )
    await page.getByTestId('section-tab-door-settings').click()
    const doors = page.getByTestId('config-resource-DoorParam')
    await expect(doors.getByRole('tab')).toHaveText(['Door 1', 'Door 2'])
    await doors.getByRole('tab', { name: 'Door 2' }).click()
    const form = doors.getByTestId('config-form-DoorParam')
    const duration = form.getByRole('textbox', { name: 'Open duration (s)' })
    await duration.fill('300')
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(form).toContainText('Outside the terminal’s range: 1–255.')
    expect(await fleet.control.docs(sim, 'DoorParam/2')).toEqual({})
    await duration.fill('10')
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(form.getByTestId('config-saved')).toContainText(
      'Open duration (s) (openDuration): 5 → 10',
    )
    expect((await fleet.control.docs(sim, 'DoorParam/2'))['DoorParam/2']).toMatchObject({
      openDuration: 10,
    })
    await shootSections(page, 'terminal-controller')
    await page.getByTestId('section-tab-authentication').click()
    await expect(page.getByTestId('config-lacking')).toContainText('Face comparison conditions')

    expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
    await page.reload()
    await expect(page.getByTestId('section-tab-door-settings')).toHaveText('门参数')
    await shootSections(page, 'zh-terminal-controller')
  })

  test('a terminal that does not answer: the page says so and offers nothing that sends', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[0]!
    await addTerminal(app, 'Lobby', sim)
    await fleet.control.fault(sim, { offline: true })
    try {
      const list = await callStation<{ id: string }[]>(app, 'devices.list', {})
      const id = list.ok ? list.value[0]!.id : ''
      await callStation(app, 'devices.check', { id })
      await page.goto(`${app.url}#/devices/${id}`)
      await expect(page.getByTestId('terminal-offline')).toBeVisible()
      await page.getByTestId('section-tab-time').click()
      await expect(page.getByTestId('config-not-read')).toBeVisible()
      await expect(page.getByRole('button', { name: 'Sync now' })).toBeDisabled()
      await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0)
      await expectAccessible(page, 'Terminal offline')
      await page.screenshot({ path: 'test-results/screens/terminal-offline.png' })
    } finally {
      await fleet.control.clearFaults(sim)
    }
  })

  test('face terminal in Chinese', async ({ app, page }) => {
    await addTerminal(app, 'Lobby', fleet.devices[0]!)
    expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
    await openTerminal(page, app.url, 'Lobby')
    await expect(page.getByTestId('section-tab-authentication')).toHaveText('认证')
    await shootSections(page, 'zh-terminal-face')
  })
})
