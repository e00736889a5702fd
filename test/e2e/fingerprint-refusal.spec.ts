// Issue 17 item 8, "one message per fingerprint refusal": a finger the terminal refuses (lowScore)
// or reads below the station's floor yields exactly one message on the Enroll screen, naming the
// person and the finger, with one way to try again; trying again and failing again replaces the
// message instead of stacking a second one; a good read then clears it.
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('a refused fingerprint gives one message naming the person and the finger', async ({
  app,
  page,
}) => {
  const lobby = fleet.devices[0]!
  await addTerminal(app, 'Lobby', lobby)
  expect((await callStation(app, 'persons.save', { employeeNo: '3200', name: 'Rui Tan' })).ok).toBe(
    true,
  )
  await page.goto(`${app.url}#/enroll`)
  await page.getByRole('combobox', { name: 'Person' }).fill('Rui')
  await page.getByRole('option', { name: 'Rui Tan (3200)' }).click()
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()
  await page.getByRole('tab', { name: 'Fingerprint' }).click()
  await page.getByRole('radio', { name: 'Left index (finger 7)' }).click()

  const panel = page.getByRole('tabpanel', { name: 'Fingerprint' })
  const phase = page.getByTestId('enroll-phase')
  const messages = panel.getByRole('alert')
  const retries = panel.getByRole('button', { name: 'Try again' })

  // the terminal refuses the finger (too poor to read: lowScore)
  await page.getByRole('button', { name: 'Capture left index' }).click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 20 })
  await expect(phase).toHaveAttribute('data-phase', 'failed')
  await expect(messages).toHaveCount(1)
  await expect(messages).toContainText('Rui Tan')
  await expect(messages).toContainText('left index')
  await expect(messages).toContainText('too poor')
  await expect(retries).toHaveCount(1)
  await expect(page.getByRole('alert').filter({ hasText: 'Rui Tan' })).toHaveCount(1) // no toast too

  // again, and refused again: still one message
  await retries.click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 20 })
  await expect(phase).toHaveAttribute('data-phase', 'failed')
  await expect(messages).toHaveCount(1)
  await expect(retries).toHaveCount(1)

  // read, but below the station's floor: one message with the quality, not a second hint
  await retries.click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 45 })
  await expect(phase).toHaveAttribute('data-phase', 'failed')
  await expect(messages).toHaveCount(1)
  await expect(messages).toContainText('Rui Tan')
  await expect(messages).toContainText('left index')
  await expect(messages).toContainText('quality 45')
  await expect(retries).toHaveCount(1)
  await page.screenshot({ path: 'test-results/screens/enroll-fingerprint-refused.png' })

  // a good read: saved, and the message is gone
  await retries.click()
  await expect(phase).toHaveAttribute('data-phase', 'waiting')
  await fleet.control.presentFinger(lobby, { quality: 85 })
  await expect(phase).toHaveAttribute('data-phase', 'saved')
  await expect(messages).toHaveCount(0)
  await expect(page.getByTestId('enroll-credentials')).toContainText('1 fingerprint ·')
})
