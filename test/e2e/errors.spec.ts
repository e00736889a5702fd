// Failures the operator must understand: a person removed elsewhere, a station that stopped.
import { callStation, expect, test } from './fixtures'

test('a person removed elsewhere shows as gone in the open drawer', async ({ app, page }) => {
  await callStation(app, 'persons.save', { employeeNo: '5', name: 'Soon Gone' })
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').first().click()
  const drawer = page.getByRole('dialog', { name: /^Soon Gone/ })
  await expect(drawer.getByTestId('detail-employeeNo')).toHaveText('5')
  await callStation(app, 'persons.remove', { employeeNo: '5' }) // another window, the CLI…
  await expect(page.getByText('This person is no longer in the roster.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByText('No persons yet')).toBeVisible()
})

test('a stopped station is reported with what to do, and nothing is lost from the form', async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}#/persons`)
  await expect(page.getByText('No persons yet')).toBeVisible()
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'Add person' })
  await expect(dialog).toBeVisible()
  const stopped = new Promise((resolve) => app.process.once('exit', resolve))
  app.process.kill('SIGTERM')
  await stopped
  await dialog.getByLabel('Employee no.').fill('9')
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Offline Person')
  await dialog.getByRole('button', { name: 'Save' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Cannot reach the station')
  await expect(alert).toContainText('Check that the station is still running, then retry.')
  await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveValue('Offline Person')
  await page.screenshot({ path: 'test-results/screens/error-offline.png' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // whether or not the import dialog's code was fetched before the stop, the window survives
  await page.getByRole('button', { name: 'Import file' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Persons')
})
