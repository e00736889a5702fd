// Terminal maintenance on the Devices screen: a firmware upgrade with live progress (a package
// for another model refused with the device's code, an oversized file refused before sending),
// a configuration backup downloaded and restored (the terminal restarts and comes back), a reboot.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { addTerminal, expect, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

// The simulator's documented package: "SIMFW1\n" + a JSON line naming model and version.
const firmware = (model: string, version: string): Buffer =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ model, version, date: 'build 261124' })}\n`),
    Buffer.alloc(64 * 1024, 9),
  ])

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({
    devices: 1,
    profile: 'face-fp',
    timing: { rebootMs: 700, upgradeMs: 500 },
  })
})
test.afterAll(async () => fleet?.close())

/** Menus closed and dialog transitions over, so axe and screenshots see the settled screen. */
async function settled(page: Page) {
  await expect(page.getByRole('menu')).toBeHidden()
  await page.waitForFunction(() => document.getAnimations().length === 0)
}

async function addLobby(app: RunningStation, page: Page) {
  const sim = fleet.devices[0]!
  await addTerminal(app, 'Lobby', sim)
  await page.goto(`${app.url}#/devices`)
  const row = page.getByTestId('device-row')
  await expect(row.getByTestId('device-health')).toHaveText('Online')
  const menu = async (item: string) => {
    await row.getByRole('button', { name: 'Actions for Lobby' }).click()
    await page.getByRole('menuitem', { name: item }).click()
    await settled(page)
  }
  return { sim, row, menu }
}

