// The Terminal page's own sections — Doors, Accounts, Log, Maintenance, Events — and the header
// capacity, on a two-door controller (HTTP) and a face terminal (HTTPS), in en and zh.
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

const SECTIONS = ['doors', 'accounts', 'log', 'maintenance', 'events'] as const

async function openTerminal(app: RunningStation, page: Page, name: string): Promise<void> {
  await page.goto(`${app.url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

const tab = (page: Page, id: string) => page.getByTestId(`section-tab-${id}`)

test.describe('Terminal page: the terminal itself', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 2, profile: ['card-door', 'face-lite'], https: false })
  })
  test.afterAll(async () => fleet?.close())

  test('two-door controller: both doors live, hold door 2 open, log, slots (en)', async ({
    app,
    page,
  }) => {
    await addTerminal(app, 'Gate', fleet.devices[0]!)
    await openTerminal(app, page, 'Gate')
    await expect(page.getByTestId('capacity-persons')).toContainText('of 10,000')

    await tab(page, 'doors').click()
    await expect(page.getByTestId('door-1')).toBeVisible()
    await expect(page.getByTestId('door-2')).toBeVisible()
    await page.getByRole('button', { name: 'Hold open door 2' }).click()
    await expect(page.getByTestId('door-2-mode')).toHaveText('Held open')
    await expect(page.getByTestId('door-2-lock')).toHaveText('Unlocked')
    await expect(page.getByTestId('door-1-mode')).toHaveText('Normal')
    await expectAccessible(page, 'Terminal doors')
    await page.screenshot({ path: 'test-results/screens/terminal-doors.png', fullPage: true })

    await tab(page, 'log').click()
    await page.getByLabel('Type').selectOption('Operation')
    await page.getByRole('button', { name: 'Search' }).click()
    // the terminal's type names in words (remoteAlwaysOpen)
    await expect(page.getByTestId('log-table')).toContainText('Remote: door held open')
    await expectAccessible(page, 'Terminal log')
    await page.screenshot({ path: 'test-results/screens/terminal-log.png', fullPage: true })

    await tab(page, 'accounts').click()
    await expect(page.getByTestId('account-admin')).toBeVisible()
    await expect(page.getByTestId('accounts-insecure')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add account' })).toBeDisabled()
    await expectAccessible(page, 'Terminal accounts')
    await page.screenshot({ path: 'test-results/screens/terminal-accounts.png', fullPage: true })

    await tab(page, 'maintenance').click()
    // over plain HTTP a configuration file's key would travel readable: not offered
    await expect(page.getByRole('button', { name: 'Back up with a key…' })).toBeDisabled()
    await expect(page.getByTestId('backup-key-insecure')).toBeVisible()
    await page.getByRole('button', { name: 'Factory reset…' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('button', { name: 'Reset Gate' })).toBeDisabled()
    await dialog.getByTestId('reset-confirm').fill('gate')
    await expect(dialog.getByRole('button', { name: 'Reset Gate' })).toBeDisabled()
    await expectAccessible(page, 'Terminal factory reset')
    await page.screenshot({ path: 'test-results/screens/terminal-maintenance.png', fullPage: true })
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    await tab(page, 'events').click()
    await expect(page.getByTestId('slots-table')).toBeVisible()
    await page.getByRole('button', { name: 'Set up (use a free slot)' }).click()
    await expect(page.getByTestId('slot-1')).toContainText('This station')
    await page.getByRole('button', { name: 'Test' }).click()
    await expect(page.getByText('The terminal reached the station.')).toBeVisible()
    await expectAccessible(page, 'Terminal events')
    await page.screenshot({ path: 'test-results/screens/terminal-events.png', fullPage: true })
  })
})

test.describe('Terminal page over HTTPS, in Chinese', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-lite', https: true })
  })
  test.afterAll(async () => fleet?.close())

  test('face terminal: one door, add a limited account, every section (zh)', async ({
    app,
    page,
  }) => {
    const d = fleet.devices[0]!
    const added = await callStation(app, 'devices.add', {
      name: 'Lobby',
      host: d.host,
      port: d.port,
      protocol: 'https',
      username: d.username,
      password: d.password,
    })
    expect(added.ok).toBe(true)
    expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
    await openTerminal(app, page, 'Lobby')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

    await tab(page, 'accounts').click()
    await page.getByRole('button', { name: '添加账户' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(/^用户名/).fill('guard')
    await dialog.getByLabel(/^密码/).fill('Guard-Pass-42')
    await dialog.getByLabel(/^再次输入密码/).fill('Guard-Pass-42')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(page.getByTestId('account-guard')).toContainText('操作员')

    await tab(page, 'doors').click()
    await expect(page.getByTestId('door-1')).toBeVisible()
    await expect(page.getByTestId('door-2')).toHaveCount(0)
    for (const id of SECTIONS) {
      await tab(page, id).click()
      await expect(page.getByTestId(`${id}-section`)).toBeVisible()
      await expectAccessible(page, `Terminal ${id} (zh)`)
      await page.screenshot({ path: `test-results/screens/zh-terminal-${id}.png`, fullPage: true })
    }

    // delete the limited account; the administrator offers no delete
    await tab(page, 'accounts').click()
    await expect(page.getByRole('button', { name: '删除账户 admin' })).toHaveCount(0)
    await page.getByRole('button', { name: '删除账户 guard' }).click()
    await expectAccessible(page, 'Terminal delete account (zh)')
    await page.getByRole('dialog').getByRole('button', { name: '删除 guard' }).click()
    await expect(page.getByTestId('account-guard')).toHaveCount(0)
    // an independent read of the terminal: its own account list
    const client = '../../src/main/isapi/index.ts' // loaded at run time, like sim-fleet.ts
    const { connect } = (await import(client)) as {
      connect(o: object): {
        accounts: { list(): Promise<{ userName: string }[]> }
        close(): Promise<void>
      }
    }
    const c = connect({
      host: d.host,
      port: d.port,
      protocol: 'https',
      username: d.username,
      password: d.password,
      tls: { onFirstUse: () => {} },
    })
    try {
      expect((await c.accounts.list()).map((a) => a.userName)).toEqual(['admin'])
    } finally {
      await c.close()
    }
  })
})

test.describe('Terminal page: reader upgrade and a configuration file with a key', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({
      devices: 1,
      profile: 'card-door',
      https: true, // the configuration file's key travels in the URL: HTTPS only
      timing: { rebootMs: 700, upgradeMs: 800 },
    })
  })
  test.afterAll(async () => fleet?.close())

  test('upgrade card reader 2 with progress; a keyed backup is refused with the wrong key and restored with the right one (en)', async ({
    app,
    page,
  }) => {
    const d = fleet.devices[0]!
    const added = await callStation(app, 'devices.add', {
      name: 'Gate',
      host: d.host,
      port: d.port,
      protocol: 'https',
      username: d.username,
      password: d.password,
    })
    expect(added.ok).toBe(true)
    await openTerminal(app, page, 'Gate')
    await tab(page, 'maintenance').click()
    await expect(page.getByTestId('backup-key-insecure')).toHaveCount(0)

    await page.getByRole('button', { name: 'Upgrade a reader…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Reader or module').click()
    await page.getByRole('option', { name: 'Card reader 2 · V1.2.0' }).click()
    await dialog.getByLabel('Package file').setInputFiles({
      name: 'reader.dav',
      mimeType: 'application/octet-stream',
      buffer: Buffer.concat([
        Buffer.from(`SIMFW1\n${JSON.stringify({ type: 'cardReader', version: 'V4.0.0' })}\n`),
        Buffer.alloc(16 * 1024, 1),
      ]),
    })
    await dialog.getByRole('button', { name: 'Upgrade', exact: true }).click()
    await expect(dialog.getByTestId('peripheral-done')).toHaveText(
      'Card reader 2 now runs V4.0.0 (was V1.2.0).',
    )
    await expectAccessible(page, 'Terminal reader upgrade')
    await page.screenshot({ path: 'test-results/screens/terminal-reader-upgrade.png' })
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
    await expect(dialog).toBeHidden()

    // back up with a key from the page: the key typed twice, the file downloads
    await page.getByRole('button', { name: 'Back up with a key…' }).click()
    await dialog.getByLabel('Key', { exact: true }).fill('Site-Key-7')
    await dialog.getByLabel('Key again').fill('Site-Key-6')
    await expect(dialog.getByText('The two keys differ.')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Back up', exact: true })).toBeDisabled()
    await dialog.getByLabel('Key again').fill('Site-Key-7')
    await expectAccessible(page, 'Terminal backup with a key')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Back up', exact: true }).click()
    const file = await (await download).path()
    await expect(dialog).toBeHidden()
    const { readFileSync } = await import('node:fs')
    const backup = readFileSync(file)
    await page.getByRole('button', { name: 'Restore configuration…' }).click()
    await dialog.getByLabel('Configuration file').setInputFiles({
      name: 'gate.cfg',
      mimeType: 'application/octet-stream',
      buffer: backup,
    })
    await dialog.getByLabel(/^File key/).fill('wrong-key')
    await dialog.getByRole('button', { name: 'Restore and restart' }).click()
    await expect(dialog).toContainText('The key does not open this file')
    await expectAccessible(page, 'Terminal restore with a key')
    await page.screenshot({ path: 'test-results/screens/terminal-restore-key.png' })
    await dialog.getByLabel(/^File key/).fill('Site-Key-7')
    await dialog.getByRole('button', { name: 'Restore and restart' }).click()
    await expect(page.getByText('The configuration was restored; Gate restarted')).toBeVisible()
  })
})
