// Schedules: a week plan built in the grid (an overlap is refused inline before anything is
// sent), a template from it, written to two simulated terminals and read back through the
// simulator's control API; "in use" explained before a removal; the person form offers the
// template by name; axe in light and dark, screenshots of each part.
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
})
test.afterEach(async () => fleet?.close())

async function addTerminals(app: RunningStation) {
  for (const [i, d] of fleet.devices.entries())
    await addTerminal(app, i === 0 ? 'Lobby' : 'Back door', d)
}

interface WeekRow {
  week: string
  id: number
  enable: boolean
  TimeSegment: { beginTime: string; endTime: string }
}

test('builds a week plan with an inline overlap check, makes a template and writes both to two terminals', async ({
  app,
  page,
}) => {
  await addTerminals(app)
  await page.goto(`${app.url}#/schedules`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schedules')
  await expect(page.getByText('No week plans yet')).toBeVisible()
  await expectAccessible(page, 'Schedules (empty)')
  await page.screenshot({ path: 'test-results/screens/schedules-empty.png' })

  // the week plan: office hours are prefilled; an extra evening segment on Monday overlaps first
  await page.getByRole('button', { name: 'New week plan' }).click()
  const editor = page.getByRole('dialog', { name: 'New week plan' })
  await expect(editor.getByRole('textbox', { name: 'Number' })).toHaveValue('2')
  await editor.getByRole('textbox', { name: 'Name' }).fill('Office hours')
  await editor.getByRole('button', { name: 'Add a segment on Monday' }).click()
  const from2 = editor.getByRole('textbox', { name: 'Monday, segment 2, from' })
  const to2 = editor.getByRole('textbox', { name: 'Monday, segment 2, to' })
  await expect(from2).toHaveValue('18:00')
  await from2.fill('1700')
  await from2.blur()
  await expect(from2).toHaveValue('17:00') // tidied as typed
  const monday = editor.getByTestId('day-days-Monday')
  await expect(monday.getByTestId('day-problem')).toHaveText(
    'Segments of one day must not overlap (marked in red).',
  )
  await expect(from2).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'Week plan editor (overlap)')
  await editor.screenshot({ path: 'test-results/screens/schedules-week-overlap.png' })
  // Save refuses while the overlap stands: nothing is sent
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByText('Correct the marked fields first')).toBeVisible()
  expect(
    ((await callStation(app, 'schedules.list', {})) as { value: { weekPlans: unknown[] } }).value
      .weekPlans,
  ).toEqual([])

  await from2.fill('18:30')
  await to2.fill('20')
  await to2.blur()
  await expect(to2).toHaveValue('20:00')
  await expect(monday.getByTestId('day-problem')).toBeHidden()
  // a reversed segment is named too
  await editor.getByRole('button', { name: 'Add a segment on Saturday' }).click()
  const satFrom = editor.getByRole('textbox', { name: 'Saturday, segment 1, from' })
  const satTo = editor.getByRole('textbox', { name: 'Saturday, segment 1, to' })
  await satFrom.fill('13:00')
  await satTo.fill('9')
  await satTo.blur()
  await expect(editor.getByTestId('day-days-Saturday').getByTestId('day-problem')).toHaveText(
    'Segment 1: It must end after it begins.',
  )
  await satFrom.fill('09:00')
  await satTo.fill('13:00')
  await satTo.blur()
  await expect(editor.getByTestId('day-problem')).toHaveCount(0)
  await expect(editor.getByRole('img', { name: /^Week: / })).toHaveAttribute(
    'aria-label',
    'Week: Mon 08:00–18:00, 18:30–20:00 · Tue–Fri 08:00–18:00 · Sat 09:00–13:00 · Sun closed',
  )
  await editor.screenshot({ path: 'test-results/screens/schedules-week-editor.png' })
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
  await expect(page.getByText('Week plan 2 saved.')).toBeVisible()
  const row = page.getByTestId('week-plans-row')
  await expect(row).toHaveCount(1)
  await expect(row.getByTestId('week-summary')).toHaveText(
    'Mon 08:00–18:00, 18:30–20:00 · Tue–Fri 08:00–18:00 · Sat 09:00–13:00 · Sun closed',
  )
  await expect(row).toContainText('Not used')
  await page.screenshot({ path: 'test-results/screens/schedules-week-plans.png' })

  // a holiday plan in a group
  await page.getByRole('tab', { name: 'Holidays' }).click()
  await expect(page.getByText('No holiday plans yet')).toBeVisible()
  await expect(page.getByRole('button', { name: 'New holiday group' })).toBeDisabled()
  await page.getByRole('button', { name: 'New holiday plan' }).click()
  const holiday = page.getByRole('dialog', { name: 'New holiday plan' })
  await holiday.getByRole('textbox', { name: 'Name' }).fill('Christmas')
  await holiday.getByLabel('First day').fill('2026-12-24')
  await holiday.getByLabel('Last day').fill('2026-12-20')
  await holiday.getByLabel('Last day').blur()
  await expect(holiday.getByText('The holiday ends before it begins.')).toBeVisible()
  await holiday.getByRole('button', { name: 'Add a segment on Holiday' }).click()
  await expectAccessible(page, 'Holiday plan editor')
  await holiday.screenshot({ path: 'test-results/screens/schedules-holiday-editor.png' })
  await holiday.getByRole('button', { name: 'Remove Holiday segment 1' }).click()
  await holiday.getByLabel('Last day').fill('2026-12-26')
  await holiday.getByRole('button', { name: 'Save' }).click()
  await expect(holiday).toBeHidden()
  await expect(page.getByTestId('holiday-plans-row')).toContainText('2026-12-24 – 2026-12-26')
  await expect(page.getByTestId('holiday-plans-row')).toContainText('Closed all day')
  await page.getByRole('button', { name: 'New holiday group' }).click()
  const group = page.getByRole('dialog', { name: 'New holiday group' })
  await group.getByRole('textbox', { name: 'Name' }).fill('Public holidays')
  await group.getByRole('combobox', { name: 'Holiday plans' }).click()
  await page.getByRole('option', { name: '1 · Christmas' }).click()
  await page.keyboard.press('Escape') // closes the list, not the dialog
  await expect(group).toBeVisible()
  await group.getByRole('button', { name: 'Save' }).click()
  await expect(group).toBeHidden()
  await expect(page.getByTestId('holiday-plans-row')).toContainText('1 holiday group')
  await expectAccessible(page, 'Schedules holidays')
  await page.screenshot({ path: 'test-results/screens/schedules-holidays.png' })

  // the template: the only week plan is chosen already
  await page.getByRole('tab', { name: 'Templates' }).click()
  await page.getByRole('button', { name: 'New template' }).click()
  const tpl = page.getByRole('dialog', { name: 'New template' })
  await tpl.getByRole('textbox', { name: 'Name' }).fill('Office staff')
  await expect(tpl.getByRole('combobox', { name: 'Week plan' })).toHaveValue('2 · Office hours')
  await tpl.getByRole('combobox', { name: 'Holiday groups' }).click()
  await page.getByRole('option', { name: '1 · Public holidays' }).click()
  await page.keyboard.press('Escape') // closes the list, not the dialog
  await expect(tpl).toBeVisible()
  await tpl.getByRole('button', { name: 'Save' }).click()
  await expect(tpl).toBeHidden()
  await expect(page.getByTestId('templates-row')).toContainText('2 · Office hours')
  await expect(page.getByTestId('templates-row')).toContainText('1 · Public holidays')
  await expectAccessible(page, 'Schedules templates')
  await page.screenshot({ path: 'test-results/screens/schedules-templates.png' })

  // apply to both terminals, then read them back through the simulator's control API
  await page.getByRole('tab', { name: 'Apply to terminals' }).click()
  await expect(page.getByRole('radio', { name: 'All terminals (2)' })).toBeChecked()
  await page.getByRole('button', { name: 'Write to 2 terminals' }).click()
  const results = page.getByTestId('schedule-result')
  await expect(results).toHaveCount(2)
  await expect(page.getByTestId('results-summary')).toHaveText(
    '2 of 2 terminals hold the schedules.',
  )
  for (const name of ['Lobby', 'Back door']) {
    const r = results.filter({ hasText: name })
    await expect(r).toHaveAttribute('data-outcome', 'written')
    await expect(r).toContainText('1 week plan · 1 holiday plan · 1 holiday group · 1 template')
  }
  await expectAccessible(page, 'Schedules apply')
  await page.screenshot({ path: 'test-results/screens/schedules-apply.png' })
  for (const d of fleet.devices) {
    const docs = await fleet.control.docs(d, 'UserRight')
    const week = docs['UserRightWeekPlanCfg/2'] as { enable: boolean; WeekPlanCfg: WeekRow[] }
    expect(week.enable).toBe(true)
    expect(
      week.WeekPlanCfg.filter((r) => r.enable).map((r) => [
        r.week,
        r.TimeSegment.beginTime,
        r.TimeSegment.endTime,
      ]),
    ).toEqual([
      ['Monday', '08:00:00', '18:00:00'],
      ['Monday', '18:30:00', '20:00:00'],
      ['Tuesday', '08:00:00', '18:00:00'],
      ['Wednesday', '08:00:00', '18:00:00'],
      ['Thursday', '08:00:00', '18:00:00'],
      ['Friday', '08:00:00', '18:00:00'],
      ['Saturday', '09:00:00', '13:00:00'],
    ])
    expect(docs['UserRightPlanTemplate/2']).toMatchObject({
      enable: true,
      templateName: 'Office staff',
      weekPlanNo: 2,
      holidayGroupNo: '1',
    })
    expect(docs['UserRightHolidayPlanCfg/1']).toMatchObject({
      beginDate: '2026-12-24',
      endDate: '2026-12-26',
    })
  }

  // given to a person: in use, explained instead of removed; the person shows it by name
  expect(
    (
      await callStation(app, 'persons.save', {
        employeeNo: '1001',
        name: 'Ann Lee',
        planTemplateNo: '2',
      })
    ).ok,
  ).toBe(true)
  await page.getByRole('tab', { name: 'Templates' }).click()
  await expect(page.getByTestId('templates-row')).toContainText('1 person')
  await page.getByRole('button', { name: 'Remove Template 2' }).click()
  const refusal = page.getByRole('dialog', { name: 'Template 2 is in use' })
  await expect(refusal).toContainText('1 person (1001)')
  await expect(refusal).toContainText('Give those persons another plan template')
  await expect(refusal.getByRole('button', { name: 'Remove' })).toHaveCount(0)
  await expectAccessible(page, 'Schedules in use')
  await refusal.screenshot({ path: 'test-results/screens/schedules-in-use.png' })
  await page.keyboard.press('Escape')

  // dark
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  for (const tab of ['Week plans', 'Holidays', 'Templates', 'Apply to terminals']) {
    await page.getByRole('tab', { name: tab }).click()
    await expectAccessible(page, `Schedules ${tab} (dark)`)
  }
  await page.getByRole('tab', { name: 'Week plans' }).click()
  await page.screenshot({ path: 'test-results/screens/schedules-dark.png' })
  await page.getByRole('button', { name: 'Edit Week plan 2' }).click()
  await expect(page.getByRole('dialog', { name: 'Week plan 2 · Office hours' })).toBeVisible()
  await expectAccessible(page, 'Week plan editor (dark)')
  await page.screenshot({ path: 'test-results/screens/schedules-week-editor-dark.png' })
  await page.keyboard.press('Escape')
  await page.emulateMedia({ colorScheme: 'light' })

  // the person's template by name, in the drawer and the form
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').filter({ hasText: 'Ann Lee' }).click()
  const drawer = page.getByRole('dialog', { name: /^Ann Lee/ })
  await expect(drawer.getByTestId('detail-plan')).toHaveText('2 · Office staff')
  await drawer.getByRole('button', { name: 'Edit' }).click()
  const form = page.getByRole('dialog', { name: 'Edit Ann Lee' })
  const picker = form.getByTestId('plan-template-picker')
  await expect(picker).toBeVisible()
  await expect(form.getByText('2 · Office staff')).toBeVisible()
  await form.getByRole('combobox', { name: 'Plan template' }).click()
  await expect(page.getByRole('option', { name: '1 · All day (factory)' })).toBeVisible()
  await page.getByRole('option', { name: '1 · All day (factory)' }).click()
  await page.keyboard.press('Escape')
  await expectAccessible(page, 'Person form with templates')
  await form.screenshot({ path: 'test-results/screens/schedules-person-form.png' })
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toBeHidden()
  const saved = (await callStation(app, 'persons.get', { employeeNo: '1001' })) as {
    value: { planTemplateNo: string }
  }
  expect(saved.value.planTemplateNo).toBe('1,2')
})

