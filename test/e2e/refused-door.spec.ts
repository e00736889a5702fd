// Issue 17 item 4 as a receptionist meets it: door rights "1, 2" are refused by the person form
// before anything is sent, naming the one-door terminal; a refusal that still reaches a terminal
// (an imported person) reads in plain words on Apply with the person's name (en and zh).
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' }) // one door
})
test.afterEach(async () => fleet?.close())

test('door rights beyond a terminal: the form names it; the refusal reads in words', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Reception', fleet.devices[0]!)
  await expect
    .poll(async () => {
      const r = await callStation<{ capabilities: unknown }[]>(app, 'devices.list', {})
      return r.ok && r.value.every((d) => d.capabilities !== null)
    })
    .toBe(true)

  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Add person' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Add person' })
  await dialog.getByLabel('Employee no.').fill('1005')
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Elena Ruiz')
  await dialog.getByLabel('Door rights').fill('1, 2')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('Door 2 does not exist on “Reception” (1 door).')).toBeVisible()
  await expectAccessible(page, 'Person form, refused door')
  await page.screenshot({ path: 'test-results/screens/refused-door-form.png' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // The station refuses the same through its API; an imported person still reaches the terminal
  const saved = await callStation(app, 'persons.save', {
    employeeNo: '1005',
    name: 'Elena Ruiz',
    doorRights: [1, 2],
  })
  expect(saved.ok).toBe(false)
  expect(
    (
      await callStation(app, 'persons.import', {
        csv: 'employeeNo,name,doorRights,cards\n1005,Elena Ruiz,1;2,7001005\n',
      })
    ).ok,
  ).toBe(true)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '1006', name: 'Femi Ade' })).ok,
  ).toBe(true)
  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: 'Apply now' }).click()
  const failures = page.getByTestId('apply-failures')
  await expect(failures).toContainText('Elena Ruiz (1005)')
  await expect(failures.getByTestId('failure-reason').first()).toHaveText(
    'Door 2 does not exist on Reception (1 door).',
  )
  // Readable results: the card not sent is counted apart; the number is the green share of the bar
  const job = page.getByTestId('apply-job')
  await expect(job.getByTestId('skipped-counts')).toHaveText(
    '1 credential not sent (its person was refused)',
  )
  await expect(job.getByTestId('overall-counts')).toHaveText('1 done · 1 failed · 0 pending')
  await expect(job.getByTestId('overall-percent')).toHaveText('33 %')
  const green = job.getByRole('progressbar', { name: 'Overall: Done' })
  await expect(green).toHaveAttribute('aria-valuenow', /^33\.3/)
  await expectAccessible(page, 'Apply, refused door')
  await page.screenshot({ path: 'test-results/screens/refused-door-apply.png' })

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await page.reload()
  await expect(page.getByTestId('apply-failures').getByTestId('failure-reason').first()).toHaveText(
    'Reception 上没有门 2（共 1 个门）。',
  )
  await page.screenshot({ path: 'test-results/screens/zh-refused-door-apply.png' })
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: '添加人员' }).first().click()
  const zh = page.getByRole('dialog', { name: '添加人员' })
  await zh.getByLabel('门权限').fill('1, 2')
  await zh.getByRole('button', { name: '保存' }).click()
  await expect(zh.getByText('终端“Reception”上没有门 2（共 1 个门）。')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/zh-refused-door-form.png' })
})
