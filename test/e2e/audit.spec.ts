// The Audit screen: who did what, when, to which person or terminal — named operator, filter by
// text and action, CSV export; the same in Chinese.
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
test.afterEach(async () => fleet?.close())

test('the Audit screen says who did what to which person or terminal, filters and exports', async ({
  app,
  page,
}) => {
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '7001', name: 'Ines Duarte' })).ok,
  ).toBe(true)
  await addTerminal(app, 'Side door', fleet.devices[0]!)
  expect((await callStation(app, 'settings.set', { eventRetentionDays: 90 })).ok).toBe(true)

  await page.goto(`${app.url}#/audit`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit')
  const rows = page.getByTestId('audit-row')
  await expect(page.getByTestId('audit-count')).toHaveText('3 entries')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('settings.set')
  await expect(rows.nth(1)).toContainText('device.add')
  await expect(rows.nth(1).getByTestId('audit-subject')).toHaveText(/Terminal\s*Side door/)
  await expect(rows.nth(2).getByTestId('audit-subject')).toHaveText(/Person\s*Ines Duarte/)
  for (const operator of await page.getByTestId('audit-operator').allTextContents())
    expect(operator).toBe(userInfo().username)
  await expectAccessible(page, 'Audit')
  await page.screenshot({ path: 'test-results/screens/audit.png', fullPage: true })

  // by a person's name (the entry names them by number), then by a family of actions
  const text = page.getByRole('textbox', { name: 'Search', exact: true })
  await text.fill('duarte')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('audit-count')).toHaveText('1 entry')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('person.create')
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(page.getByTestId('audit-count')).toHaveText('3 entries')
  await page.getByRole('combobox', { name: 'Action' }).click()
  await page.getByRole('option', { name: 'Terminals' }).click()
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('audit-count')).toHaveText('1 entry')
  await expect(rows.first()).toContainText('device.add')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await (await downloading).path()
  const csv = readFileSync(file, 'utf8').split('\r\n')
  expect(csv[0]).toBe('time,operator,action,subject,name,details')
  expect(csv[1]).toContain(`,${userInfo().username},device.add,device:`)
  expect(csv[1]).toContain(',Side door,')
  expect(csv.filter(Boolean)).toHaveLength(2)
})

test('the Audit screen in Chinese', async ({ app, page }) => {
  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  expect((await callStation(app, 'persons.save', { employeeNo: '8001', name: '王小明' })).ok).toBe(
    true,
  )
  await page.goto(`${app.url}#/audit`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('审计')
  await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('审计')
  await expect(page.getByTestId('audit-count')).toHaveText('2 条记录')
  const person = page.getByTestId('audit-row').filter({ hasText: 'person.create' })
  await expect(person.getByTestId('audit-subject')).toHaveText(/人员\s*王小明/)
  await expect(page.getByRole('table', { name: '审计日志，最新在前' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: '操作员' })).toBeVisible()
  await expectAccessible(page, '审计')
  await page.screenshot({ path: 'test-results/screens/zh-audit.png', fullPage: true })
  await page.getByRole('textbox', { name: '搜索', exact: true }).fill('没有这个')
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  await expect(page.getByText('没有符合条件的记录。')).toBeVisible()
})
