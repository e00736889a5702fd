// Issue 17 item 8: a new face picture is shown beside the stored one before it replaces it; a blank
// grey 4000×3000 picture is refused by the station before anything is saved or sent; a picture in
// which the online face terminal finds several faces, or none, is refused with the terminal's
// name before it is stored (its face finder; the apply-time refusal of a picture stored without
// that check is proven in test/integration/station/apply-face-refused.test.ts).
import sharp from 'sharp'
import { addTerminal, callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('replacing a face asks first; a picture without a face is refused with the reason', async ({
  app,
  page,
}) => {
  await addTerminal(app, 'Lobby', fleet.devices[0]!)
  const face = await sharp({
    create: { width: 480, height: 600, channels: 3, background: '#c8a488' },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="480" height="600"><ellipse cx="240" cy="280" rx="150" ry="200" fill="#e0b89a"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer()
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '1008', name: 'Hal Moss' })).ok,
  ).toBe(true)
  expect(
    (
      await callStation(app, 'persons.setFace', {
        employeeNo: '1008',
        jpegBase64: face.toString('base64'),
        source: 'file',
      })
    ).ok,
  ).toBe(true)

  await page.goto(`${app.url}#/persons`)
  await page.locator('[data-employee-no="1008"]').click()
  const drawer = page.getByRole('dialog', { name: /Hal Moss/ })
  await expect(drawer.getByTestId('face-image')).toBeVisible()
  const before = await drawer.getByTestId('face-image').getAttribute('src')
  const grey = await sharp({
    create: { width: 4000, height: 3000, channels: 3, background: { r: 128, g: 128, b: 128 } },
  })
    .jpeg()
    .toBuffer()
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'grey.jpg', mimeType: 'image/jpeg', buffer: grey })
  const confirm = page.getByRole('dialog', { name: 'Replace the face of Hal Moss?' })
  await expect(confirm.getByTestId('face-confirm-new')).toBeVisible()
  await expectAccessible(page, 'Face confirmation')
  await page.screenshot({ path: 'test-results/screens/face-confirm.png' })
  await confirm.getByRole('button', { name: 'Keep the current face' }).click()
  await expect(confirm).toBeHidden()
  expect(await drawer.getByTestId('face-image').getAttribute('src')).toBe(before)

  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'grey.jpg', mimeType: 'image/jpeg', buffer: grey })
  await confirm.getByRole('button', { name: 'Replace' }).click()
  await expect(drawer.getByTestId('face-problem')).toHaveText(/^There is no face in this picture/)
  await expect(drawer.getByTestId('face-meta')).toContainText('480×600')
  expect(await drawer.getByTestId('face-image').getAttribute('src')).toBe(before)
  await page.screenshot({ path: 'test-results/screens/face-refused-blank.png' })

  // the simulated terminal's stand-in for a detector: a JPEG comment "sim-faces=N"; the station
  // shows the picture to the online face terminal (its own face finder) before storing it
  const stating = (n: number) => {
    const comment = Buffer.from(`sim-faces=${n}`, 'latin1')
    const head = Buffer.alloc(4)
    head.writeUInt16BE(0xfffe, 0)
    head.writeUInt16BE(comment.length + 2, 2)
    return Buffer.concat([face.subarray(0, 2), head, comment, face.subarray(2)])
  }
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'two.jpg', mimeType: 'image/jpeg', buffer: stating(2) })
  await confirm.getByRole('button', { name: 'Replace' }).click()
  await expect(drawer.getByTestId('face-problem')).toHaveText(
    /^Lobby found more than one face in the picture/,
  )
  expect(await drawer.getByTestId('face-image').getAttribute('src')).toBe(before)
  await page.screenshot({ path: 'test-results/screens/face-refused-many.png' })
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'none.jpg', mimeType: 'image/jpeg', buffer: stating(0) })
  await confirm.getByRole('button', { name: 'Replace' }).click()
  await expect(drawer.getByTestId('face-problem')).toHaveText(/^Lobby found no face in the picture/)
  expect(await drawer.getByTestId('face-image').getAttribute('src')).toBe(before)

  // one face: stored, and it reaches the terminal
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'one.jpg', mimeType: 'image/jpeg', buffer: stating(1) })
  await confirm.getByRole('button', { name: 'Replace' }).click()
  await expect(drawer.getByTestId('face-problem')).toBeHidden()
  await expect.poll(() => drawer.getByTestId('face-image').getAttribute('src')).not.toBe(before)
})