test('an empty station explains the next step on every tab; a week plan made with the keyboard alone', async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}#/schedules`)
  await expect(page.getByText('No week plans yet')).toBeVisible()

  await page.getByRole('button', { name: 'New week plan' }).focus()
  await page.keyboard.press('Enter')
  const editor = page.getByRole('dialog', { name: 'New week plan' })
  await expect(editor.getByRole('textbox', { name: 'Number' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.type('Every day')
  await editor.getByRole('button', { name: 'More for Monday' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: 'Copy to every day' }).focus()
  await page.keyboard.press('Enter')
  await editor.getByRole('textbox', { name: 'Sunday, segment 1, to' }).focus()
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(page.getByTestId('week-summary')).toHaveText('Mon–Sun 08:00–18:00')
  await page.getByRole('button', { name: 'Remove Week plan 2' }).click()
  await page
    .getByRole('dialog', { name: 'Remove Week plan 2?' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(page.getByText('No week plans yet')).toBeVisible()

  await page.getByRole('tab', { name: 'Templates' }).click()
  await expect(page.getByText('Create a week plan first: a template needs one.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'New template' })).toBeDisabled()
  await page.getByRole('tab', { name: 'Apply to terminals' }).click()
  await expect(page.getByText('No terminals yet')).toBeVisible()
  await page.getByRole('button', { name: 'Go to Devices' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices')
})

test('explains a terminal that cannot hold the set and one that cannot be reached, in English and Chinese', async ({
  app,
  page,
}) => {
  await addTerminals(app)
  // week plan 300 is outside the simulated terminals' 1–255
  for (const [method, args] of [
    [
      'schedules.saveWeekPlan',
      { planNo: 300, name: 'Late', days: { Monday: [{ begin: '20:00', end: '24:00' }] } },
    ],
    ['schedules.saveTemplate', { templateNo: 3, name: 'Late shift', weekPlanNo: 300 }],
  ] as const)
    expect((await callStation(app, method, args)).ok).toBe(true)
  await fleet.control.fault(fleet.devices[1]!, { offline: true })
  await page.goto(`${app.url}#/schedules`)
  await page.getByRole('tab', { name: 'Apply to terminals' }).click()
  await page.getByRole('radio', { name: 'Chosen terminals' }).check()
  await expect(page.getByRole('button', { name: 'Write to 0 terminals' })).toBeDisabled()
  await expect(page.getByText('Choose at least one terminal.')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Lobby' }).check()
  await page.getByRole('checkbox', { name: 'Back door' }).check()
  await page.getByRole('button', { name: 'Write to 2 terminals' }).click()
  const lobby = page.getByTestId('schedule-result').filter({ hasText: 'Lobby' })
  const back = page.getByTestId('schedule-result').filter({ hasText: 'Back door' })
  await expect(lobby).toHaveAttribute('data-outcome', 'notSupported')
  await expect(lobby).toContainText('do not fit this terminal’s ranges, so nothing was sent')
  await expect(lobby.getByTestId('misfits')).toContainText('week plan 300')
  await expect(back).toHaveAttribute('data-outcome', 'failed')
  await expect(back).toContainText('unreachable')
  await expect(page.getByTestId('results-summary')).toHaveText(
    '0 of 2 terminals hold the schedules.',
  )
  await expectAccessible(page, 'Schedules apply (misfit, offline)')
  await page
    .getByTestId('schedules-results')
    .screenshot({ path: 'test-results/screens/schedules-apply-problems.png' })
  expect(Object.keys(await fleet.control.docs(fleet.devices[0]!, 'UserRight'))).toEqual([])

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('时间计划')
  await expect(page.getByTestId('week-summary')).toHaveText('周一 20:00–24:00 · 周二–周日 不可通行')
  await expectAccessible(page, '时间计划')
  await page.screenshot({ path: 'test-results/screens/zh-schedules.png' })
  await page.getByRole('button', { name: '编辑周计划 300' }).click()
  await expect(page.getByRole('dialog', { name: '周计划 300 · Late' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/zh-schedules-week-editor.png' })
})
