import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import sharp from 'sharp'
import { callStation, expect, test } from './fixtures'

const jpeg = (side: number, background: string) =>
  sharp({ create: { width: side, height: side, channels: 3, background } })
    // an oval in it: a picture of one flat colour is refused as having no face
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><ellipse cx="${side / 2}" cy="${side / 2}" rx="${side / 4}" ry="${side / 3}" fill="#e0b89a"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .toBuffer()

test('imports an Excel sheet with a photos ZIP: persons appear with their faces', async ({
  app,
  page,
}) => {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('Staff')
  ws.addRow(['Employee No', 'Name', 'Department', 'Valid From', 'Valid To', 'Cards'])
  ws.addRow([
    '2001',
    'Elena Ruiz',
    'HQ/Front office',
    new Date(Date.UTC(2026, 11, 1)),
    '2027/11/30',
    '5552001',
  ])
  ws.addRow(['2002', 'Grace Hopper', 'HQ', '2026-12-01', '', ''])
  const xlsx = Buffer.from(await book.xlsx.writeBuffer())
  const zip = Buffer.from(
    zipSync({
      '2001_Elena Ruiz.jpg': await jpeg(360, '#b08a70'),
      '2002.jpg': await jpeg(360, '#8a7060'),
      '9999_Nobody.jpg': await jpeg(360, '#706050'),
    }),
  )

  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Import file' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Import persons' })
  const inputs = dialog.locator('input[type=file]')
  await inputs.nth(0).setInputFiles({
    name: 'staff.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  })
  await expect(dialog.getByTestId('import-checked')).toContainText('2 rows checked, no problems.')
  await inputs
    .nth(1)
    .setInputFiles({ name: 'photos.zip', mimeType: 'application/zip', buffer: zip })
  // the preview: what each picture would do, before anything is written
  await expect(dialog.getByTestId('import-photos')).toHaveText(
    'Photos: 2 matched, 1 with no such person, 0 refused.',
  )
  await expect(dialog.getByRole('table', { name: 'Photos not used' })).toContainText(
    '9999_Nobody.jpg',
  )
  expect((await callStation(app, 'persons.get', { employeeNo: '2001' })).ok).toBe(false)
  await page.screenshot({ path: 'test-results/screens/import-photos-preview.png' })

  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-done')).toContainText(
    'Imported 2 rows: 2 new, 0 updated, 1 cards.',
  )
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(page.getByTestId('person-row')).toHaveCount(2)

  await expect
    .poll(async () => {
      const r = await callStation<{ face: { width: number } | null; groupName: string }>(
        app,
        'persons.get',
        { employeeNo: '2001' },
      )
      return r.ok ? [r.value.groupName, r.value.face?.width ?? null] : null
    })
    .toEqual(['HQ/Front office', 360])
  await page.getByTestId('person-row').filter({ hasText: 'Elena Ruiz' }).click()
  const drawer = page.getByRole('dialog', { name: /^Elena Ruiz/ })
  await expect(drawer.getByTestId('face-image')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/import-photos-done.png' })
})
