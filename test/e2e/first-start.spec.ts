// First start as `npm start` does it (--demo-if-empty): the demo site comes up by itself,
// labelled "Demo site" on every screen, goes in one action and stays gone after a restart.
// The page loads without a console error (the favicon is served).
import { callStation, expect, startBrowserMode, test } from './fixtures'

test('the demo site starts by itself, is labelled, is removed in one action and stays removed', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  let app = await startBrowserMode(['--demo-if-empty'])
  try {
    expect(await app.firstStart()).toBe('started')
    await page.goto(app.url)
    const banner = page.getByRole('region', { name: 'Demo site' })
    await expect(banner).toBeVisible({ timeout: 20_000 })
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Devices' })
      .click()
    const rows = page.getByTestId('device-row')
    await expect(rows).toHaveCount(3, { timeout: 20_000 })
    for (const row of await rows.all()) {
      await expect(row.getByTestId('device-health')).toHaveText('Online', { timeout: 20_000 })
    }
    await expect(banner).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/demo-banner.png' })

    const icon = await page.request.get(`http://127.0.0.1:${app.port}/favicon.ico`)
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toBe('image/x-icon')
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))

    await banner.getByRole('button', { name: 'Remove demo site' }).click()
    await expect(
      page.getByText(/Demo site removed: 3 terminals and 6 sample persons\./),
    ).toBeVisible()
    await expect(banner).toBeHidden()
    await expect(rows).toHaveCount(0)
    expect(errors).toEqual([])
  } finally {
    app.process.kill('SIGTERM')
    await new Promise((resolve) => app.process.once('exit', resolve))
  }

  // The same roster, started again as on first start: empty, and no demo site.
  app = await startBrowserMode(['--demo-if-empty'], app.dataDir)
  try {
    expect(await app.firstStart()).toBe('not-offered')
    const settings = await callStation<{ demoOffered: boolean }>(app, 'settings.get', {})
    expect(settings.ok && settings.value.demoOffered).toBe(true)
    await page.goto(`${app.url}#/devices`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices')
    const status = await callStation<{ active: boolean }>(app, 'demo.status', {})
    expect(status.ok && status.value.active).toBe(false)
    await expect(page.getByRole('region', { name: 'Demo site' })).toHaveCount(0)
    await expect(page.getByTestId('device-row')).toHaveCount(0)
  } finally {
    app.process.kill('SIGTERM')
  }
})
