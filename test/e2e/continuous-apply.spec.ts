// Issue 17, tried again as a receptionist would, with the station applying by itself (npm start):
// 1. a deleted person's card is denied without anyone pressing Apply;
// 2. the first rule keeps everyone's access, and removing access asks first with the count;
// 3. what waits is listed (adds / updates / removals, names, removals called out) — en and zh.
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.use({ continuousApply: true })
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
})
test.afterEach(async () => fleet?.close())

/** The terminal's own verdict on a card swiped at its reader (minor 1 granted, 9 unknown card). */
const swipe = async (i: number, cardNo: string): Promise<number> => {
  const events = (await fleet.control.triggerEvent(fleet.devices[i]!, {
    kind: 'card',
    cardNo,
  })) as { major: number; minor: number; cardNo?: string }[]
  return events.find((e) => e.major === 5 && e.cardNo !== undefined)!.minor
}
const GRANTED = 1
const UNKNOWN_CARD = 9
const held = async (i: number) =>
  (await fleet.control.state(fleet.devices[i]!)).persons.map((p) => p.employeeNo).sort()

async function seed(app: Parameters<typeof addTerminal>[0]) {
  await addTerminal(app, 'Reception', fleet.devices[0]!)
  await addTerminal(app, 'Dock', fleet.devices[1]!)
  for (const [employeeNo, name, groupName] of [
    ['1005', 'Elena Ruiz', 'Warehouse'],
    ['1006', 'Farid Khan', 'Front office'],
  ] as const) {
    expect((await callStation(app, 'persons.save', { employeeNo, name, groupName })).ok).toBe(true)
    expect(
      (await callStation(app, 'persons.addCard', { employeeNo, cardNo: `77${employeeNo}` })).ok,
    ).toBe(true)
  }
  await expect.poll(() => held(0)).toEqual(['1005', '1006'])
  await expect.poll(() => held(1)).toEqual(['1005', '1006'])
}

