// Issue 17 item 8, enrolling a new hire as a receptionist would: the saved person's drawer offers
// "Enroll now" (the Enroll screen opens with them picked) and "Apply now for this person"; Esc
// closes the drawer back to the row it came from; "1 fingerprint"; Esc cancels a waiting capture.
import { addTerminal, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('a new hire: apply now from the drawer, enroll now preselects them, Esc everywhere', async ({
  app,
  page,
}) => {
  const lobby = fleet.devices[0]!
  await addTerminal(app, 'Lobby', lobby)
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Add person' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add person' })
  await form.getByLabel('Employee no.').fill('3100')
  await form.getByRole('textbox', { name: /^Name/ }).fill('Nia Obi')
  await form.getByRole('button', { name: 'Save' }).click()

  const drawer = page.getByRole('dialog', { name: /Nia Obi/ })
  await expect(drawer.getByTestId('person-actions')).toBeVisible()
  await expectAccessible(page, 'Person drawer with actions')
  await drawer.getByRole('button', { name: 'Apply now for this person' }).click()
  await expect
    .poll(async () => (await fleet.control.state(lobby)).persons.map((p) => p.employeeNo))
    .toContain('3100')

  // Esc closes the drawer and focus goes back to the person's row
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  const row = page.locator('[data-employee-no="3100"]')
  await row.click()
  await expect(drawer).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(row).toBeFocused()

  // Enroll now: the Enroll screen with Nia picked
  await row.press('Enter')
  await drawer.getByRole('button', { name: 'Enroll now' }).click()
  await expect(page).toHaveURL(/#\/enroll/)
  await expect(page.getByTestId('enroll-credentials')).toHaveText(
    '0 cards · 0 fingerprints · face — · 0 irises',
  )
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()

  // A fingerprint, then "1 fingerprint"
  await page.getByRole('tab', { name: 'Fingerprint' }).click()
  await page.getByRole('radio', { name: 'Left index (finger 7)' }).click()
  await page.getByRole('button', { name: 'Capture left index' }).click()
  const phase = page.getByTestId('enroll-phase')
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 82 })
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(page.getByTestId('enroll-credentials')).toContainText('1 fingerprint ·')

  // Esc cancels a capture that waits at the terminal
  await page.getByRole('radio', { name: 'Right index (finger 2)' }).click()
  await page.getByRole('button', { name: 'Capture right index' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await page.keyboard.press('Escape')
  await expect(phase).toHaveAttribute('data-phase', 'cancelled')
})
