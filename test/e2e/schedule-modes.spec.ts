// Reader authentication and door-status schedules on the Schedules screen, and batch actions on
// the Devices screen: a door-status plan built in the editor, a reader plan, bindings chosen from
// each terminal's own readers and doors, written to two terminals and read back from each one
// independently (the simulator's stored documents); three terminals upgraded at once with one
// failing. Screenshots in English and Chinese.
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({
    devices: 5,
    profile: ['face-fp', 'card-door', 'face-fp', 'face-fp', 'face-fp'],
    timing: { rebootMs: 400, upgradeMs: 300 },
  })
})
test.afterAll(async () => fleet?.close())

const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0)

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test('reader and door schedules: defined, bound per terminal, written to two terminals, read back from each', async ({
  app,
  page,
}) => {
  const [face, door] = [fleet.devices[0]!, fleet.devices[1]!]
  await addTerminal(app, 'Lobby', face)
  await addTerminal(app, 'Gate', door)
  await page.goto(`${app.url}#/schedules`)
  await page.getByRole('tab', { name: 'Door status' }).click()
  const panel = page.getByTestId('modes-DoorStatus')
  await panel.getByRole('button', { name: 'Add week plan' }).click()
  const editor = page.getByRole('dialog')
  await editor.getByRole('textbox', { name: 'Name' }).fill('Office hours')
  await chooseOption(page, 'Door state', 'Remain open (free)')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
  await expect(panel.getByTestId('mode-week-row')).toContainText('08:00–18:00 Remain open (free)')
  await panel.getByRole('button', { name: 'Add template' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Free open')
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  // Doors come from each terminal's capabilities: the controller has two, the face terminal one.
  for (const [name, doors] of [
    ['Gate', 2],
    ['Lobby', 1],
  ] as const) {
    await chooseOption(page, 'Terminal', name)
    const table = panel.getByTestId('bindings-DoorStatus')
    await expect(table.getByRole('row')).toHaveCount(doors)
    await chooseOption(page, 'Follows Door 1', '2 · Free open')
    await expect(page.getByRole('combobox', { name: 'Follows Door 1' })).toHaveValue(
      '2 · Free open',
    )
  }
  await settled(page)
  await expectAccessible(page, 'Door-status schedules')
  await page.screenshot({ path: 'test-results/screens/schedules-door-status.png' })
  await panel.getByRole('button', { name: 'Write to terminals' }).click()
  const report = panel.getByTestId('modes-report-DoorStatus')
  await expect(report).toContainText('Lobby: written (3 items)')
  await expect(report).toContainText('Gate: written (3 items)')
  // a template still bound to doors cannot go; the station says which
  await panel.getByRole('button', { name: 'Remove Free open' }).click()
  await expect(page.getByText(/Door status template 2 is still used by doors: .*#1/)).toBeVisible()

  // Reader authentication: seeded through the station, bound and written from the screen.
  await callStation(app, 'schedules.saveModeWeekPlan', {
    family: 'Verify',
    planNo: 2,
    name: 'Nights',
    days: { Monday: [{ begin: '20:00', end: '24:00', mode: 'cardAndPw' }] },
  })
  await callStation(app, 'schedules.saveModeTemplate', {
    family: 'Verify',
    templateNo: 2,
    name: 'Nights',
    weekPlanNo: 2,
  })
  await page.getByRole('tab', { name: 'Reader authentication' }).click()
  const verify = page.getByTestId('modes-Verify')
  await expect(verify.getByTestId('mode-week-row')).toContainText('20:00–24:00 Card + PIN')
  for (const name of ['Gate', 'Lobby']) {
    await chooseOption(page, 'Terminal', name)
    await chooseOption(page, 'Follows Reader 1', '2 · Nights')
    await expect(page.getByRole('combobox', { name: 'Follows Reader 1' })).toHaveValue('2 · Nights')
  }
  await verify.getByRole('button', { name: 'Write to terminals' }).click()
  await expect(verify.getByTestId('modes-report-Verify')).toContainText('Gate: written (3 items)')
  await settled(page)
  await page.screenshot({ path: 'test-results/screens/schedules-reader-auth.png' })

  // Person schedules (UserRight) through the station, then each terminal read independently.
  await callStation(app, 'schedules.saveWeekPlan', {
    planNo: 2,
    name: 'Day',
    days: { Monday: [{ begin: '07:00', end: '19:00' }] },
  })
  await callStation(app, 'schedules.saveTemplate', { templateNo: 2, name: 'Day', weekPlanNo: 2 })
  await callStation(app, 'schedules.apply', { families: ['UserRight'] })
  for (const d of [face, door]) {
    const docs = await fleet.control.docs(d)
    expect(docs['DoorStatusPlan/1']).toEqual({ templateNo: 2 })
    expect(docs['CardReaderPlan/1']).toEqual({ templateNo: 2 })
    expect(JSON.stringify(docs['DoorStatusWeekPlanCfg/2'])).toContain('remainOpen')
    expect(JSON.stringify(docs['VerifyWeekPlanCfg/2'])).toContain('cardAndPw')
    expect(docs['UserRightPlanTemplate/2']).toMatchObject({ templateName: 'Day', weekPlanNo: 2 })
  }

  await callStation(app, 'settings.set', { language: 'zh' })
  await page.reload()
  await page.getByRole('tab', { name: '门状态' }).click()
  await expect(page.getByTestId('modes-DoorStatus')).toContainText('常开（自由通行）')
  await settled(page)
  await expectAccessible(page, 'Door-status schedules (zh)')
  await page.screenshot({ path: 'test-results/screens/zh-schedules-door-status.png' })
  await page.getByRole('tab', { name: '读卡器认证' }).click()
  await settled(page)
  await page.screenshot({ path: 'test-results/screens/zh-schedules-reader-auth.png' })
})

test('batch upgrade of three terminals of one model: per-terminal progress, one failing leaves the others going', async ({
  app,
  page,
}) => {
  const faces = [fleet.devices[2]!, fleet.devices[3]!, fleet.devices[4]!]
  for (const [i, d] of faces.entries()) await addTerminal(app, `F${i}`, d)
  await page.goto(`${app.url}#/devices`)
  await expect(page.getByTestId('device-row')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Select all terminals' }).check()
  const bar = page.getByTestId('batch-bar')
  await expect(bar).toContainText('3 terminals selected')
  await settled(page)
  await expectAccessible(page, 'Batch bar')
  await page.screenshot({ path: 'test-results/screens/devices-batch-bar.png' })

  await fleet.control.fault(faces[1]!, { offline: true })
  await bar.getByRole('button', { name: 'Upgrade firmware…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Upgrade 3 terminals' })
  await dialog.getByLabel('Firmware package').setInputFiles({
    name: 'digicap.dav',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([
      Buffer.from(
        `SIMFW1\n${JSON.stringify({ model: faces[0]!.model, version: 'V8.2.0', date: 'build 261124' })}\n`,
      ),
      Buffer.alloc(32 * 1024, 5),
    ]),
  })
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByTestId('batch-summary')).toHaveText('2 done, 1 failed.', {
    timeout: 60_000,
  })
  const rows = dialog.getByTestId('batch-row')
  await expect(rows.filter({ hasText: 'F1' })).toHaveAttribute('data-state', 'failed')
  await expect(rows.filter({ hasText: 'F0' })).toContainText('V8.2.0')
  await expect(rows.filter({ hasText: 'F2' })).toContainText('V8.2.0')
  await settled(page)
  await expectAccessible(page, 'Batch upgrade progress')
  await page.screenshot({ path: 'test-results/screens/devices-batch-upgrade.png' })
  await fleet.control.clearFaults(faces[1]!)

  await callStation(app, 'settings.set', { language: 'zh' })
  await page.reload()
  await page.getByRole('checkbox', { name: '选择全部终端' }).check()
  await expect(page.getByTestId('batch-bar')).toContainText('已选择 3 台终端')
  await page.getByTestId('batch-bar').getByRole('button', { name: '设置时区…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开始' }).click()
  await expect(page.getByRole('dialog').getByTestId('batch-summary')).toHaveText(
    '3 台完成，0 台失败。',
  )
  await settled(page)
  await page.screenshot({ path: 'test-results/screens/zh-devices-batch-time-zone.png' })
})
