// Day one (issue 14): terminals found on the LAN (the simulator answers SADP on a loopback
// port), the new one activated and both added, one compared with the roster and a stranger
// adopted; cards issued from a desk reader (keyboard typing); a duplicate found and resolved;
// a duplicate face found by the terminal's face search and resolved.
import sharp from 'sharp'
import {
  addTerminal,
  callStation,
  expect,
  startBrowserMode,
  test,
  type RunningStation,
} from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

interface IsapiLike {
  persons: { upsert(p: { employeeNo: string; name: string }): Promise<unknown> }
  close(): Promise<void>
}
const ISAPI = '../../src/main/isapi/index.ts'
const connect = async (o: object): Promise<IsapiLike> =>
  ((await import(ISAPI)) as { connect(o: object): IsapiLike }).connect(o)

test.describe('find and adopt terminals', () => {
  let fleet: Fleet & { sadpPort?: number }
  let app: RunningStation
  test.beforeAll(async () => {
    fleet = await startFleet({
      devices: 2,
      profile: 'card-door',
      activated: [false, true],
      sadp: true,
    })
    const other = await connect({ ...fleet.devices[1]!, protocol: 'http', name: 'other tool' })
    try {
      await other.persons.upsert({ employeeNo: '9001', name: 'Stranger Danger' })
    } finally {
      await other.close()
    }
  })
  test.afterAll(async () => fleet?.close())
  test.beforeEach(async () => {
    app = await startBrowserMode(['--manual-apply', '--sadp-target', `127.0.0.1:${fleet.sadpPort}`])
  })
  test.afterEach(() => void app.process.kill('SIGTERM'))

  test('discovery → activate → add → compare → adopt', async ({ page }) => {
    const [fresh, ready] = fleet.devices as [Fleet['devices'][0], Fleet['devices'][0]]
    await page.goto(`${app.url}#/devices`)
    await page.getByRole('button', { name: 'Find terminals' }).click()
    const dialog = page.getByRole('dialog', { name: 'Find terminals on the network' })
    await expect(dialog.getByTestId('discovery-count')).toHaveText('2 terminals answered', {
      timeout: 15_000,
    })
    await expect(dialog.getByRole('row', { name: new RegExp(`:${fresh.port}`) })).toContainText(
      'New (not activated)',
    )
    await dialog.getByLabel('Admin password for the new terminals').fill('Desk-Start-2026')
    await dialog.getByRole('button', { name: 'Activate and add 1 terminal' }).click()
    await expect(dialog.getByTestId('onboard-outcomes')).toContainText(`:${fresh.port}: added as`)
    await expect(dialog.getByRole('row', { name: new RegExp(`:${fresh.port}`) })).toContainText(
      'Added',
    )
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(ready.password)
    await dialog.getByRole('button', { name: 'Add 1 terminal' }).click()
    await expect(dialog.getByTestId('onboard-outcomes')).toContainText(`:${ready.port}: added as`)
    await page.screenshot({ path: 'test-results/screens/onboard-find.png' })
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByTestId('device-row')).toHaveCount(2)

    const name = `${ready.model}-${ready.serialNumber.slice(-9)}`
    await page.getByRole('button', { name: `Actions for ${name}` }).click()
    await page.getByRole('menuitem', { name: 'Compare with roster…' }).click()
    const compare = page.getByRole('dialog', { name: `Compare ${name} with the roster` })
    const onlyThere = compare.getByTestId('compare-onlyOnDevice')
    await expect(onlyThere).toContainText('9001 Stranger Danger', { timeout: 15_000 })
    await compare.getByRole('checkbox', { name: 'Select 9001 Stranger Danger' }).check()
    await compare.getByRole('button', { name: 'Adopt into roster (1)' }).click()
    await expect(compare.getByRole('status').filter({ hasText: 'Adopted 1' })).toBeVisible()
    await expect(onlyThere).toContainText('None.')
    await page.screenshot({ path: 'test-results/screens/onboard-compare.png' })
    await expect
      .poll(async () => (await callStation(app, 'persons.get', { employeeNo: '9001' })).ok)
      .toBe(true)
  })
})

