import { callStation, expect as baseExpect, rosterCsv, test } from './fixtures'

// A bound for a stuck screen, not a speed check (bench/ui-persons.ts measures the speed): with
// four e2e workers at load 40 on 2 cores, the first count after the 100,000-person import still
// read "Loading…" after the common 20 s.
const expect = baseExpect.configure({ timeout: 120_000 })

test('lists, scrolls and searches 100,000 persons', async ({ app, page }) => {
  const seeded = await callStation<{ created: number }>(app, 'persons.import', {
    csv: rosterCsv(100_000),
  })
  expect(seeded.ok && seeded.value.created).toBe(100_000)

  await page.goto(`${app.url}#/persons`)
  await expect(page.getByTestId('person-count')).toHaveText('100,000 persons')
  await expect(page.getByTestId('person-row').first()).toContainText('000001')
  // only the rows in view exist in the DOM
  expect(await page.getByTestId('person-row').count()).toBeLessThan(80)
  await page.screenshot({ path: 'test-results/screens/persons-100k.png' })

  // jump to the end: the pages around the viewport are fetched, the last person shows
  const scroller = page.getByTestId('person-scroll')
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(page.getByTestId('person-row').filter({ hasText: '100000' })).toBeVisible()
  // and the middle
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }))
  await expect(page.getByTestId('person-row').filter({ hasText: '050001' }).first()).toBeVisible()

  // keyboard: arrow down moves between rows, Enter opens the person
  await page.getByTestId('person-row').filter({ hasText: '050001' }).first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByTestId('person-row').filter({ hasText: '050002' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toContainText('050002')
  await page.keyboard.press('Escape')

  // search as you type: the list narrows and goes back to the top
  await page.getByTestId('person-search').fill('Silva 99999')
  await expect(page.getByTestId('person-count')).toHaveText('1 match')
  await expect(page.getByTestId('person-row')).toHaveCount(1)
  await expect(page.getByTestId('person-row')).toContainText('Ivan Silva 99999')
  await page.getByTestId('person-search').fill('')
  await expect(page.getByTestId('person-count')).toHaveText('100,000 persons')

  // filters go to persons.search: a group alone, then with a search (288 is the first Silva
  // in Dept 7, 99648 the last)
  await page.getByRole('combobox', { name: 'Group' }).click()
  await page.getByRole('option', { name: 'Dept 7 (2500)' }).click()
  await expect(page.getByTestId('person-count')).toHaveText('2,500 matches')
  await expect(page.getByTestId('person-row').first()).toContainText('000008')
  await page.getByTestId('person-search').fill('Silva')
  await expect(page.getByTestId('person-count')).toHaveText('277 matches')
  await expect(page.getByTestId('person-row').first()).toContainText('000288')
  await page.getByTestId('person-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(page.getByTestId('person-row').filter({ hasText: '099648' })).toBeVisible()
})
