// The Terminal page's "Schedules bound here": on the 2-door controller, door 2 bound to a
// door-status template and written from the page, then read back independently through the
// simulator's stored documents; the page shows what the terminal holds. Also renaming the
// terminal from General offers the station rename. Screenshots in English and Chinese; axe.
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['card-door'] })
})
test.afterAll(async () => fleet?.close())

const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0)

test('binds door 2 to a door-status template from the Terminal page; the terminal holds it', async ({
  app,
  page,
}) => {
  const sim = fleet.devices[0]!
  await addTerminal(app, 'Gate', sim)
  await callStation(app, 'schedules.saveModeWeekPlan', {
    family: 'DoorStatus',
    planNo: 2,
    name: 'Office hours',
    days: { Monday: [{ begin: '08:00', end: '18:00', mode: 'remainOpen' }] },
  })
  await callStation(app, 'schedules.saveModeTemplate', {
    family: 'DoorStatus',
    templateNo: 2,
    name: 'Free open',
    weekPlanNo: 2,
  })
  const list = await callStation<{ id: string }[]>(app, 'devices.list', {})
  const id = list.ok ? list.value[0]!.id : ''
  await page.goto(`${app.url}#/devices/${id}`)
  await page.getByTestId('section-tab-schedules').click()
  const doors = page.getByTestId('bound-DoorStatus')
  // the controller's two doors, from its DoorStatusPlan capabilities; four readers
  await expect(doors.getByRole('row')).toHaveCount(3)
  await expect(page.getByTestId('bound-Verify').getByRole('row')).toHaveCount(5)
  await expect(page.getByTestId('bound-held-DoorStatus-2')).toHaveText('Its own default')

  await page.getByRole('combobox', { name: 'In the station: Door 2' }).click()
  await page.getByRole('option', { name: '2 · Free open', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'In the station: Door 2' })).toHaveValue(
    '2 · Free open',
  )
  await expect(page.getByTestId('bound-DoorStatus-2')).toContainText('Not written yet')
  await settled(page)
  await expectAccessible(page, 'Schedules bound here')
  await page.getByTestId('bound-write-DoorStatus').click()
  await expect(page.getByTestId('bound-written-DoorStatus')).toBeVisible()
  await expect(page.getByTestId('bound-held-DoorStatus-2')).toHaveText('Free open')
  await expect(page.getByTestId('bound-DoorStatus-2')).not.toContainText('Not written yet')

  // read back independently: the simulated terminal's stored documents
  const docs = await fleet.control.docs(sim)
  expect(docs['DoorStatusPlan/2']).toEqual({ templateNo: 2 })
  expect(docs['DoorStatusPlan/1'] ?? { templateNo: 0 }).not.toEqual({ templateNo: 2 })
  expect(JSON.stringify(docs['DoorStatusWeekPlanCfg/2'])).toContain('remainOpen')
  await settled(page)
  await page.screenshot({ path: 'test-results/screens/terminal-schedules.png', fullPage: true })

  await callStation(app, 'settings.set', { language: 'zh' })
  await page.reload()
  await page.getByTestId('section-tab-schedules').click()
  await expect(page.getByTestId('section-tab-schedules')).toHaveText('本机绑定的计划')
  await expect(page.getByTestId('bound-held-DoorStatus-2')).toHaveText('Free open')
  await settled(page)
  await expectAccessible(page, 'Schedules bound here (zh)')
  await page.screenshot({ path: 'test-results/screens/zh-terminal-schedules.png', fullPage: true })
})

test('renaming the terminal on the General section offers the station rename', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Gate', fleet.devices[0]!)
  const list = await callStation<{ id: string }[]>(app, 'devices.list', {})
  const id = list.ok ? list.value[0]!.id : ''
  await page.goto(`${app.url}#/devices/${id}`)
  await page.getByTestId('section-tab-general').click()
  const form = page.getByTestId('config-form-DeviceInfo')
  // every field in words, the reported ones too (no raw field names)
  await form.locator('summary').click()
  const reported = page.getByTestId('config-reported-DeviceInfo')
  await expect(reported).toContainText('Serial number: ')
  await expect(reported).not.toContainText('serialNumber')
  await settled(page)
  await page.screenshot({
    path: 'test-results/screens/terminal-general-labels.png',
    fullPage: true,
  })
  await form.getByRole('textbox', { name: 'Name' }).fill('North gate')
  await form.getByRole('button', { name: 'Save' }).click()
  const offer = page.getByTestId('station-rename-offer')
  await expect(offer).toContainText('“Gate”')
  await offer.getByRole('button', { name: 'Rename in the station' }).click()
  await expect(page.getByTestId('station-renamed')).toContainText('North gate')
  const after = await callStation<{ name: string }[]>(app, 'devices.list', {})
  expect(after.ok && after.value[0]!.name).toBe('North gate')
})

test('a terminal that does not answer: the section says its bindings were not read, offers no write', async ({
  app,
  page,
}) => {
  const sim = fleet.devices[0]!
  await addTerminal(app, 'Gate', sim)
  await fleet.control.fault(sim, { offline: true })
  try {
    const list = await callStation<{ id: string }[]>(app, 'devices.list', {})
    const id = list.ok ? list.value[0]!.id : ''
    await callStation(app, 'devices.check', { id })
    await page.goto(`${app.url}#/devices/${id}`)
    await expect(page.getByTestId('terminal-offline')).toBeVisible()
    await page.getByTestId('section-tab-schedules').click()
    await expect(page.getByTestId('bound-not-read')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Write to this terminal' })).toHaveCount(0)
  } finally {
    await fleet.control.clearFaults(sim)
  }
})