test('batch card issue from a desk reader: next person, owner refused, undo', async ({
  app,
  page,
}) => {
  for (const [employeeNo, name] of [
    ['E1', 'Ann Lee'],
    ['E2', 'Bo Novak'],
    ['E9', 'Olga Owner'],
  ] as const)
    expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
  expect((await callStation(app, 'persons.addCard', { employeeNo: 'E9', cardNo: '777' })).ok).toBe(
    true,
  )
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Issue cards…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Issue cards' })
  await dialog.getByRole('button', { name: 'Add Ann Lee' }).click()
  await dialog.getByRole('button', { name: 'Add Bo Novak' }).click()
  await dialog.getByRole('combobox', { name: 'Reader sends' }).click()
  await page.getByRole('option', { name: 'Hexadecimal', exact: true }).click()
  const swipe = dialog.getByRole('textbox', { name: /Swipe a card/ })
  await swipe.click()
  await page.keyboard.type('C5382CF0')
  await page.keyboard.press('Enter')
  const last = dialog.getByTestId('card-issue-last')
  await expect(last).toHaveText('Card 3308793072 issued to Ann Lee')
  await dialog.getByRole('combobox', { name: 'Reader sends' }).click()
  await page.getByRole('option', { name: 'Decimal', exact: true }).click()
  await swipe.click()
  await page.keyboard.type('777')
  await page.keyboard.press('Enter')
  await expect(last).toHaveText('Card 777 already belongs to employee E9: not issued.')
  await page.keyboard.type('0012345')
  await page.keyboard.press('Enter')
  await expect(last).toHaveText('Card 12345 issued to Bo Novak')
  await expect(dialog).toContainText('Everyone on the list has a card.')
  await page.screenshot({ path: 'test-results/screens/onboard-cards.png' })
  await dialog.getByRole('button', { name: 'Undo last' }).click()
  await expect(last).toHaveText('Card 12345 taken back from Bo Novak')
  const cardsOf = async (employeeNo: string) => {
    const r = await callStation<{ cards: { cardNo: string }[] }>(app, 'persons.get', { employeeNo })
    return r.ok ? r.value.cards.map((c) => c.cardNo) : null
  }
  await expect.poll(() => cardsOf('E1')).toEqual(['3308793072'])
  await expect.poll(() => cardsOf('E2')).toEqual([])
})

