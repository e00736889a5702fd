// Enroll's live view over RTSP: the simulated terminal streams H.264, the station decodes it
// with the real ffmpeg, the Enroll screen shows the picture and says it is live video; the
// person the control API puts in front of the terminal appears in it.
import { execFileSync } from 'node:child_process'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet, type SimDevice } from './sim-fleet'

const hasFfmpeg = (() => {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('shows the terminal camera as live RTSP video on the Enroll screen', async ({ app, page }) => {
  test.skip(!hasFfmpeg, 'ffmpeg is not installed (apt-get install ffmpeg)')
  const lobby = fleet.devices[0] as SimDevice
  await addTerminal(app, 'Lobby', lobby)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '3101', name: 'Ravi Menon' })).ok,
  ).toBe(true)
  await page.goto(`${app.url}#/enroll`)
  await page.getByRole('combobox', { name: 'Person' }).click()
  await page.keyboard.type('Ravi')
  await page.getByRole('option', { name: 'Ravi Menon (3101)' }).click()
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()

  await expect(page.getByTestId('preview-mode')).toHaveText('Live video (RTSP)', {
    timeout: 20_000,
  })
  const frame = page.getByTestId('preview-frame')
  await expect(frame).toBeVisible()
  // the video moves: the picture changes by itself
  const first = await frame.getAttribute('src')
  await expect.poll(() => frame.getAttribute('src')).not.toBe(first)
  await fleet.control.presentFace(lobby)
  // the person stands in front of the camera: a few frames later the picture shows them
  const size = async () => (await frame.getAttribute('src'))?.length ?? 0
  const before = await size()
  await expect.poll(size).toBeGreaterThan(before * 1.3)
  await page.screenshot({ path: 'test-results/screens/enroll-rtsp.png' })
})

test('says why the live view is snapshots when the terminal refuses the RTSP login', async ({
  app,
  page,
}) => {
  test.skip(!hasFfmpeg, 'ffmpeg is not installed (apt-get install ffmpeg)')
  const lobby = fleet.devices[0] as SimDevice
  await fleet.control.fault(lobby, { rtspAuthFail: true })
  await addTerminal(app, 'Lobby', lobby)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '3102', name: 'Ines Park' })).ok,
  ).toBe(true)
  await page.goto(`${app.url}#/enroll`)
  await page.getByRole('combobox', { name: 'Person' }).click()
  await page.keyboard.type('Ines')
  await page.getByRole('option', { name: 'Ines Park (3102)' }).click()
  await page.getByRole('combobox', { name: 'Terminal' }).click()
  await page.getByRole('option', { name: /^Lobby/ }).click()
  await expect(page.getByTestId('preview-mode')).toHaveText(
    'Snapshots: the terminal refused the RTSP login',
  )
  await expect(page.getByTestId('preview-frame')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/enroll-rtsp-fallback.png' })
})
