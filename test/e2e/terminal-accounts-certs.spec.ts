// Terminal page additions of issue 12 (accounts all at once, certificates) on an HTTPS face
// terminal, in English and in Chinese: the reboot permission granted to an operator from the
// permissions table reaches the terminal; a signing request is made in Network & platforms →
// Certificates and the certificate a site CA signed for it is installed (screenshots, axe).
import type { Page } from '@playwright/test'
import { callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'
import { testCa } from '../helpers/test-ca'

const TEXT = {
  en: {
    reboot: 'Reboot for guard',
    save: 'Save permissions',
    create: 'Create signing request',
    signed: 'Signed certificate (PEM)',
    install: 'Install signed certificate',
    trusted: 'The station now trusts it',
  },
  zh: {
    reboot: 'guard 的重启',
    save: '保存权限',
    create: '创建签名请求',
    signed: '签名后的证书（PEM）',
    install: '安装签名后的证书',
    trusted: '工作站现在信任该证书',
  },
} as const

interface Rights {
  accounts: { userName: string; remote: Record<string, boolean> }[]
}

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

test.describe('Accounts all at once, certificates', () => {
  let fleet: Fleet
  test.beforeEach(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-lite', https: true })
  })
  test.afterEach(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`permissions saved, certificate installed (${lang})`, async ({ app, page }) => {
      const d = fleet.devices[0]!
      const x = TEXT[lang]
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      const added = await callStation<{ id: string }>(app, 'devices.add', {
        name: 'Lobby',
        host: d.host,
        port: d.port,
        protocol: 'https',
        username: d.username,
        password: d.password,
      })
      expect(added.ok).toBe(true)
      const id = added.ok ? added.value.id : ''
      const guard = await callStation(app, 'accounts.add', {
        id,
        userName: 'guard',
        level: 'Operator',
        password: 'Guard-Pass-42',
      })
      expect(guard.ok).toBe(true)
      await openTerminal(page, app.url, 'Lobby')

      await page.getByTestId('section-tab-accounts').click()
      const rights = page.getByTestId('account-rights')
      await rights.getByRole('checkbox', { name: x.reboot, exact: true }).check()
      await rights.getByRole('button', { name: x.save, exact: true }).click()
      await expect
        .poll(async () => {
          const r = await callStation<Rights>(app, 'accounts.rights', { id })
          return r.ok
            ? r.value.accounts.find((a) => a.userName === 'guard')?.remote.restartOrShutdown
            : null
        })
        .toBe(true)
      await expect(rights.getByRole('checkbox', { name: x.reboot, exact: true })).toBeChecked()
      await expectAccessible(page, `Account permissions (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-account-rights-${lang}.png`,
        fullPage: true,
      })

      await page.getByTestId('section-tab-network').click()
      const certs = page.getByTestId('certificates')
      await certs.getByRole('button', { name: x.create, exact: true }).click()
      await expect(certs.getByTestId('csr-pem')).toHaveValue(/BEGIN CERTIFICATE REQUEST/)
      const csr = await certs.getByTestId('csr-pem').inputValue()
      await certs.getByLabel(x.signed, { exact: true }).fill(testCa().sign(csr))
      await certs.getByRole('button', { name: x.install, exact: true }).click()
      await expect(certs.getByTestId('cert-installed')).toContainText(x.trusted)
      await expectAccessible(page, `Certificates (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-certificates-${lang}.png`,
        fullPage: true,
      })
    })
})