test('a duplicate card is found and resolved', async ({ app, page }) => {
  for (const [employeeNo, name, cardNo] of [
    ['D1', 'Dana Berg', '0012345'],
    ['D2', 'Eli Rossi', '12345'],
  ] as const) {
    expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
    expect((await callStation(app, 'persons.addCard', { employeeNo, cardNo })).ok).toBe(true)
  }
  await page.goto(`${app.url}#/persons`)
  await page.getByRole('button', { name: 'Duplicates (1)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Possible duplicates' })
  await expect(
    dialog.getByRole('region', { name: 'Same card: Dana Berg, Eli Rossi' }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/onboard-duplicates.png' })
  await dialog.getByRole('button', { name: 'Remove card 0012345 from Dana Berg' }).click()
  await expect(dialog).toContainText('No duplicates in the roster.')
  await expect
    .poll(async () => {
      const r = await callStation<unknown[]>(app, 'persons.duplicates', {})
      return r.ok ? r.value.length : -1
    })
    .toBe(0)
})

test.describe('cards swiped on a terminal', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  test.afterAll(async () => fleet?.close())

  test('each card captured at the terminal goes to the next person', async ({ app, page }) => {
    const lobby = fleet.devices[0]!
    await addTerminal(app, 'Lobby', lobby)
    for (const [employeeNo, name] of [
      ['T1', 'Tia Kim'],
      ['T2', 'Uma Silva'],
    ] as const)
      expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
    await page.goto(`${app.url}#/persons`)
    await page.getByRole('button', { name: 'Issue cards…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Issue cards' })
    await dialog.getByRole('button', { name: 'Add Tia Kim' }).click()
    await dialog.getByRole('button', { name: 'Add Uma Silva' }).click()
    await dialog.getByRole('combobox', { name: 'Card reader' }).click()
    await page.getByRole('option', { name: 'The reader of Lobby' }).click()
    const waiting = dialog.getByTestId('terminal-waiting')
    await expect(waiting).toHaveText('Waiting for a card at the terminal for Tia Kim…')
    await fleet.control.presentCard(lobby, '7002001')
    const last = dialog.getByTestId('card-issue-last')
    await expect(last).toHaveText('Card 7002001 issued to Tia Kim')
    await expect(waiting).toHaveText('Waiting for a card at the terminal for Uma Silva…')
    await fleet.control.presentCard(lobby, '7002002')
    await expect(last).toHaveText('Card 7002002 issued to Uma Silva')
    await expect(dialog).toContainText('Everyone on the list has a card.')
    const cardsOf = async (employeeNo: string) => {
      const r = await callStation<{ cards: { cardNo: string }[] }>(app, 'persons.get', {
        employeeNo,
      })
      return r.ok ? r.value.cards.map((c) => c.cardNo) : null
    }
    await expect.poll(() => cardsOf('T2')).toEqual(['7002002'])
  })
})

test.describe('faces compared by a terminal', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'iris-face' })
  })
  test.afterAll(async () => fleet?.close())

  // a drawn face (never a photo of a person); the same drawing retouched looks alike
  const drawn = (skin: string, bg: string) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600"><rect width="100%" height="100%" fill="${bg}"/><ellipse cx="240" cy="290" rx="130" ry="190" fill="${skin}"/><circle cx="190" cy="250" r="14" fill="#222"/><circle cx="290" cy="250" r="14" fill="#222"/><path d="M 180 380 Q 240 420 300 380" stroke="#822" fill="none" stroke-width="8"/></svg>`,
      ),
    )
      .jpeg({ quality: 85 })
      .toBuffer()

  test('a duplicate face is found by the terminal and resolved', async ({ app, page }) => {
    await addTerminal(app, 'Pro', fleet.devices[0]!)
    const ann = await drawn('#e0b89a', '#5b7fa6')
    const annAgain = await sharp(ann)
      .resize(400, 500)
      .modulate({ brightness: 1.08 })
      .jpeg({ quality: 60 })
      .toBuffer()
    for (const [employeeNo, name, jpeg] of [
      ['F1', 'Fay Lind', ann],
      ['F2', 'Fay Lindqvist', annAgain],
      ['F3', 'Gus Moreno', await drawn('#8d5a3b', '#c9c08a')],
    ] as const) {
      expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
      const face = { employeeNo, jpegBase64: jpeg.toString('base64'), source: 'file' }
      expect((await callStation(app, 'persons.setFace', face)).ok).toBe(true)
    }
    // before anything is applied: the terminal compares in a scratch library
    await page.goto(`${app.url}#/persons`)
    await page.getByRole('button', { name: /^Duplicates/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Possible duplicates' })
    await expect(dialog).toContainText('No duplicates in the roster.')
    await dialog.getByRole('button', { name: 'Compare faces on a terminal' }).click()
    await expect(dialog.getByTestId('face-check-report')).toHaveText(
      'Pro compared 3 roster faces with each other: 1 pair alike at 90% or more.',
      { timeout: 30_000 },
    )
    const pair = dialog.getByRole('region', {
      name: 'Faces alike (terminal): Fay Lind, Fay Lindqvist',
    })
    await expect(pair).toBeVisible()
    await expect(pair).toContainText(/F2 Fay Lindqvist — (9\d|100)%/)
    await page.screenshot({ path: 'test-results/screens/onboard-face-likeness.png' })
    await pair.getByRole('button', { name: 'Remove the face of Fay Lindqvist' }).click()
    await expect(dialog).toContainText('No duplicates in the roster.')
    await expect
      .poll(async () => {
        const r = await callStation<{ face: unknown }>(app, 'persons.get', { employeeNo: 'F2' })
        return r.ok ? r.value.face : 'error'
      })
      .toBeNull()
    await expect
      .poll(async () => {
        const r = await callStation<unknown[]>(app, 'persons.duplicates', {})
        return r.ok ? r.value.length : -1
      })
      .toBe(0)
    // the scratch library is gone, the terminal's persons' library untouched
    await expect
      .poll(async () => (await fleet.control.state(fleet.devices[0]!)).faceLibs.length)
      .toBe(2)
    expect((await fleet.control.state(fleet.devices[0]!)).faces).toEqual([])
  })

  test('a long comparison shows n of N faces and is cancelled from the dialog', async ({
    app,
    page,
  }) => {
    await addTerminal(app, 'Pro', fleet.devices[0]!)
    const colours = ['#e0b89a', '#8d5a3b', '#c49a6c', '#f1c27d']
    for (const [n, skin] of colours.entries()) {
      const employeeNo = `C${n + 1}`
      expect(
        (await callStation(app, 'persons.save', { employeeNo, name: `Cal ${n + 1}` })).ok,
      ).toBe(true)
      const jpeg = await drawn(skin, n % 2 ? '#5b7fa6' : '#c9c08a')
      const face = { employeeNo, jpegBase64: jpeg.toString('base64'), source: 'file' }
      expect((await callStation(app, 'persons.setFace', face)).ok).toBe(true)
    }
    await page.goto(`${app.url}#/persons`)
    await page.getByRole('button', { name: /^Duplicates/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Possible duplicates' })
    // a slow terminal: each request takes a second, so the check is long enough to cancel
    await fleet.control.fault(fleet.devices[0]!, { latencyMs: 1000 })
    try {
      await dialog.getByRole('button', { name: 'Compare faces on a terminal' }).click()
      const progress = dialog.getByTestId('face-check-progress')
      await expect(progress).toContainText(
        /^Pro: \d of 4 faces (put into its temporary library|compared)/,
        {
          timeout: 30_000,
        },
      )
      await page.screenshot({ path: 'test-results/screens/onboard-face-check-progress.png' })
      await dialog.getByRole('button', { name: 'Cancel the comparison' }).click()
      await expect(dialog.getByTestId('face-check-report')).toHaveText(
        /^Cancelled on Pro \(\d of 4 faces compared\); its temporary face library was removed\./,
        { timeout: 30_000 },
      )
      await expect(progress).toHaveCount(0)
      await page.screenshot({ path: 'test-results/screens/onboard-face-check-cancelled.png' })
    } finally {
      await fleet.control.clearFaults(fleet.devices[0]!)
    }
    // the temporary library is gone: the terminal holds its own two
    await expect
      .poll(async () => (await fleet.control.state(fleet.devices[0]!)).faceLibs.length)
      .toBe(2)
    expect((await fleet.control.state(fleet.devices[0]!)).faces).toEqual([])
  })
})
