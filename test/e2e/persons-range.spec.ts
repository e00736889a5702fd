// Shift-click across pages the list never loaded (issue 14 item 7): 3,000 persons sorted by
// name, the first row picked, the list jumped to its end, the next-to-last row shift-clicked —
// the rows in between were never fetched, so the station resolves the range in the sorted
// order. Deleting the selection leaves exactly the last person.
import { callStation, expect, rosterCsv, test } from './fixtures'

const N = 3000

test('shift-click picks a range over rows never loaded, in the sorted order', async ({
  app,
  page,
}) => {
  const seeded = await callStation<{ created: number }>(app, 'persons.import', {
    csv: rosterCsv(N),
  })
  expect(seeded.ok && seeded.value.created).toBe(N)
  const at = async (offset: number) => {
    const r = await callStation<{ items: { employeeNo: string; name: string }[] }>(
      app,
      'persons.search',
      { offset, limit: 1, sort: { by: 'name', desc: false } },
    )
    if (!r.ok) throw new Error(r.error.message)
    return r.value.items[0]!
  }
  const [first, nextToLast, last] = [await at(0), await at(N - 2), await at(N - 1)]

  await page.goto(`${app.url}#/persons`)
  await expect(page.getByTestId('person-count')).toHaveText('3,000 persons')
  await page.getByTestId('sort-name').getByRole('button').click()
  await expect(page.getByTestId('sort-name')).toHaveAttribute('aria-sort', 'ascending')
  const row = (no: string) => page.locator(`[data-testid="person-row"][data-employee-no="${no}"]`)
  await row(first.employeeNo).getByRole('checkbox').click()
  await expect(page.getByTestId('selected-count')).toHaveText('1 selected')

  await page.getByTestId('person-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(row(nextToLast.employeeNo)).toBeVisible()
  await row(nextToLast.employeeNo)
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] })
  await expect(page.getByTestId('selected-count')).toHaveText('2,999 selected')
  await page.screenshot({ path: 'test-results/screens/persons-range.png' })

  await page.getByRole('button', { name: 'Delete selected…' }).click()
  const dialog = page.getByRole('dialog', { name: /^Delete 2,?999 persons\?/ })
  await dialog.getByRole('button', { name: /^Delete 2,?999 persons$/ }).click()
  await expect(dialog).toBeHidden()
  await expect
    .poll(async () => {
      const r = await callStation<{ total: number; items: { employeeNo: string }[] }>(
        app,
        'persons.search',
        { limit: 5 },
      )
      return r.ok ? r.value.items.map((p) => p.employeeNo) : null
    })
    .toEqual([last.employeeNo])
})
