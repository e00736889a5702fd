// Holiday plans and holiday groups of the reader-authentication (Verify) and door-status
// (DoorStatus) families on the Schedules screen: built in the editors, named by a template, bound
// to a reader / door, written to a simulated terminal, read back from the terminal independently
// (its stored documents), and the terminal's behaviour on the holiday's date (its clock moved):
// the reader asks for the holiday's mode, the door is held as the holiday says. en and zh.
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterAll(async () => fleet?.close())

const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0)

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Adds a holiday plan for one date with one all-day segment, in the open family's panel. */
async function addHoliday(
  page: Page,
  panelId: string,
  name: string,
  modeLabel: string,
  mode: string,
) {
  const panel = page.getByTestId(panelId)
  await panel.getByRole('button', { name: 'Add holiday plan' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByLabel('First day').fill('2027-01-01')
  await dialog.getByLabel('Last day').fill('2027-01-01')
  await chooseOption(page, modeLabel, mode)
  await expectAccessible(page, `Holiday plan editor ${panelId}`)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

async function addGroup(page: Page, panelId: string, name: string, plan: string) {
  const panel = page.getByTestId(panelId)
  await panel.getByRole('button', { name: 'Add holiday group' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('combobox', { name: 'Holiday plans' }).click()
  await page.getByRole('option', { name: plan }).click()
  await page.keyboard.press('Escape') // closes the list, not the dialog
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

async function addTemplate(page: Page, panelId: string, name: string, group: string) {
  const panel = page.getByTestId(panelId)
  await panel.getByRole('button', { name: 'Add template' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('combobox', { name: 'Holiday groups' }).click()
  await page.getByRole('option', { name: group }).click()
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

test('holiday plans and groups of both families: edited, written, read back, and obeyed on the date', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Lobby', d)
  // the week plans each template follows (made on the screen in schedule-modes.spec.ts)
  await callStation(app, 'schedules.saveModeWeekPlan', {
    family: 'Verify',
    planNo: 2,
    name: 'Weekdays',
    days: { Monday: [{ begin: '08:00', end: '18:00', mode: 'cardOrFace' }] },
  })
  await callStation(app, 'schedules.saveModeWeekPlan', {
    family: 'DoorStatus',
    planNo: 2,
    name: 'Office hours',
    days: { Monday: [{ begin: '08:00', end: '18:00', mode: 'remainOpen' }] },
  })
  await page.goto(`${app.url}#/schedules`)

  // Reader authentication: on New Year's Day face only
  await page.getByRole('tab', { name: 'Reader authentication' }).click()
  const verify = page.getByTestId('modes-Verify')
  await expect(verify.getByText('No holiday plans yet.')).toBeVisible()
  await expect(verify.getByRole('button', { name: 'Add holiday group' })).toBeDisabled()
  await addHoliday(page, 'modes-Verify', 'New Year', 'Authentication', 'Face')
  await expect(verify.getByTestId('mode-holiday-row')).toContainText('2027-01-01 – 2027-01-01')
  await expect(verify.getByTestId('mode-holiday-row')).toContainText('00:00–24:00 Face')
  await addGroup(page, 'modes-Verify', 'Public holidays', '1 · New Year (2027-01-01 – 2027-01-01)')
  await expect(verify.getByTestId('mode-group-row')).toContainText('New Year')
  await addTemplate(page, 'modes-Verify', 'Office', '1 · Public holidays')
  await expect(verify.getByTestId('mode-template-groups')).toHaveText('Public holidays')
  await chooseOption(page, 'Terminal', 'Lobby')
  await chooseOption(page, 'Follows Reader 1', '2 · Office')
  await settled(page)
  await expectAccessible(page, 'Reader authentication holidays')
  await page.screenshot({
    path: 'test-results/screens/schedules-reader-holidays.png',
    fullPage: true,
  })
  await verify.getByRole('button', { name: 'Write to terminals' }).click()
  await expect(verify.getByTestId('modes-report-Verify')).toContainText('Lobby: written')

  // Door status: on New Year's Day the door stays closed
  await page.getByRole('tab', { name: 'Door status' }).click()
  const door = page.getByTestId('modes-DoorStatus')
  await addHoliday(page, 'modes-DoorStatus', 'New Year shut', 'Door state', 'Remain closed')
  await addGroup(
    page,
    'modes-DoorStatus',
    'Closed days',
    '1 · New Year shut (2027-01-01 – 2027-01-01)',
  )
  await addTemplate(page, 'modes-DoorStatus', 'Office door', '1 · Closed days')
  await chooseOption(page, 'Terminal', 'Lobby')
  await chooseOption(page, 'Follows Door 1', '2 · Office door')
  await door.getByRole('button', { name: 'Write to terminals' }).click()
  await expect(door.getByTestId('modes-report-DoorStatus')).toContainText('Lobby: written')

  // an independent read: the terminal's own documents
  const docs = await fleet.control.docs(d)
  expect(docs['VerifyHolidayPlanCfg/1']).toMatchObject({
    enable: true,
    beginDate: '2027-01-01',
    endDate: '2027-01-01',
  })
  expect(JSON.stringify(docs['VerifyHolidayPlanCfg/1'])).toContain('"verifyMode":"face"')
  expect(docs['VerifyHolidayGroupCfg/1']).toMatchObject({ groupName: 'Public holidays' })
  expect(JSON.stringify(docs['VerifyHolidayGroupCfg/1'])).toContain('1')
  expect(docs['VerifyPlanTemplate/2']).toMatchObject({ templateName: 'Office', weekPlanNo: 2 })
  expect(String((docs['VerifyPlanTemplate/2'] as { holidayGroupNo: unknown }).holidayGroupNo)).toBe(
    '1',
  )
  expect(JSON.stringify(docs['DoorStatusHolidayPlanCfg/1'])).toContain('remainClosed')
  expect(docs['DoorStatusHolidayGroupCfg/1']).toMatchObject({ groupName: 'Closed days' })
  expect(docs['CardReaderPlan/1']).toEqual({ templateNo: 2 })
  expect(docs['DoorStatusPlan/1']).toEqual({ templateNo: 2 })

  // the terminal obeys them on the date (its clock moved to New Year's Day, 10:00 local)
  const { time } = await fleet.control.shiftClock(d, 0)
  const zone = time.slice(19)
  await fleet.control.shiftClock(d, Date.parse(`2027-01-01T10:00:00${zone}`) - Date.now())
  const onHoliday = await fleet.control.access(d)
  expect(onHoliday.readers[0]!.verifyMode).toBe('face')
  expect(onHoliday.doors[0]!.scheduled).toBe('remainClosed')
  // and on an ordinary Monday, the week plans
  await fleet.control.shiftClock(d, Date.parse(`2027-01-04T10:00:00${zone}`) - Date.now())
  const monday = await fleet.control.access(d)
  expect(monday.readers[0]!.verifyMode).toBe('cardOrFace')
  expect(monday.doors[0]!.scheduled).toBe('remainOpen')
  await fleet.control.shiftClock(d, 0)

  await callStation(app, 'settings.set', { language: 'zh' })
  await page.reload()
  await page.getByRole('tab', { name: '读卡器认证' }).click()
  await expect(page.getByTestId('mode-holidays-Verify')).toContainText('假日计划')
  await expect(page.getByTestId('mode-holidays-Verify')).toContainText('00:00–24:00 人脸')
  await settled(page)
  await expectAccessible(page, 'Reader authentication holidays (zh)')
  await page.screenshot({
    path: 'test-results/screens/zh-schedules-reader-holidays.png',
    fullPage: true,
  })
  await page.getByRole('tab', { name: '门状态' }).click()
  await expect(page.getByTestId('mode-holidays-DoorStatus')).toContainText('常闭')
  await settled(page)
  await page.screenshot({
    path: 'test-results/screens/zh-schedules-door-holidays.png',
    fullPage: true,
  })
})
