import sharp from 'sharp'
import { callStation, expect, startBrowserMode, test } from './fixtures'

test('adds, validates, edits, gives a card to and deletes a person through the UI', async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}#/persons`)
  await expect(page.getByText('No persons yet')).toBeVisible()

  await page.keyboard.press('n') // shortcut: new person
  const dialog = page.getByRole('dialog', { name: 'Add person' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Employee no.').fill('E100')
  await dialog.getByLabel('Door rights').fill('1,99')
  await dialog.getByRole('button', { name: 'Save' }).click()
  // checked with the station's own schema before anything is sent
  await expect(dialog.getByText('Required.')).toBeVisible()
  await expect(dialog.getByText('Door numbers from 1 to 64, comma-separated.')).toBeVisible()
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Ada Lovelace')
  await dialog.getByLabel('Door rights').fill('1,2')
  await dialog.getByRole('combobox', { name: /^Access groups/ }).fill('Research')
  await dialog.getByRole('combobox', { name: /^Access groups/ }).press('Enter')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const drawer = page.getByRole('dialog', { name: /^Ada Lovelace/ })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByTestId('detail-employeeNo')).toHaveText('E100')
  await expect(drawer.getByTestId('detail-group')).toHaveText('Research')
  await expect(drawer.getByTestId('device-status')).toContainText('Not applied to any terminal yet')

  await drawer.getByLabel('Card number').fill('bad card')
  await drawer.getByRole('button', { name: 'Add card' }).click()
  await expect(drawer.getByText('Card numbers are 1 to 32 letters or digits.')).toBeVisible()
  await drawer.getByLabel('Card number').fill('ABC123')
  await drawer.getByRole('button', { name: 'Add card' }).click()
  await expect(drawer.getByTestId('card-list')).toContainText('ABC123')
  await page.screenshot({ path: 'test-results/screens/person-drawer.png' })

  await drawer.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Ada Lovelace' })
  await expect(edit.getByLabel('Employee no.')).toHaveAttribute('readonly')
  await edit.getByRole('textbox', { name: /^Name/ }).fill('Ada King')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('dialog', { name: /^Ada King/ })).toBeVisible()
  await page.keyboard.press('Escape') // closes the drawer
  await expect(page.getByRole('dialog', { name: /^Ada King/ })).toBeHidden()
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  await expect(page.getByTestId('person-row')).toContainText('Ada King')
  await expect(page.getByTestId('person-row')).toContainText('1 card')

  // a second person with the same employee number is refused, not merged
  await page.getByRole('button', { name: 'Add person' }).click()
  const again = page.getByRole('dialog', { name: 'Add person' })
  await again.getByLabel('Employee no.').fill('E100')
  await again.getByRole('textbox', { name: /^Name/ }).fill('Someone Else')
  await again.getByRole('button', { name: 'Save' }).click()
  await expect(again.getByText('Employee E100 already exists.', { exact: false })).toBeVisible()
  await again.getByRole('button', { name: 'Cancel' }).click()

  // a card that belongs to someone else: CONFLICT shown with the owner
  await callStation(app, 'persons.save', { employeeNo: 'E200', name: 'Grace Hopper' })
  await page.getByTestId('person-row').filter({ hasText: 'Grace Hopper' }).click()
  // the person's drawer (its name starts with hers), not the "Delete Grace Hopper?" confirmation
  const grace = page.getByRole('dialog', { name: /^Grace Hopper/ })
  await grace.getByLabel('Card number').fill('ABC123')
  await grace.getByRole('button', { name: 'Add card' }).click()
  await expect(grace.getByText('Card ABC123 already belongs to employee E100.')).toBeVisible()

  await grace.getByRole('button', { name: 'Delete person' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete Grace Hopper?' })
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(grace).toBeHidden()
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  const left = await callStation<{ total: number }>(app, 'persons.search', {})
  expect(left.ok && left.value.total).toBe(1)
})

test('imports a CSV: a bad file is refused row by row and column, a good one goes in', async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Import file' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Import persons' })
  const bad =
    'employeeNo,name,cards\n1001,Ann Lee,111\n,No Number,222\n1003,Bo Kim,bad card\n1001,Ann Again,\n'
  await dialog
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  await expect(dialog.getByTestId('import-file')).toContainText('bad.csv')
  // checked at once: every problem by row and column, nothing written, Import not offered
  await expect(dialog.getByTestId('import-refused')).toContainText('Nothing was imported')
  const errors = dialog.getByTestId('import-errors')
  await expect(errors.getByRole('row')).toHaveCount(4) // header + 3 problems
  await expect(errors).toContainText('Row 3, column “employeeNo”: a value is required')
  await expect(errors).toContainText('found “bad card”')
  await expect(errors).toContainText('appears twice')
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/import-refused.png' })
  expect((await callStation<{ total: number }>(app, 'persons.search', {})).ok).toBe(true)

  const good =
    'employeeNo,name,group,cards\n1001,Ann Lee,Front desk,111\n1002,Bo Kim,Front desk,222;223\n1003,Chen Wei,Night shift,\n'
  await dialog
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
  await expect(dialog.getByTestId('import-checked')).toContainText('3 rows checked, no problems.')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-done')).toContainText(
    'Imported 3 rows: 3 new, 0 updated, 3 cards.',
  )
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(page.getByTestId('person-row')).toHaveCount(3)
  await expect(page.getByTestId('person-count')).toHaveText('3 persons')

  // filters: group (from persons.groups) and credential
  await page.getByRole('combobox', { name: 'Group' }).click()
  await page.getByRole('option', { name: 'Night shift (1)' }).click()
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  await expect(page.getByTestId('person-row')).toContainText('Chen Wei')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('combobox', { name: 'Credential' }).click()
  await page.getByRole('option', { name: 'Has a card' }).click()
  await expect(page.getByTestId('person-row')).toHaveCount(2)
  await page.getByRole('button', { name: 'Clear filters' }).click()

  // search as you type, by name and by card number
  await page.keyboard.press('/')
  await expect(page.getByTestId('person-search')).toBeFocused()
  await page.keyboard.type('223')
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  await expect(page.getByTestId('person-row')).toContainText('Bo Kim')
})