test('deleting a person takes their card away on every terminal without pressing Apply', async ({
  app,
  page,
}) => {
  await seed(app)
  expect(await swipe(0, '771005')).toBe(GRANTED)
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').filter({ hasText: 'Elena Ruiz' }).click()
  const drawer = page.getByRole('dialog', { name: /^Elena Ruiz/ }) // the drawer, not 'Delete Elena Ruiz?'
  await drawer.getByRole('button', { name: 'Delete person' }).click()
  await page
    .getByRole('dialog', { name: 'Delete Elena Ruiz?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  await expect(drawer).toBeHidden()
  // no Apply pressed: the terminals lose her by themselves, and her card is refused
  await expect.poll(() => held(0)).toEqual(['1006'])
  await expect.poll(() => held(1)).toEqual(['1006'])
  expect(await swipe(0, '771005')).toBe(UNKNOWN_CARD)
  expect(await swipe(1, '771005')).toBe(UNKNOWN_CARD)
  await page.getByRole('navigation').getByRole('button', { name: 'Overview' }).click()
  await expect(page.getByTestId('overview-pending')).toContainText('Nothing waiting')
})

test('the first rule keeps everyone; removing access asks first with the count', async ({
  app,
  page,
}) => {
  await seed(app)
  await page.goto(`${app.url}#/apply`)
  const rules = page.getByTestId('apply-rules')
  await rules.getByRole('combobox', { name: 'Persons' }).click()
  await page.getByRole('option', { name: 'Group' }).click()
  await rules.getByRole('combobox', { name: 'Group', exact: true }).click()
  await page.getByRole('option', { name: 'Front office' }).click()
  await rules.getByRole('combobox', { name: 'Terminals' }).click()
  await page.getByRole('option', { name: 'Terminal', exact: true }).click()
  await rules.getByRole('combobox', { name: 'Terminal', exact: true }).click()
  await page.getByRole('option', { name: 'Reception' }).click()
  await rules.getByRole('button', { name: 'Add rule' }).click()
  await expect(rules.getByTestId('rule')).toHaveText([
    'Everyone → Every terminal',
    'Group Front office → Terminal Reception',
  ])
  // nothing to send: everyone keeps their terminals, Elena's card still opens the Dock
  await expect(page.getByTestId('pending-summary')).toHaveText(/Nothing waiting/)
  expect(await swipe(1, '771005')).toBe(GRANTED)

  await rules.getByRole('button', { name: 'Remove rule Everyone → Every terminal' }).click()
  const ask = page.getByRole('dialog', { name: 'Take access away?' })
  await expect(ask.getByTestId('rule-impact')).toHaveText(
    /removes 2 person\(s\) from 2 terminal\(s\) \(3 removals\)/,
  )
  await ask.getByRole('button', { name: 'Keep as it is' }).click()
  await expect(rules.getByTestId('rule')).toHaveCount(2)
  expect(await held(1)).toEqual(['1005', '1006'])

  await rules.getByRole('button', { name: 'Remove rule Everyone → Every terminal' }).click()
  await page
    .getByRole('dialog', { name: 'Take access away?' })
    .getByRole('button', { name: 'Remove access' })
    .click()
  await expect(rules.getByTestId('rule')).toHaveCount(1)
  await expect.poll(() => held(0)).toEqual(['1006'])
  await expect.poll(() => held(1)).toEqual([])
  expect(await swipe(1, '771005')).toBe(UNKNOWN_CARD)
})

test('what waits is listed before it is sent, removals called out (en and zh)', async ({
  app,
  page,
}) => {
  await seed(app)
  expect((await callStation(app, 'settings.set', { continuousApply: false })).ok).toBe(true)
  expect((await callStation(app, 'persons.remove', { employeeNo: '1005' })).ok).toBe(true)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '1007', name: 'Grace Ho' })).ok,
  ).toBe(true)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '1006', name: 'Farid Khan-Ruiz' })).ok,
  ).toBe(true)

  await page.goto(`${app.url}#/apply`)
  const panel = page.getByTestId('apply-pending')
  await expect(panel.getByTestId('pending-summary')).toHaveText(
    '6 changes waiting for 2 terminal(s)',
  )
  await expect(panel.getByTestId('pending-removals')).toContainText('2 removals')
  await expect(panel.getByTestId('pending-item').first()).toContainText('Removal')
  await expect(panel.getByTestId('pending-item').first()).toContainText('1005')
  await expect(panel.getByTestId('pending-item').filter({ hasText: 'Grace Ho' })).toHaveCount(2)
  // the navigation counts the persons whose changes wait (Grace added, Farid renamed)
  await expect(page.getByTestId('nav-pending')).toHaveText('2')
  await expect(panel).toContainText('press Apply now')
  await panel.screenshot({ path: 'test-results/screens/apply-pending-en.png' })
  expect(await held(0)).toEqual(['1005', '1006']) // nothing was sent meanwhile

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await expect(panel.getByTestId('pending-summary')).toHaveText('6 项更改等待发送到 2 台终端')
  await expect(panel.getByTestId('pending-item').first()).toContainText('移除')
  await panel.screenshot({ path: 'test-results/screens/apply-pending-zh.png' })

  // turned back on: it is all sent by itself
  expect((await callStation(app, 'settings.set', { continuousApply: true })).ok).toBe(true)
  await expect.poll(() => held(0)).toEqual(['1006', '1007'])
  await expect(panel.getByTestId('pending-summary')).toHaveText(
    '没有等待的更改：每台终端都已与名单和规则一致。',
  )
})

test('a schedule change reaches a terminal added later, without Write to terminals', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Reception', fleet.devices[0]!)
  const days = Object.fromEntries(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => [
      d,
      [{ begin: '07:00', end: '19:00' }],
    ]),
  )
  expect(
    (await callStation(app, 'schedules.saveWeekPlan', { planNo: 2, name: 'Day shift', days })).ok,
  ).toBe(true)
  const planOn = async (i: number) =>
    Object.keys(await fleet.control.docs(fleet.devices[i]!, 'UserRightWeekPlanCfg/'))
  await expect.poll(() => planOn(0)).toContain('UserRightWeekPlanCfg/2')

  // a terminal added later receives it by itself; nothing is left waiting
  await addTerminal(app, 'Dock', fleet.devices[1]!)
  await expect.poll(() => planOn(1)).toContain('UserRightWeekPlanCfg/2')
  await page.goto(`${app.url}#/apply`)
  await expect(page.getByTestId('pending-summary')).toHaveText(/Nothing waiting/)
})
