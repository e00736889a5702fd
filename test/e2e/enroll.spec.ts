// Enroll: a person picked by search, captures on the terminal played by the simulator's control
// API (face with the live view, card swipe, fingerprint with quality, iris), a desk reader's
// keystrokes, then "Apply now" for that person reaches both terminals.
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet, type SimDevice } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'iris-face'] })
})
test.afterEach(async () => fleet?.close())

test('captures face, card, fingerprint and iris on terminals, then applies the person to both', async ({
  app,
  page,
}) => {
  const [lobby, clinic] = fleet.devices as [SimDevice, SimDevice]
  for (const [name, d] of [
    ['Lobby', lobby],
    ['Clinic', clinic],
  ] as const) {
    await addTerminal(app, name, d)
  }
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '3001', name: 'Dana Okafor' })).ok,
  ).toBe(true)

  await page.goto(`${app.url}#/enroll`)
  await expect(page.getByText('Choose a person and a terminal to start.')).toBeVisible()
  await page.keyboard.press('/')
  await expect(page.getByRole('combobox', { name: 'Person' })).toBeFocused()
  await page.keyboard.type('Dana')
  await page.getByRole('option', { name: 'Dana Okafor (3001)' }).click()
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()

  // Face: the live view runs, the terminal captures, the picture is shown and saved.
  await expect(page.getByRole('tab', { name: 'Iris' })).toHaveCount(0) // face-fp has no iris camera
  await expect(page.getByTestId('preview-frame')).toBeVisible()
  await page.getByRole('button', { name: 'Capture on terminal' }).click()
  const phase = page.getByTestId('enroll-phase')
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFace(lobby)
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(page.getByTestId('captured-face')).toBeVisible()
  await expect(page.getByTestId('enroll-saved')).toBeVisible()
  await expectAccessible(page, 'Enroll (face)')
  await page.screenshot({ path: 'test-results/screens/enroll.png' })

  // Card: a swipe on the terminal, then a desk reader's digits + Enter.
  await page.getByRole('tab', { name: 'Card' }).click()
  await page.getByRole('button', { name: 'Swipe on terminal' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await expect(phase).toContainText('hold the card on Lobby')
  await fleet.control.presentCard(lobby, '7001001')
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(page.getByTestId('captured-card')).toHaveText('Card 7001001')
  await page.getByRole('textbox', { name: 'Desk card reader' }).fill('7001002')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Card 7001002 added to Dana Okafor.')).toBeVisible()
  await expect(page.getByTestId('enroll-credentials')).toContainText('2 cards')

  // Fingerprint: pick a finger on the hand diagram, capture, quality shown.
  await page.getByRole('tab', { name: 'Fingerprint' }).click()
  await page.getByRole('radio', { name: 'Left index (finger 7)' }).click()
  await page.getByRole('button', { name: 'Capture left index' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 82 })
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(page.getByTestId('fingerprint-quality')).toContainText('Quality 82 / 100')
  await expect(
    page.getByRole('radio', { name: /Left index \(finger 7\) · enrolled/ }),
  ).toBeVisible()
  await expectAccessible(page, 'Enroll (fingerprint)')
  await page.screenshot({ path: 'test-results/screens/enroll-fingerprint.png' })

  // Iris, offered only on the terminal that has the camera.
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Clinic/ }).click()
  await page.getByRole('tab', { name: 'Iris' }).click()
  await page.getByRole('button', { name: 'Capture iris' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentIris(clinic)
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(page.getByTestId('enroll-credentials')).toContainText('1 iris')

  // Apply now for this person; progress reaches 100 % and both terminals hold them.
  await page.getByRole('button', { name: 'Apply now for Dana Okafor' }).click()
  await page.getByRole('button', { name: 'Open Apply' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply')
  await expect(page.getByTestId('job-state')).toHaveText('Done')
  await expect(page.getByTestId('overall-percent')).toHaveText('100 %')
  const atLobby = await fleet.control.state(lobby)
  expect(atLobby.persons.map((p) => p.employeeNo)).toContain('3001')
  expect(
    atLobby.cards
      .filter((c) => c.employeeNo === '3001')
      .map((c) => c.cardNo)
      .sort(),
  ).toEqual(['7001001', '7001002'])
  expect(atLobby.fingerprints.some((f) => f.employeeNo === '3001' && f.fingerPrintID === 7)).toBe(
    true,
  )
  expect(atLobby.faces.some((f) => f.FPID === '3001')).toBe(true)
  const atClinic = await fleet.control.state(clinic)
  expect(atClinic.persons.map((p) => p.employeeNo)).toContain('3001')
  expect(atClinic.irises.some((i) => i.employeeNo === '3001')).toBe(true)
  expect(atClinic.faces.some((f) => f.FPID === '3001')).toBe(true)

  // A swipe nobody makes can be cancelled.
  await page.getByRole('button', { name: 'Enroll', exact: true }).click()
  await page.getByRole('tab', { name: 'Card' }).click()
  await page.getByRole('button', { name: 'Swipe on terminal' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await phase.getByRole('button', { name: 'Cancel' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'cancelled')
})

test('takes a face from a file on the Enroll screen, refusing one too small to use', async ({
  app,
  page,
}) => {
  const lobby = fleet.devices[0]!
  await addTerminal(app, 'Lobby', lobby)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '3002', name: 'Eli Berg' })).ok,
  ).toBe(true)
  const sharp = (await import('sharp')).default
  const jpeg = (size: number) =>
    sharp({
      create: { width: size, height: size, channels: 3, background: { r: 200, g: 170, b: 150 } },
    })
      // an oval in it: a picture of one flat colour is refused as having no face
      .composite([
        {
          input: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><ellipse cx="${size / 2}" cy="${size / 2}" rx="${size / 4}" ry="${size / 3}" fill="#e0b89a"/></svg>`,
          ),
        },
      ])
      .jpeg()
      .toBuffer()

  await page.goto(`${app.url}#/enroll`)
  await page.getByRole('combobox', { name: 'Person' }).fill('Eli')
  await page.getByRole('option', { name: 'Eli Berg (3002)' }).click()
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()

  const choose = async (buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'From a file…' }).click()
    await (await chooser).setFiles({ name: 'face.jpg', mimeType: 'image/jpeg', buffer })
  }
  await choose(await jpeg(40))
  await expect(page.getByTestId('enroll-face-problem')).toBeVisible()
  await choose(await jpeg(400))
  await expect(page.getByTestId('enroll-saved')).toBeVisible()
  await expect(page.getByTestId('enroll-face-problem')).toHaveCount(0)
  const person = await callStation(app, 'persons.get', { employeeNo: '3002' })
  expect(person).toMatchObject({ ok: true, value: { face: { source: 'file', width: 400 } } })
})
