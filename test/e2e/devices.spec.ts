// Devices: the demo site on first start, adding a terminal by hand (a wrong password costs the
// terminal exactly one failed login and is explained), the per-terminal actions, removal.
import { expect, startBrowserMode, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

test('first start with --demo-if-empty shows the demo site: three terminals online', async ({
  page,
}) => {
  const app: RunningStation = await startBrowserMode(['--demo-if-empty'])
  try {
    await page.goto(`${app.url}#/devices`)
    const rows = page.getByTestId('device-row')
    await expect(rows).toHaveCount(3, { timeout: 20_000 })
    for (const row of await rows.all())
      await expect(row.getByTestId('device-health')).toHaveText('Online')
    await expect(rows.filter({ hasText: 'iris-face' })).toContainText('CardFaceIris')
    await expectAccessible(page, 'Devices')
    await page.screenshot({ path: 'test-results/screens/devices.png' })
  } finally {
    app.process.kill('SIGTERM')
  }
})

test.describe('by hand', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'card-door' })
  })
  test.afterAll(async () => fleet?.close())

  test('adds a terminal: a wrong password is one explained failure, then the right one', async ({
    app,
    page,
  }) => {
    const sim = fleet.devices[0]!
    await page.goto(`${app.url}#/devices`)
    await expect(page.getByText('No terminals yet')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Start the demo site' })).toBeVisible()
    await expectAccessible(page, 'Devices (empty)')
    await page.screenshot({ path: 'test-results/screens/devices-empty.png' })

    await page.getByRole('button', { name: 'Add device' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add a terminal' })
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Side gate')
    await dialog.getByLabel('Address').fill(sim.host)
    await dialog.getByRole('textbox', { name: 'Port' }).fill(String(sim.port))
    await dialog.getByLabel('User name').fill(sim.username)
    await dialog.getByRole('textbox', { name: 'Password' }).fill('not-the-password')
    await dialog.getByRole('button', { name: 'Check and add' }).click()
    await expect(dialog.getByTestId('device-problem')).toContainText('Wrong user name or password')
    const auth = await fleet.control.failedLogins(sim)
    expect(Object.values(auth.addresses).reduce((n, a) => n + a.failures, 0)).toBe(1)
    await expectAccessible(page, 'Add device (refused)')
    await page.screenshot({ path: 'test-results/screens/devices-add-refused.png' })

    await dialog.getByRole('textbox', { name: 'Password' }).fill(sim.password)
    await dialog.getByRole('button', { name: 'Check and add' }).click()
    await expect(dialog).toBeHidden()
    const row = page.getByTestId('device-row')
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('device-health')).toHaveText('Online')
    await expect(row).toContainText(sim.model)
    await expect(row).toContainText('Card')

    const actions = row.getByRole('button', { name: 'Actions for Side gate' })
    await actions.click()
    await page.getByRole('menuitem', { name: 'Sync time' }).click()
    await expect(page.getByText('Side gate’s clock now follows the station.')).toBeVisible()
    await actions.click()
    await page.getByRole('menuitem', { name: 'Open door' }).click()
    await expect(page.getByText('The door of Side gate was opened.')).toBeVisible()
    await actions.click()
    await page.getByRole('menuitem', { name: 'Check now' }).click()
    await expect(page.getByText('Side gate was checked: Online.')).toBeVisible()

    // Edit: a new name needs no new login check.
    await actions.click()
    await page.getByRole('menuitem', { name: 'Edit' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Side gate' })
    await edit.getByRole('textbox', { name: 'Site' }).fill('North')
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()
    await expect(row).toContainText('North')

    // The terminal locks the account: the row says so with the unlock countdown.
    await fleet.control.lock(sim, 600)
    await actions.click()
    await page.getByRole('menuitem', { name: 'Check now' }).click()
    await expect(row.getByTestId('device-health')).toHaveText('Locked')
    await expect(row.getByTestId('unlock-countdown')).toHaveText(/unlocks in (9|10):\d\d/)
    await expect(page.getByRole('menu')).toBeHidden()
    await expectAccessible(page, 'Devices (locked)')
    await page.screenshot({ path: 'test-results/screens/devices-locked.png' })
    await fleet.control.unlock(sim)

    await actions.click()
    await page.getByRole('menuitem', { name: 'Remove' }).click()
    await page
      .getByRole('dialog', { name: 'Remove Side gate?' })
      .getByRole('button', { name: 'Remove terminal' })
      .click()
    await expect(page.getByText('No terminals yet')).toBeVisible()
  })
})

test('activates a factory-new terminal from the add dialog, refusing a weak password first', async ({
  app,
  page,
}) => {
  const fresh = await startFleet({ devices: 1, profile: 'face-lite', activated: false })
  try {
    const sim = fresh.devices[0]!
    await page.goto(`${app.url}#/devices`)
    await page.getByRole('button', { name: 'Add device' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add a terminal' })
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('New lobby')
    await dialog.getByLabel('Address').fill(sim.host)
    await dialog.getByRole('textbox', { name: 'Port' }).fill(String(sim.port))
    await dialog.getByRole('textbox', { name: 'Password' }).fill('anything-1')
    await dialog.getByRole('button', { name: 'Check and add' }).click()
    await expect(dialog.getByTestId('device-problem')).toContainText('not activated')
    await dialog.getByRole('button', { name: 'Activate this terminal' }).click()
    await expect(dialog.getByTestId('activation-hint')).toBeVisible()
    const password = dialog.getByRole('textbox', { name: 'New admin password' })
    await password.fill('password')
    await expect(dialog.getByText('Mix at least two kinds')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Activate and add' })).toBeDisabled()
    await password.fill('Door-Keeper-7')
    await dialog.getByRole('textbox', { name: 'Repeat the password' }).fill('Door-Keeper-7')
    await expectAccessible(page, 'Add device (activation)')
    await page.screenshot({ path: 'test-results/screens/devices-activate.png' })
    await dialog.getByRole('button', { name: 'Activate and add' }).click()
    await expect(dialog).toBeHidden()
    const row = page.getByTestId('device-row').filter({ hasText: 'New lobby' })
    await expect(row.getByTestId('device-health')).toHaveText('Online')
  } finally {
    await fresh.close()
  }
})
