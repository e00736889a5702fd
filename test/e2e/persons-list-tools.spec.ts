// Issue 14 item 7 and the department parts of item 5, as an office manager meets them: the
// Persons list sorted by a column, three persons picked (click, shift-click) and given a new
// department and validity in one bulk edit — which the terminal then holds; face thumbnails
// and the validity column (screenshots in en and zh); the department tree editor and the
// filter with sub-departments; a rule naming a department sends it and its sub-departments'
// persons to the terminal, nobody else.
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { expectAccessible } from './a11y'
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

const STAFF: [string, string, string, string | null][] = [
  ['2001', 'Delia Moss', 'HQ', '2025-03-01T00:00:00'],
  ['2002', 'Anna Berg', 'HQ/Front office', null],
  ['2003', 'Bruno Silva', 'HQ2', '2037-06-30T23:59:59'],
  ['2004', 'Carla Novak', 'Plant/Line 1', null],
  ['2005', 'Emil Haddad', 'HQ/Front office/Desk', null],
]
const COLOURS = [
  { r: 200, g: 120, b: 90 },
  { r: 90, g: 140, b: 200 },
  { r: 120, g: 180, b: 110 },
]

async function seed(app: RunningStation): Promise<void> {
  for (const [employeeNo, name, groupName, end] of STAFF) {
    const valid = end
      ? {
          valid: {
            enable: true,
            beginTime: end < '2026' ? '2024-01-01T00:00:00' : '2036-01-01T00:00:00',
            endTime: end,
          },
        }
      : {}
    expect(
      (await callStation(app, 'persons.save', { employeeNo, name, groupName, ...valid })).ok,
    ).toBe(true)
  }
  for (const [i, background] of COLOURS.entries()) {
    const jpeg = await sharp({ create: { width: 480, height: 600, channels: 3, background } })
      .composite([
        {
          input: await sharp({
            create: {
              width: 180,
              height: 220,
              channels: 3,
              background: { r: 240, g: 210, b: 180 },
            },
          })
            .png()
            .toBuffer(),
          top: 150,
          left: 150,
        },
      ])
      .jpeg()
      .toBuffer()
    const r = await callStation(app, 'persons.setFace', {
      employeeNo: STAFF[i]![0],
      jpegBase64: jpeg.toString('base64'),
      source: 'file',
    })
    expect(r.ok).toBe(true)
  }
}

const names = (page: Page) => page.getByTestId('person-row').locator('.person-name').allInnerTexts()

test('sort, pick three, bulk-edit department and validity; the terminal holds the new validity', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Lobby', fleet.devices[0]!)
  await seed(app)
  await page.goto(`${app.url}#/persons`)
  await expect(page.getByTestId('person-row')).toHaveCount(5)
  // thumbnails for the three with a face, loaded lazily for the rows in view
  await expect(page.getByTestId('person-thumbnail')).toHaveCount(3)
  const row = (no: string) => page.locator(`[data-testid="person-row"][data-employee-no="${no}"]`)
  await expect(row('2001').getByTestId('validity')).toHaveText('Expired 2025-03-01')
  await expect(row('2003').getByTestId('validity')).toHaveText('Starts 2036-01-01')
  await expect(row('2002').getByTestId('validity')).toHaveText('Always')

  const header = page.getByTestId('sort-name').getByRole('button')
  await header.click()
  await expect(page.getByTestId('sort-name')).toHaveAttribute('aria-sort', 'ascending')
  await expect
    .poll(() => names(page))
    .toEqual(['Anna Berg', 'Bruno Silva', 'Carla Novak', 'Delia Moss', 'Emil Haddad'])
  await header.click()
  await expect(page.getByTestId('sort-name')).toHaveAttribute('aria-sort', 'descending')
  await expect
    .poll(() => names(page))
    .toEqual(['Emil Haddad', 'Delia Moss', 'Carla Novak', 'Bruno Silva', 'Anna Berg'])
  await page.screenshot({ path: 'test-results/screens/persons-list-thumbnails.png' })
  await expectAccessible(page, 'persons list with thumbnails')

  // pick Delia, then shift-click Bruno: Delia, Carla, Bruno (the range in the sorted order)
  await page.getByRole('checkbox', { name: 'Select Delia Moss' }).click()
  await page.getByRole('checkbox', { name: 'Select Bruno Silva' }).click({ modifiers: ['Shift'] })
  await expect(page.getByTestId('selected-count')).toHaveText('3 selected')
  await page.getByRole('button', { name: 'Edit selected…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit 3 persons' })
  await dialog.getByRole('combobox', { name: 'Department', exact: true }).click()
  await page.getByRole('option', { name: 'Plant/Line 1', exact: true }).click()
  await dialog.getByText('Valid from … to …').click()
  await dialog.getByRole('textbox', { name: 'From' }).fill('2026-01-01')
  await dialog.getByRole('textbox', { name: 'To' }).fill('2037-11-30')
  await dialog.getByRole('button', { name: 'Change 3 persons' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('bulk-bar')).toBeHidden()
  for (const no of ['2001', '2003', '2004']) {
    await expect(row(no).getByTestId('validity')).toHaveText('Until 2037-11-30')
    await expect(row(no)).toContainText('Plant/Line 1')
  }
  await expect(row('2002').getByTestId('validity')).toHaveText('Always')

  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  await expect
    .poll(async () => {
      const persons = (await fleet.control.state(fleet.devices[0]!)).persons as unknown as {
        employeeNo: string
        Valid: { enable: boolean; beginTime: string; endTime: string }
      }[]
      return persons
        .filter((p) => p.Valid.enable)
        .map((p) => `${p.employeeNo} ${p.Valid.beginTime} ${p.Valid.endTime}`)
        .sort()
    })
    .toEqual([
      '2001 2026-01-01T00:00:00 2037-11-30T23:59:59',
      '2003 2026-01-01T00:00:00 2037-11-30T23:59:59',
      '2004 2026-01-01T00:00:00 2037-11-30T23:59:59',
    ])

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await page.reload()
  await expect(page.getByTestId('person-thumbnail')).toHaveCount(3)
  await expect(row('2002').getByTestId('validity')).toHaveText('长期有效')
  await page.screenshot({ path: 'test-results/screens/zh-persons-list-thumbnails.png' })
})

