// Every screen: a screenshot under test-results/screens/ and an axe-core check with no serious
// or critical violations, in English (light and dark) and in Chinese.
import sharp from 'sharp'
import { callStation, expect, rosterCsv, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'

const SECTIONS = [
  'Overview',
  'Devices',
  'Persons',
  'Enroll',
  'Apply',
  'Events',
  'Settings',
] as const

async function seed(app: RunningStation) {
  await callStation(app, 'persons.import', { csv: rosterCsv(500) })
  const jpeg = await sharp({
    create: { width: 400, height: 500, channels: 3, background: '#b89478' },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="400" height="500"><rect width="400" height="500" fill="#dfe6ee"/><ellipse cx="200" cy="230" rx="120" ry="160" fill="#d9a77f"/><rect x="90" y="390" width="220" height="110" rx="50" fill="#3b5b7a"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer()
  await callStation(app, 'persons.setFace', {
    employeeNo: '000001',
    jpegBase64: jpeg.toString('base64'),
    source: 'file',
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`each screen in English (${scheme}) passes axe and is saved as a screenshot`, async ({
    app,
    page,
  }) => {
    await seed(app)
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(app.url)
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const section of SECTIONS) {
      await nav.getByRole('button', { name: section, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section)
      if (section === 'Persons') await expect(page.getByTestId('person-row').first()).toBeVisible()
      if (section === 'Overview')
        await expect(page.getByTestId('count-persons')).toContainText('500')
      if (section === 'Settings')
        await expect(page.getByTestId('settings-data-dir')).toHaveValue(app.dataDir)
      await expectAccessible(page, `${section} (${scheme})`)
      await page.screenshot({ path: `test-results/screens/${section.toLowerCase()}-${scheme}.png` })
    }
    await nav.getByRole('button', { name: 'Persons', exact: true }).click()
    await page.getByTestId('person-row').first().click()
    await expect(page.getByTestId('face-image')).toBeVisible()
    await expectAccessible(page, `Person drawer (${scheme})`)
    await page.screenshot({ path: `test-results/screens/person-drawer-${scheme}.png` })
    await page.keyboard.press('Escape')
    await page.keyboard.press('n')
    await expect(page.getByRole('dialog', { name: 'Add person' })).toBeVisible()
    await expectAccessible(page, `Add person (${scheme})`)
    await page.screenshot({ path: `test-results/screens/person-form-${scheme}.png` })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Import file' }).click()
    await expect(page.getByRole('dialog', { name: 'Import persons' })).toBeVisible()
    await expectAccessible(page, `Import (${scheme})`)
    await page.keyboard.press('Escape')
  })
}

test('switches every screen to Chinese from Settings and keeps it', async ({ app, page }) => {
  await seed(app)
  await page.goto(`${app.url}#/settings`)
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: '中文' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const nav = page.getByRole('navigation', { name: '主导航' })
  for (const section of ['概览', '设备', '人员', '采集', '下发', '事件', '设置']) {
    await nav.getByRole('button', { name: section, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section)
    await expectAccessible(page, section)
    await page.screenshot({ path: `test-results/screens/zh-${section}.png` })
  }
  await nav.getByRole('button', { name: '人员', exact: true }).click()
  await expect(page.getByTestId('person-count')).toHaveText('500 人')
  await page.getByTestId('person-row').first().click()
  await expect(page.getByRole('dialog')).toContainText('人脸照片')
  await page.screenshot({ path: 'test-results/screens/zh-person-drawer.png' })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人员')
})
