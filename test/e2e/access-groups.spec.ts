// Issue 17 (access groups, check before sending) as a receptionist meets it: a person given two
// access groups in the form goes to both groups' terminals; a person type one of those terminals
// does not know is refused at its field, naming the terminal (en and zh).
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-lite', 'card-door'] })
})
test.afterEach(async () => fleet?.close())

test('two access groups reach both terminals; a person type a terminal lacks is refused at its field', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Lobby Lite', fleet.devices[0]!)
  await addTerminal(app, 'Gate', fleet.devices[1]!)
  let known: { id: string; name: string }[] = []
  await expect
    .poll(async () => {
      const r = await callStation<{ id: string; name: string; capabilities: unknown }[]>(
        app,
        'devices.list',
        {},
      )
      if (r.ok) known = r.value
      return r.ok && r.value.every((d) => d.capabilities !== null)
    })
    .toBe(true)
  const lite = known.find((d) => d.name === 'Lobby Lite')!
  const gate = known.find((d) => d.name === 'Gate')!
  for (const [group, device] of [
    ['Kitchen', lite],
    ['Lab', gate],
  ] as const)
    expect(
      (
        await callStation(app, 'assignments.add', {
          personScope: `group:${group}`,
          deviceScope: `device:${device.id}`,
          confirm: true,
        })
      ).ok,
    ).toBe(true)
  const rules = await callStation<{ id: number; personScope: string }[]>(
    app,
    'assignments.list',
    {},
  )
  const implicit = rules.ok ? rules.value.find((r) => r.personScope === 'all') : undefined
  expect(
    (await callStation(app, 'assignments.remove', { id: implicit!.id, confirm: true })).ok,
  ).toBe(true)

  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Add person' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Add person' })
  await dialog.getByLabel('Employee no.').fill('3001')
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Grace Hopper')
  const groups = dialog.getByRole('combobox', { name: /^Access groups/ })
  await groups.fill('Kitchen')
  await groups.press('Enter')
  await groups.fill('Lab')
  await groups.press('Enter')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const drawer = page.getByRole('dialog', { name: /^Grace Hopper/ })
  await expect(drawer.getByTestId('detail-group')).toHaveText('Kitchen, Lab')

  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  for (const d of fleet.devices)
    await expect
      .poll(async () => (await fleet.control.state(d)).persons.map((p) => p.employeeNo))
      .toEqual(['3001'])

  // a person type the Lite terminal does not know: refused at the field, naming it
  await drawer.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: /^Edit Grace Hopper/ })
  await edit.getByRole('combobox', { name: 'Type', exact: true }).click()
  await page.getByRole('option', { name: 'Block list' }).click()
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(
    edit.getByText('Lobby Lite has no person type “blackList” (it has: normal, visitor).'),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/refused-user-type-form.png' })
  await edit.getByRole('button', { name: 'Cancel' }).click()

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await page.reload()
  await page.getByRole('button', { name: '添加人员' }).first().click()
  const zh = page.getByRole('dialog', { name: '添加人员' })
  await zh.getByLabel('工号').fill('3002')
  await zh.getByRole('textbox', { name: /^姓名/ }).fill('陈伟')
  await zh.getByRole('combobox', { name: /^门禁分组/ }).fill('Kitchen')
  await zh.getByRole('combobox', { name: /^门禁分组/ }).press('Enter')
  await zh.getByRole('combobox', { name: '类型', exact: true }).click()
  await page.getByRole('option', { name: '黑名单' }).click()
  await zh.getByRole('button', { name: '保存' }).click()
  await expect(
    zh.getByText('Lobby Lite 不支持人员类型“blackList”（支持：normal, visitor）。'),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/zh-refused-user-type-form.png' })
})
