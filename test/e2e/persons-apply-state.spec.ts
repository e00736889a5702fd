// Persons filtered by apply state: pending before an apply; then, without a reload, applied on
// the terminal that took them, failed where the face was refused, "not assigned" for the person no rule
// sends anywhere; counts in the filter; each row's badge.
import { readFileSync } from 'node:fs'
import { callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'face-lite'] })
})
test.afterEach(async () => fleet?.close())

test('filters persons by apply state, and the list follows an apply as it finishes', async ({
  app,
  page,
}) => {
  const ids: string[] = []
  for (const [i, d] of fleet.devices.entries()) {
    const r = await callStation<{ id: string }>(app, 'devices.add', {
      name: i === 0 ? 'Lobby' : 'Warehouse',
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    })
    if (!r.ok) throw new Error(r.error.message)
    ids.push(r.value.id)
  }
  for (const [employeeNo, name] of [
    ['1001', 'Ada Park'],
    ['1002', 'Bo Chen'],
    ['1003', 'Cy Novak'],
  ] as const) {
    expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
    expect(
      (await callStation(app, 'persons.addCard', { employeeNo, cardNo: `55${employeeNo}` })).ok,
    ).toBe(true)
  }
  const rule = (personScope: string, deviceScope: string) =>
    callStation(app, 'assignments.add', { personScope, deviceScope })
  expect((await rule('person:1001', `device:${ids[0]}`)).ok).toBe(true)
  expect((await rule('person:1002', `device:${ids[1]}`)).ok).toBe(true)
  // the first rule kept everyone's access as an explicit rule: removed (confirmed), Cy goes nowhere
  const rules = await callStation<{ id: number; personScope: string }[]>(
    app,
    'assignments.list',
    {},
  )
  const everyone = rules.ok ? rules.value.find((r) => r.personScope === 'all') : undefined
  expect(
    (await callStation(app, 'assignments.remove', { id: everyone!.id, confirm: true })).ok,
  ).toBe(true)
  // Bo's face is refused by Warehouse (a per-item failure; a full terminal would pause instead)
  const face = readFileSync('resources/demo/faces/1002.jpg').toString('base64')
  expect(
    (
      await callStation(app, 'persons.setFace', {
        employeeNo: '1002',
        jpegBase64: face,
        source: 'file',
      })
    ).ok,
  ).toBe(true)
  await fleet.control.fault(fleet.devices[1]!, { faceModelingFail: 1 })

  await page.goto(`${app.url}#/persons`)
  const rows = page.getByTestId('person-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.filter({ hasText: 'Cy Novak' }).getByTestId('apply-state')).toHaveText(
    'Not assigned',
  )
  const filter = page.getByRole('combobox', { name: 'Apply state' })
  await filter.click()
  await page.getByRole('option', { name: 'Pending (2)' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.getByTestId('apply-state')).toHaveText(['Pending', 'Pending'])

  // apply elsewhere (the CLI, another window): this list follows without a reload
  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  await expect(page.getByText('No one matches')).toBeVisible()

  await filter.click()
  await page.getByRole('option', { name: 'Failed (1)' }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Bo Chen')
  await expect(rows.getByTestId('apply-state')).toHaveText('Failed')
  await expect(rows.getByTestId('apply-state')).toHaveAttribute('data-state', 'failed')
  await expectAccessible(page, 'Persons (filtered by apply state)')
  await page.screenshot({ path: 'test-results/screens/persons-apply-state.png' })

  await filter.click()
  await page.getByRole('option', { name: 'Applied (1)' }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Ada Park')
  await filter.click()
  await page.getByRole('option', { name: 'Not assigned (1)' }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Cy Novak')

  // the fault is cleared and the failure retried: Bo leaves "Failed"
  await fleet.control.clearFaults(fleet.devices[1]!)
  await filter.click()
  await page.getByRole('option', { name: 'Failed (1)' }).click()
  await expect(rows).toHaveCount(1)
  const jobs = await callStation<{ id: string }[]>(app, 'apply.list', { limit: 1 })
  if (!jobs.ok) throw new Error(jobs.error.message)
  expect((await callStation(app, 'apply.retryFailed', { jobId: jobs.value[0]!.id })).ok).toBe(true)
  await expect(page.getByText('No one matches')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows).toHaveCount(3)
  await expect(rows.filter({ hasText: 'Bo Chen' }).getByTestId('apply-state')).toHaveText('Applied')
})
