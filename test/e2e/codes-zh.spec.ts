// Issue 17 item 7: messages the station used to send as English sentences now cross as codes
// with parameters, and the Chinese UI words them: a schedule-mode template still bound to a door,
// a terminal setting out of the terminal's range (refused by the station, shown at the field),
// and a profile setting a terminal cannot take ("not supported here") — Chinese words, no
// English sentence showing through.
import type { Page } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['iris-face', 'face-fp'] })
})
test.afterAll(async () => fleet?.close())

const ENGLISH_SENTENCE = /[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/

async function inChinese(app: Parameters<typeof callStation>[0]) {
  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
}

async function deviceId(app: Parameters<typeof callStation>[0], name: string): Promise<string> {
  const r = await callStation<{ id: string; name: string }[]>(app, 'devices.list', {})
  expect(r.ok).toBe(true)
  return (r.ok ? r.value : []).find((d) => d.name === name)!.id
}

async function openTerminal(page: Page, url: string, name: string) {
  await page.goto(`${url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: name }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText(name)
}

test('a door-status template still bound to a door cannot go: said in Chinese', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Lobby', fleet.devices[1]!)
  await inChinese(app)
  const week = await callStation(app, 'schedules.saveModeWeekPlan', {
    family: 'DoorStatus',
    planNo: 2,
    name: 'Office',
    days: { Monday: [{ begin: '08:00', end: '18:00', mode: 'remainOpen' }] },
  })
  expect(week.ok).toBe(true)
  const tpl = await callStation(app, 'schedules.saveModeTemplate', {
    family: 'DoorStatus',
    templateNo: 2,
    name: 'Free open',
    weekPlanNo: 2,
  })
  expect(tpl.ok).toBe(true)
  const bound = await callStation(app, 'schedules.bind', {
    deviceId: await deviceId(app, 'Lobby'),
    target: 'door',
    no: 1,
    templateNo: 2,
  })
  expect(bound.ok).toBe(true)

  await page.goto(`${app.url}#/schedules`)
  await page.getByRole('tab', { name: '门状态', exact: true }).click()
  await page.getByTestId('modes-DoorStatus').getByRole('button', { name: '删除 Free open' }).click()
  const said = page.getByText(/门状态计划模板 2 仍被门使用：Lobby #1。/)
  await expect(said).toBeVisible()
  await expect(said).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-schedule-mode-in-use.png' })
})

test('a reader list outside the terminal’s range: the station refuses, the field says it in Chinese', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Clinic', fleet.devices[0]!)
  await inChinese(app)
  await openTerminal(page, app.url, 'Clinic')
  await page.getByTestId('section-tab-access-rules').click()
  const form = page.getByTestId('config-form-CardReaderAntiSneakCfg')
  await form.getByRole('textbox', { name: /^下一次允许的读卡器/ }).fill('2')
  await form.getByRole('button', { name: '保存', exact: true }).click()
  const problem = form.getByText(/超出 Clinic 允许的范围：1–1。未发送任何内容。/)
  await expect(problem).toBeVisible()
  await expect(problem).not.toContainText(ENGLISH_SENTENCE)
  // nothing was sent: the terminal still holds its own anti-passback settings
  expect(await fleet.control.docs(fleet.devices[0]!, 'CardReaderAntiSneakCfg')).toEqual({})
  await page.screenshot({ path: 'test-results/screens/zh-resource-form-refused.png' })
})

test('a profile setting a terminal cannot take reads “not supported here” in Chinese', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  const r = await callStation(app, 'devices.add', {
    name: 'Gate',
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
    site: 'Yard',
  })
  expect(r.ok).toBe(true)
  await inChinese(app)
  await page.goto(`${app.url}#/profiles`)
  await page.getByTestId('profile-name').fill('Yard')
  await page.getByTestId('profile-create-empty').click()
  await page.getByTestId('setting-field').fill('DoorParam#3 openDuration')
  await page.getByTestId('setting-value').fill('9')
  await page.getByTestId('setting-add').click()
  await expect(page.getByTestId('profile-settings')).toContainText('openDuration')
  await page.getByTestId('profile-target-value').click()
  await page.getByRole('option', { name: 'Yard' }).click()
  await page.getByTestId('profile-assign').click()
  await page.getByTestId('profiles-plan').click()
  const plan = page.getByTestId('plan-table')
  await expect(plan).toContainText('Gate 没有用于 DoorParam 的门 3（其能力列出：1）。')
  await expect(plan).not.toContainText(ENGLISH_SENTENCE)
  await page.screenshot({ path: 'test-results/screens/zh-profile-unsupported.png' })
})