test('uploads a face picture from a file, and shows why a bad one is refused', async ({
  app,
  page,
}) => {
  await callStation(app, 'persons.save', { employeeNo: '42', name: 'Face Person' })
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').first().click()
  const drawer = page.getByRole('dialog', { name: /^Face Person/ })
  await expect(drawer.getByTestId('face-meta')).toContainText('No face picture yet')

  const tiny = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer()
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'tiny.jpg', mimeType: 'image/jpeg', buffer: tiny })
  await expect(drawer.getByTestId('face-problem')).toContainText(
    'The picture is 40×40 pixels; terminals need at least 80 pixels',
  )

  const text = await sharp(Buffer.from('not a picture at all'))
    .jpeg()
    .toBuffer()
    .catch(() => Buffer.from('not a picture'))
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: text })
  await expect(drawer.getByTestId('face-problem')).toContainText(
    'not a picture the station can read',
  )

  const face = await sharp({
    create: { width: 480, height: 600, channels: 3, background: '#c8a488' },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="480" height="600"><ellipse cx="240" cy="280" rx="150" ry="200" fill="#e0b89a"/></svg>',
        ),
      },
    ])
    .jpeg({ quality: 85 })
    .toBuffer()
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'face.jpg', mimeType: 'image/jpeg', buffer: face })
  await expect(drawer.getByTestId('face-image')).toBeVisible()
  await expect(drawer.getByTestId('face-meta')).toContainText('480×600 px')
  await expect(drawer.getByTestId('face-meta')).toContainText('from a file')
  await expect(drawer.getByTestId('face-problem')).toBeHidden()
  await drawer.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('person-row')).toContainText('Face')

  await page.getByTestId('person-row').first().click()
  await drawer.getByRole('button', { name: 'Remove picture' }).click()
  await expect(drawer.getByTestId('face-meta')).toContainText('No face picture yet')
})

test("checks a new person against the terminals' own limits before sending", async ({ page }) => {
  // the demo site: three simulated terminals, one a card-and-door controller that takes
  // employee numbers of at most 9 digits and names of at most 32 bytes. Apply by hand only: with
  // continuous apply on, the new person could be applied before "pending" is ever read.
  const app = await startBrowserMode(['--demo-if-empty', '--manual-apply'])
  try {
    await page.goto(`${app.url}#/persons`)
    await expect(page.getByTestId('person-row').first()).toBeVisible()
    await page.keyboard.press('n')
    const dialog = page.getByRole('dialog', { name: 'Add person' })
    await expect(dialog.getByTestId('limits-note')).toHaveText(
      'Checked against the limits of 3 terminals.',
    )
    await dialog.getByLabel('Employee no.').fill('E-17')
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('诸葛孔明诸葛孔明诸葛孔明') // 36 bytes
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByText(/takes employee numbers of digits only/)).toBeVisible()
    await expect(
      dialog.getByText(/takes names of at most 32 bytes \(about 10 Chinese characters\)/),
    ).toBeVisible()
    await dialog.getByLabel('Employee no.').fill('1234567890')
    await expect(dialog.getByText(/takes employee numbers of at most 9 characters/)).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/person-form-limits.png' })
    await dialog.getByLabel('Employee no.').fill('900001')
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('诸葛孔明')
    await dialog.getByRole('button', { name: 'Save' }).click()
    const drawer = page.getByRole('dialog', { name: /^诸葛孔明/ })
    await expect(drawer).toBeVisible()
    // per terminal: pending until applied, then applied (apply.personStatus, refreshed on progress)
    const states = drawer.getByTestId('device-state')
    await expect(states).toHaveCount(3)
    await expect(drawer.locator('[data-state=pending]')).toHaveCount(3)
    await expect(states.first()).toContainText('Not applied yet.')
    const started = await callStation(app, 'apply.start', { employeeNos: ['900001'] })
    expect(started.ok).toBe(true)
    await expect(drawer.locator('[data-state=applied]')).toHaveCount(3, { timeout: 30_000 })
    await expect(states.first()).toContainText('Applied')
    await drawer.getByTestId('device-status').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'test-results/screens/person-drawer-applied.png' })
  } finally {
    app.process.kill('SIGTERM')
  }
})