test('the department editor: add, rename, delete when empty; the filter takes sub-departments', async ({
  app,
  page,
}) => {
  await seed(app)
  await page.goto(`${app.url}#/persons`)
  await expect(page.getByTestId('person-row')).toHaveCount(5)

  // filter by HQ: with sub-departments 3 persons, without 1 (HQ2 is not below HQ)
  await page.getByRole('combobox', { name: 'Department', exact: true }).click()
  await page.getByRole('option', { name: /^HQ \(/ }).click()
  await expect(page.getByTestId('person-row')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Include sub-departments' }).uncheck()
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  await expect(page.getByTestId('person-row')).toContainText('Delia Moss')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('person-row')).toHaveCount(5)

  await page.getByRole('button', { name: 'Departments…' }).click()
  const editor = page.getByRole('dialog', { name: 'Departments' })
  const tree = editor.getByRole('tree')
  await expect(tree.getByRole('treeitem')).toHaveCount(6)
  await editor.getByRole('button', { name: 'Add a sub-department to Plant', exact: true }).click()
  await editor.getByLabel('New department (e.g. HQ/Front office)').pressSequentially('Line 2')
  await editor.getByRole('button', { name: 'Add department' }).click()
  await expect(tree.locator('[data-path="Plant/Line 2"]')).toBeVisible()
  // a department holding persons cannot be deleted
  await expect(
    editor.getByRole('button', { name: 'Delete Plant/Line 1', exact: true }),
  ).toBeDisabled()
  // rename HQ/Front office: its sub-department and persons follow
  await editor.getByRole('button', { name: 'Rename or move HQ/Front office', exact: true }).click()
  await editor.getByLabel('New path for HQ/Front office').fill('HQ/Reception')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(tree.locator('[data-path="HQ/Reception/Desk"]')).toBeVisible()
  await expect(tree.locator('[data-path="HQ/Front office"]')).toHaveCount(0)
  // moving into itself is refused in words
  await editor.getByRole('button', { name: 'Rename or move HQ', exact: true }).click()
  await editor.getByLabel('New path for HQ').fill('HQ/Reception/HQ')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByTestId('departments-error')).toContainText('cannot move into itself')
  await editor.getByRole('button', { name: 'Cancel' }).click()
  await editor.getByRole('button', { name: 'Delete Plant/Line 2', exact: true }).click()
  await expect(tree.locator('[data-path="Plant/Line 2"]')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/departments-editor.png' })
  await expectAccessible(page, 'department editor')
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect
    .poll(async () => {
      const r = await callStation<{ groupName: string }>(app, 'persons.get', { employeeNo: '2005' })
      return r.ok ? r.value.groupName : null
    })
    .toBe('HQ/Reception/Desk')
})

test('a rule naming a department sends it and its sub-departments to the terminal, nobody else', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Lobby', fleet.devices[0]!)
  await seed(app)
  // Delia's validity has ended (such a person is sent nowhere): valid always, for this rule
  expect(
    (
      await callStation(app, 'persons.bulkEdit', {
        selection: { employeeNos: ['2001'] },
        expected: 1,
        set: { valid: { enable: false } },
      })
    ).ok,
  ).toBe(true)
  await page.goto(`${app.url}#/apply`)
  const persons = page.getByRole('combobox', { name: 'Persons', exact: true })
  await persons.click()
  await page.getByRole('option', { name: 'Department (and below)' }).click()
  await page.getByRole('combobox', { name: 'Department (and below)', exact: true }).click()
  await page.getByRole('option', { name: 'HQ', exact: true }).click()
  // the terminal: Lobby (picked by name, whatever the kind's default)
  await page.getByRole('combobox', { name: 'Terminals', exact: true }).click()
  await page.getByRole('option', { name: 'Terminal', exact: true }).click()
  await page.getByRole('combobox', { name: 'Terminal', exact: true }).click()
  await page.getByRole('option', { name: 'Lobby', exact: true }).click()
  await page.getByRole('button', { name: 'Add rule' }).click()
  await expect(page.getByText('Department HQ and below', { exact: false }).first()).toBeVisible()
  // the first rule made "everyone everywhere" a visible rule: take it away
  const rules = await callStation<{ id: number; personScope: string }[]>(
    app,
    'assignments.list',
    {},
  )
  const everyone = rules.ok ? rules.value.find((r) => r.personScope === 'all') : undefined
  expect(
    (await callStation(app, 'assignments.remove', { id: everyone!.id, confirm: true })).ok,
  ).toBe(true)
  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  await expect
    .poll(async () =>
      (await fleet.control.state(fleet.devices[0]!)).persons.map((p) => p.employeeNo).sort(),
    )
    .toEqual(['2001', '2002', '2005'])
})
