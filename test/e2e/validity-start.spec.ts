// Issue 17: a person whose validity has not begun is sent ahead (the terminal refuses them by its
// own clock until then) and the station says so — on the Apply page's pending list and, once sent,
// on the terminal's state in the person drawer (en and zh screenshots).
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
test.afterEach(async () => fleet?.close())

const held = async () =>
  (await fleet.control.state(fleet.devices[0]!)).persons.map((p) => p.employeeNo).sort()

test('a new hire starting next month: the pending list and the drawer say when access starts', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Reception', fleet.devices[0]!)
  expect(
    (
      await callStation(app, 'persons.save', {
        employeeNo: '1201',
        name: 'Ines Starter',
        valid: { enable: true, beginTime: '2036-01-15T08:00:00', endTime: '2036-12-31T23:59:59' },
      })
    ).ok,
  ).toBe(true)

  await page.goto(`${app.url}#/apply`)
  const item = page
    .getByTestId('apply-pending')
    .getByTestId('pending-item')
    .filter({ hasText: 'Ines Starter' })
  await expect(item.getByTestId('pending-starts')).toHaveText('access starts 2036-01-15 08:00')
  await page.getByTestId('apply-pending').screenshot({
    path: 'test-results/screens/apply-pending-starts-en.png',
  })

  // sent ahead: the terminal holds her now
  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  await expect.poll(held).toEqual(['1201'])
  await page.goto(`${app.url}#/persons`)
  await page.locator('[data-employee-no="1201"]').click()
  const drawer = page.getByRole('dialog', { name: /^Ines Starter/ })
  const state = drawer.getByTestId('device-state')
  await expect(state).toHaveAttribute('data-state', 'applied')
  await expect(state).toContainText('access starts 2036-01-15 08:00')
  await drawer.getByTestId('device-status').screenshot({
    path: 'test-results/screens/drawer-starts-en.png',
  })

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await expect(state).toContainText('2036-01-15 08:00 起生效')
  await drawer.getByTestId('device-status').screenshot({
    path: 'test-results/screens/zh-drawer-starts.png',
  })
})
