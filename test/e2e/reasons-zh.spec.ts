// Issue 17 item 7: the station sends codes, the Chinese UI words them. A locked and a full
// terminal on Apply (the lock on Devices too, the waiting person in the drawer), a terminal
// found emptied (holdings notice) and a wrong password read in Chinese, with no English
// sentence showing through.
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-lite' })
})
test.afterEach(async () => fleet?.close())

const ENGLISH_SENTENCE = /[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/

const inChinese = async (app: Parameters<typeof callStation>[0]) =>
  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)

test('a locked terminal reads in Chinese on Apply and Devices', async ({ app, page }) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Warehouse', d)
  await inChinese(app)
  expect((await callStation(app, 'persons.save', { employeeNo: '2001', name: 'Cy' })).ok).toBe(true)
  await fleet.control.lock(d, 3600)

  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: '立即下发' }).click()
  const paused = page.getByTestId('device-paused')
  await expect(paused).toContainText('终端已锁定此账号')
  await expect(paused).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-apply-locked.png' })

  await page.goto(`${app.url}#/devices`)
  await expect(page.getByTestId('device-health').first()).toHaveText('已锁定')
  const reason = page.getByTestId('health-reason').first()
  await expect(reason).toContainText('终端已锁定此账号')
  await expect(reason).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-devices-locked.png' })
})

test('a full terminal reads in Chinese on Apply, with its counts', async ({ app, page }) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Warehouse', d)
  await inChinese(app)
  expect((await callStation(app, 'persons.save', { employeeNo: '2001', name: 'Cy' })).ok).toBe(true)
  await fleet.control.fault(d, { memoryFull: true })

  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: '立即下发' }).click()
  const paused = page.getByTestId('device-paused')
  await expect(paused).toContainText(/Warehouse 已满：已存 0 人，上限 [\d,]+ 人。/)
  await expect(paused).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-apply-full.png' })

  // the person waits on that terminal: the drawer says why in Chinese (a coded reason)
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').filter({ hasText: 'Cy' }).click()
  const drawer = page.getByRole('dialog', { name: /^Cy/ })
  await expect(drawer.getByTestId('device-state').first()).toContainText('尚未下发。')
  await expect(drawer.getByTestId('device-state').first()).not.toContainText(ENGLISH_SENTENCE)
})

test('a terminal found emptied: the holdings notice reads in Chinese', async ({ app, page }) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Warehouse', d)
  await inChinese(app)
  for (const no of ['2001', '2002'])
    expect((await callStation(app, 'persons.save', { employeeNo: no, name: `P ${no}` })).ok).toBe(
      true,
    )
  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: '立即下发' }).click()
  await expect.poll(async () => (await fleet.control.state(d)).persons.length).toBe(2)
  await expect(page.getByTestId('apply-job')).toHaveAttribute('data-state', 'done')
  await fleet.control.reset(d) // factory reset behind the station's back

  // something to send, so the next apply plans (and checks) this terminal
  expect((await callStation(app, 'persons.save', { employeeNo: '2003', name: 'P 2003' })).ok).toBe(
    true,
  )
  await page.getByRole('button', { name: '立即下发' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'Warehouse 上只有' })
  await expect(notice).toHaveText(/^Warehouse 上只有 0 \/ 2 名人员——是否被重置过？正在重新下发。/)
  await expect.poll(async () => (await fleet.control.state(d)).persons.length).toBe(3)
  await page.screenshot({ path: 'test-results/screens/zh-holdings-notice.png' })
})

test('a wrong password reads in Chinese in the add dialog', async ({ app, page }) => {
  const d = fleet.devices[0]!
  await inChinese(app)
  await page.goto(`${app.url}#/devices`)
  await page.getByRole('button', { name: '添加设备' }).first().click()
  const dialog = page.getByRole('dialog', { name: '添加终端' })
  await dialog.getByRole('textbox', { name: '名称', exact: true }).fill('Side gate')
  await dialog.getByLabel('地址').fill(d.host)
  await dialog.getByRole('textbox', { name: '端口' }).fill(String(d.port))
  await dialog.getByLabel('用户名').fill(d.username)
  await dialog.getByRole('textbox', { name: '密码' }).fill('not-the-password')
  await dialog.getByRole('button', { name: '检查并添加' }).click()
  const problem = dialog.getByTestId('device-problem')
  await expect(problem).toContainText('用户名或密码错误')
  await expect(problem).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-devices-wrong-password.png' })
})
