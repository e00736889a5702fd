import { expect, test } from './fixtures'

test('opens the shell, shows the empty roster and moves between sections', async ({
  app,
  page,
}) => {
  await page.goto(app.url)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeVisible()
  for (const name of ['Overview', 'Devices', 'Persons', 'Enroll', 'Apply', 'Events', 'Settings']) {
    await expect(nav.getByRole('button', { name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview')
  await expect(page.getByTestId('count-persons')).toContainText('0')
  await expect(page.getByTestId('count-devices')).toContainText('Terminals')
  await expect(page.getByTestId('station-data-dir')).toHaveText(app.dataDir)
  await expect(page.getByTestId('bridge-kind')).toHaveText('Browser mode')
  await expect(page).not.toHaveURL(/token=/) // the token leaves the address bar once read
  // the built page carries its own CSP (an Electron file:// window gets no response headers)
  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(csp).toHaveAttribute('content', /script-src 'self'(;|$)/)
  await expect(csp).toHaveAttribute('content', /object-src 'none'/)
  await page.screenshot({ path: 'test-results/screens/overview.png', fullPage: true })

  await page.getByRole('button', { name: 'Devices' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices')
  await expect(page).toHaveURL(/#\/devices$/)
})

test('changes a setting through the bridge and keeps it across a reload', async ({ app, page }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('combobox', { name: 'Theme' }).click()
  await page.getByRole('option', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('Dark')
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.screenshot({ path: 'test-results/screens/settings-dark.png', fullPage: true })
})

test('another page cannot drive the station without the token', async ({ app, page }) => {
  await page.goto(`http://127.0.0.1:${app.port}/`)
  const status = await page.evaluate(
    (port) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=guess`)
        ws.onopen = () => resolve('open')
        ws.onerror = () => resolve('refused')
      }),
    app.port,
  )
  expect(status).toBe('refused')
})

test('starts the demo site from Settings and says so when it already runs', async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}#/settings`)
  await page.getByRole('button', { name: 'Start the demo site' }).click()
  await expect(page.getByText(/Demo site started: 3 terminals, \d+ persons\./)).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Start the demo site' }).click()
  await expect(page.getByText('The demo site is already running')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Overview' })
    .click()
  await expect(page.getByTestId('count-devices')).toContainText('3')
})