test('upgrade: oversized and wrong-model packages are refused and explained; a good one shows progress and the new version', async ({
  app,
  page,
}) => {
  const { sim, row, menu } = await addLobby(app, page)
  const before = (await row.textContent()) ?? ''
  expect(before).not.toContain('V7.1.0')

  await menu('Upgrade firmware…')
  const dialog = page.getByRole('dialog', { name: 'Upgrade firmware of Lobby' })
  await expect(dialog.getByTestId('upgrade-current')).toContainText(`Lobby (${sim.model})`)
  const upgrade = dialog.getByRole('button', { name: 'Upgrade Lobby' })
  await expect(upgrade).toBeDisabled()
  await expectAccessible(page, 'Upgrade (pick)')
  await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-pick.png' })

  // Past the inline cap: refused before anything is sent, with the CLI for large packages.
  const file = dialog.getByLabel('Firmware file')
  await file.setInputFiles({
    name: 'huge.dav',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(24 * 1024 * 1024),
  })
  const tooLarge = dialog.getByTestId('upgrade-too-large')
  await expect(tooLarge).toContainText('huge.dav (24.0 MiB) is over the 23 MiB the window can send')
  await expect(tooLarge).toContainText('npm run cli -- devices upgrade "Lobby" <file>')
  await expect(upgrade).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-too-large.png' })

  // A package for another model: the terminal refuses it; its own code is behind a disclosure.
  await file.setInputFiles({
    name: 'door.dav',
    mimeType: 'application/octet-stream',
    buffer: firmware('DS-K2602T', 'V9.9.9'),
  })
  await expect(dialog.getByTestId('upgrade-file')).toContainText('door.dav')
  await upgrade.click()
  const problem = dialog.getByTestId('maintenance-problem')
  await expect(problem).toHaveAttribute('data-code', 'DEVICE_REJECTED')
  await expect(problem).toContainText(`This package is for another model: Lobby is a ${sim.model}`)
  await expect(problem.getByTestId('device-code')).toBeHidden()
  await problem.getByText('The terminal’s own code').click()
  await expect(problem.getByTestId('device-code')).toContainText('subStatusCode: badDevType')
  await expectAccessible(page, 'Upgrade (refused)')
  await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-refused.png' })
  await expect(row).not.toContainText('V9.9.9')

  // The right package: live phases and percent, the dialog stays put, the new version at the end.
  await dialog.getByRole('button', { name: 'Choose another file' }).click()
  await expect(upgrade).toBeDisabled()
  await dialog.getByLabel('Firmware file').setInputFiles({
    name: 'digicap.dav',
    mimeType: 'application/octet-stream',
    buffer: firmware(sim.model, 'V7.1.0'),
  })
  await upgrade.click()
  // While it runs the dialog says so in its title, has no close button and ignores Escape.
  const running = page.getByRole('dialog', { name: 'Upgrading Lobby' })
  const phase = running.getByTestId('upgrade-phase')
  await expect(phase).toHaveText(/Sending the package|Writing the firmware|Restarting/)
  await expect(running.getByRole('button', { name: 'Close' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(running).toBeVisible()
  await expect(running.getByRole('progressbar', { name: 'Upgrade progress' })).toBeVisible()
  await expect(running.getByTestId('upgrade-message')).toHaveText(
    /Lobby is writing the firmware \([1-9]\d*%\)|Lobby is restarting/,
  )
  await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-progress.png' })
  await expectAccessible(page, 'Upgrade (running)')
  const done = dialog.getByTestId('upgrade-done')
  await expect(done).toContainText('Lobby is back with firmware V7.1.0', { timeout: 30_000 })
  await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-done.png' })
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('V7.1.0')
  await expect(row.getByTestId('device-health')).toHaveText('Online')
})

test('backup downloads the configuration; restoring it restarts the terminal; reboot waits until it is back', async ({
  app,
  page,
}) => {
  const { row, menu } = await addLobby(app, page)

  const downloading = page.waitForEvent('download')
  await menu('Back up configuration')
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^Lobby_.+\.cfg$/)
  await expect(page.getByText(`saved as ${download.suggestedFilename()}`)).toBeVisible()
  const saved = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(saved)
  const backup = readFileSync(saved)
  expect(backup.length).toBeGreaterThan(0)

  await menu('Restore configuration…')
  const restore = page.getByRole('dialog', { name: 'Restore configuration of Lobby' })
  const go = restore.getByRole('button', { name: 'Restore and restart' })
  await expect(go).toBeDisabled()
  await restore.getByLabel('Configuration file').setInputFiles(saved)
  await expect(restore.getByTestId('restore-file')).toContainText(download.suggestedFilename())
  await expectAccessible(page, 'Restore configuration')
  await page.screenshot({ path: 'test-results/screens/maintenance-restore.png' })
  await go.click()
  await expect(restore.getByTestId('restart-waiting')).toContainText('waiting for Lobby')
  await page.keyboard.press('Escape')
  await expect(restore).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/maintenance-restore-waiting.png' })
  await expect(restore).toBeHidden({ timeout: 30_000 })
  const restored = page
    .locator('.mantine-Notification-root')
    .filter({ hasText: 'The configuration was restored; Lobby restarted and is back.' })
  await expect(restored).toBeVisible()
  await restored.getByRole('button', { name: 'Close' }).click()
  await expect(restored).toBeHidden()
  await expect(row.getByTestId('device-health')).toHaveText('Online')

  await menu('Reboot')
  const reboot = page.getByRole('dialog', { name: 'Reboot Lobby?' })
  await expectAccessible(page, 'Reboot')
  await reboot.getByRole('button', { name: 'Reboot' }).click()
  await expect(reboot.getByTestId('restart-waiting')).toContainText('Waiting for Lobby')
  await expect(reboot).toBeHidden({ timeout: 30_000 })
  await expect(page.getByText(/Lobby is back after \d+ s\./)).toBeVisible()
  await expect(row.getByTestId('device-health')).toHaveText('Online')
})

test('a busy terminal and an unreachable one are explained by code; nothing changes', async ({
  app,
  page,
}) => {
  const { sim, row, menu } = await addLobby(app, page)
  try {
    await fleet.control.fault(sim, { busy: { mode: 'deviceBusy' } })
    await menu('Reboot')
    const reboot = page.getByRole('dialog', { name: 'Reboot Lobby?' })
    await reboot.getByRole('button', { name: 'Reboot' }).click()
    const busy = reboot.getByTestId('maintenance-problem')
    await expect(busy).toHaveAttribute('data-code', 'DEVICE_BUSY', { timeout: 30_000 })
    await expect(busy).toContainText('Lobby is busy')
    await expectAccessible(page, 'Reboot (busy)')
    await page.screenshot({ path: 'test-results/screens/maintenance-reboot-busy.png' })
    await reboot.getByRole('button', { name: 'Cancel' }).click()
    await expect(reboot).toBeHidden()
    await fleet.control.clearFaults(sim)

    await fleet.control.fault(sim, { offline: true })
    await menu('Upgrade firmware…')
    const dialog = page.getByRole('dialog', { name: 'Upgrade firmware of Lobby' })
    await dialog.getByLabel('Firmware file').setInputFiles({
      name: 'digicap.dav',
      mimeType: 'application/octet-stream',
      buffer: firmware(sim.model, 'V8.0.0'),
    })
    await dialog.getByRole('button', { name: 'Upgrade Lobby' }).click()
    const offline = dialog.getByTestId('maintenance-problem')
    await expect(offline).toHaveAttribute('data-code', 'OFFLINE', { timeout: 30_000 })
    await expect(offline).toContainText(`Lobby is unreachable at ${sim.host}:${sim.port}`)
    await page.screenshot({ path: 'test-results/screens/maintenance-upgrade-offline.png' })
    await dialog.getByRole('button', { name: 'Close' }).last().click()
    await expect(dialog).toBeHidden()
    await expect(row).not.toContainText('V8.0.0')
  } finally {
    await fleet.control.clearFaults(sim)
  }
})
