import { CHROMIUM_ARGS, E2E_CHROMIUM } from '../../playwright.config'
import { callStation, expect, test } from './fixtures'

// Chromium's fake camera (a moving test pattern) stands in for the desk webcam.
test.use({
  launchOptions: {
    executablePath: E2E_CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  },
})

test('takes a face picture with the webcam and stores it with source webcam', async ({
  app,
  page,
}) => {
  await callStation(app, 'persons.save', { employeeNo: '7', name: 'Webcam Person' })
  await page.goto(`${app.url}#/persons`)
  await page.getByTestId('person-row').first().click()
  const drawer = page.getByRole('dialog', { name: /^Webcam Person/ })
  await drawer.getByRole('button', { name: 'Use webcam' }).click()

  const camera = page.getByRole('dialog', { name: 'Take a face picture' })
  const take = camera.getByRole('button', { name: 'Take picture' })
  await expect(take).toBeEnabled() // the stream is live
  await expect(camera.getByLabel('Camera preview')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/webcam.png' })
  await take.click()
  await expect(camera.getByRole('img', { name: 'Captured picture' })).toBeVisible()
  await camera.getByRole('button', { name: 'Use this picture' }).click()
  await expect(camera).toBeHidden()

  await expect(drawer.getByTestId('face-image')).toBeVisible()
  await expect(drawer.getByTestId('face-meta')).toContainText('from the webcam')
  const face = await callStation<{ meta: { source: string; width: number } } | null>(
    app,
    'persons.face',
    {
      employeeNo: '7',
    },
  )
  expect(face.ok && face.value?.meta.source).toBe('webcam')
})
