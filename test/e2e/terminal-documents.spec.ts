// The Terminal page's "Terminal documents" section and the face library create / remove controls
// on a face terminal, in English and in Chinese: the arming information read from the terminal,
// the face collection capabilities chosen and shown (screenshots, axe); a static library created
// and seen on the simulated terminal, then removed once its name is typed back.
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

const TEXT = {
  en: {
    pick: 'Document',
    caps: /^Face collection: capabilities/,
    newName: 'New static library',
    create: 'Create',
    which: 'Library',
    confirm: 'Its name, typed again',
    remove: 'Remove with its faces',
  },
  zh: {
    pick: '文档',
    caps: /^人脸采集：能力/,
    newName: '新建静态库',
    create: '创建',
    which: '人脸库',
    confirm: '再次输入库名',
    remove: '连同人脸一起删除',
  },
} as const

test.describe('Terminal documents and static face libraries', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-lite' })
  })
  test.afterAll(async () => fleet?.close())

  for (const lang of ['en', 'zh'] as const)
    test(`documents read and a library created then removed (${lang})`, async ({ app, page }) => {
      const sim = fleet.devices[0]!
      const x = TEXT[lang]
      expect((await callStation(app, 'settings.set', { language: lang })).ok).toBe(true)
      await addTerminal(app, 'Lobby', sim)
      await openTerminal(page, app.url, 'Lobby')

      await page.getByTestId('section-tab-documents').click()
      const doc = page.getByTestId('terminal-document')
      await expect(doc).toContainText('"DeployInfo"')
      await expect(page.getByTestId('terminal-event-count')).toBeVisible()
      await page.getByRole('combobox', { name: x.pick }).click()
      await page.getByRole('option', { name: x.caps }).click()
      await expect(doc).toContainText('"CaptureFaceData"')
      await expectAccessible(page, `Terminal documents (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-documents-${lang}.png`,
        fullPage: true,
      })

      await page.getByTestId('section-tab-face-libraries').click()
      const manage = page.getByTestId('face-library-manage')
      const name = `Visitors ${lang}`
      await manage.getByRole('textbox', { name: x.newName }).fill(name)
      await manage.getByRole('button', { name: x.create, exact: true }).click()
      await expect
        .poll(async () => (await fleet.control.state(sim)).faceLibs.map((l) => l.name))
        .toContain(name)
      await manage.getByRole('combobox', { name: x.which }).click()
      await page.getByRole('option', { name: new RegExp(`· ${name}$`) }).click()
      await manage.getByRole('textbox', { name: x.confirm }).fill(name)
      await expectAccessible(page, `Face libraries manage (${lang})`)
      await page.screenshot({
        path: `test-results/screens/terminal-face-library-manage-${lang}.png`,
        fullPage: true,
      })
      await manage.getByRole('button', { name: x.remove }).click()
      await expect
        .poll(async () => (await fleet.control.state(sim)).faceLibs.map((l) => l.name))
        .not.toContain(name)
    })
})
