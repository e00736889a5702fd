// Issue 15's "done when", through the UI on a 6-terminal simulated site of 3 models: a profile
// made from one terminal, applied to all with the plan shown first; a terminal changed behind the
// station's back (simulator control API) found as drift with the field and restored; the report
// (HTML and PDF, looked at as screenshots) states for every terminal what an independent read of
// the simulator shows.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import { callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

const MODELS = ['face-fp', 'face-fp', 'face-lite', 'face-lite', 'card-door', 'card-door']
const require = createRequire(import.meta.url)
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'))

/** Draws the first pages of a PDF with pdf.js in the browser (served from memory, no network). */
async function showPdf(page: Page, pdf: Buffer, pages: number) {
  await page.route('http://pdf.local/**', (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/report.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' })
    if (path.startsWith('/pdfjs/'))
      return route.fulfill({
        body: readFileSync(join(PDFJS, 'build', path.slice(7))),
        contentType: 'text/javascript',
      })
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0;background:#888"><div id="pages"></div><script type="module">
import * as pdfjs from '/pdfjs/pdf.mjs'
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.mjs'
const doc = await pdfjs.getDocument('/report.pdf').promise
for (let n = 1; n <= Math.min(${pages}, doc.numPages); n++) {
  const p = await doc.getPage(n)
  const viewport = p.getViewport({ scale: 1.2 })
  const canvas = document.createElement('canvas')
  canvas.width = viewport.width; canvas.height = viewport.height
  canvas.style.display = 'block'; canvas.style.margin = '8px auto'
  document.getElementById('pages').append(canvas)
  await p.render({ canvasContext: canvas.getContext('2d'), viewport }).promise
}
document.body.dataset.done = String(doc.numPages)
</script></body>`,
    })
  })
  await page.goto('http://pdf.local/view.html')
  await expect(page.locator('body')).toHaveAttribute('data-done', /\d+/, { timeout: 30_000 })
}

test.describe('Profiles', () => {
  let fleet: Fleet
  test.beforeAll(async () => {
    fleet = await startFleet({ devices: 6, profile: MODELS })
  })
  test.afterAll(async () => fleet?.close())

  test('profile from one terminal → plan → apply to all → drift found and restored → report', async ({
    app,
    page,
    context,
  }) => {
    for (const [i, d] of fleet.devices.entries()) {
      const r = await callStation(app, 'devices.add', {
        name: `T${i + 1}`,
        host: d.host,
        port: d.port,
        protocol: 'http',
        username: d.username,
        password: d.password,
        site: 'Harbour',
      })
      expect(r.ok).toBe(true)
    }
    // the installer set up T1 the way the site wants it
    const list = await callStation<{ id: string; name: string }[]>(app, 'devices.list', {})
    if (!list.ok) throw new Error(list.error.message)
    const set = await callStation(app, 'config.set', {
      deviceId: list.value.find((d) => d.name === 'T1')!.id,
      resource: 'DoorParam',
      instance: 1,
      changes: { openDuration: 7 },
    })
    expect(set.ok).toBe(true)

    await page.goto(`${app.url}#/profiles`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profiles')
    await page.getByTestId('profile-name').fill('Harbour standard')
    await page.getByTestId('profile-device').click()
    await page.getByRole('option', { name: /^T1 / }).click()
    await page.getByTestId('profile-sections').click()
    await page.getByRole('option', { name: 'doors', exact: true }).click()
    await page.keyboard.press('Escape')
    await page.getByTestId('profile-create').click()
    await expect(page.getByTestId('profile-settings')).toContainText('openDuration')
    await expect(page.getByTestId('profile-settings')).not.toContainText('doorName')

    // assign to the site (the default kind), then the plan before anything is sent
    await page.getByTestId('profile-target-value').click()
    await page.getByRole('option', { name: 'Harbour' }).click()
    await page.getByTestId('profile-assign').click()
    await expect(page.getByTestId('profile-targets')).toContainText('Harbour')
    // T5's door 1 gets its own name (an override of the profile)
    await page.getByTestId('override-device').click()
    await page.getByRole('option', { name: 'T5', exact: true }).click()
    await page.getByTestId('override-value').fill('Yard gate')
    await page.getByTestId('override-save').click()
    await expect(page.getByText('T5 · DoorParam#1 doorName = Yard gate')).toBeVisible()
    await page.getByTestId('profiles-plan').click()
    const plan = page.getByTestId('plan-table')
    await expect(plan).toBeVisible()
    await expect(page.getByTestId('plan-T2')).toContainText('1 to change')
    await expect(plan).toContainText('→ 7')
    await expect(page.getByTestId('plan-T5')).toContainText('2 to change')
    await expect(plan).toContainText('→ Yard gate')
    expect(
      (await fleet.control.docs(fleet.devices[1]!, 'DoorParam/1'))['DoorParam/1'],
    ).toBeUndefined()
    await page.screenshot({ path: 'test-results/screens/profiles-plan.png', fullPage: true })

    await page.getByTestId('profiles-apply').click()
    await expect(page.getByTestId('job-table')).toBeVisible()
    for (const d of fleet.devices)
      expect(
        ((await fleet.control.docs(d, 'DoorParam/1'))['DoorParam/1'] as { openDuration: unknown })
          .openDuration,
      ).toBe(7)
    expect(
      (
        (await fleet.control.docs(fleet.devices[4]!, 'DoorParam/1'))['DoorParam/1'] as {
          doorName: unknown
        }
      ).doorName,
    ).toBe('Yard gate')
    await page.screenshot({ path: 'test-results/screens/profiles-applied.png', fullPage: true })

    // T4 changed at the terminal, behind the station's back
    await fleet.control.localSetting(fleet.devices[3]!, 'DoorParam', 1, { openDuration: 12 })
    await page.getByTestId('drift-check').click()
    const t4 = page.getByTestId('drift-T4')
    await expect(t4).toContainText('drifted')
    await expect(t4).toContainText('openDuration: 12')
    await expect(page.getByTestId('drift-T3')).toContainText('as its profile')
    await expectAccessible(page, 'Profiles (drift)')
    await page.screenshot({ path: 'test-results/screens/profiles-drift.png', fullPage: true })
    await page.getByTestId('restore-T4').click()
    await expect(t4).toContainText('as its profile')
    expect(
      (
        (await fleet.control.docs(fleet.devices[3]!, 'DoorParam/1'))['DoorParam/1'] as {
          openDuration: unknown
        }
      ).openDuration,
    ).toBe(7)

    // the report: HTML, then PDF (Chinese), each looked at
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-html').click(),
    ])
    const htmlText = readFileSync((await html.path())!, 'utf8')
    for (const [i, d] of fleet.devices.entries()) {
      expect(htmlText).toContain(`T${i + 1}`)
      expect(htmlText).toContain(d.serialNumber)
    }
    expect(htmlText).toContain('NOT VERIFIED 0')
    const view = await context.newPage()
    await view.setContent(htmlText)
    await view.screenshot({ path: 'test-results/screens/profiles-report-html.png', fullPage: true })
    await page.getByText('中文', { exact: true }).click()
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-pdf').click(),
    ])
    expect(pdf.suggestedFilename()).toMatch(/-zh\.pdf$/)
    const pdfBytes = readFileSync((await pdf.path())!)
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-')
    const pdfPage = await context.newPage()
    await showPdf(pdfPage, pdfBytes, 2)
    await pdfPage.screenshot({
      path: 'test-results/screens/profiles-report-pdf.png',
      fullPage: true,
    })
  })

  test('an unreadable terminal is "not verified" in the report, never the profile’s values', async ({
    app,
    page,
  }) => {
    const d = fleet.devices[4]!
    const r = await callStation(app, 'devices.add', {
      name: 'Gate',
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
      site: 'Yard',
    })
    expect(r.ok).toBe(true)
    // a profile by hand: one field, assigned to the site, planned
    await page.goto(`${app.url}#/profiles`)
    await page.getByTestId('profile-name').fill('Yard')
    await page.getByTestId('profile-create-empty').click()
    await page.getByTestId('setting-field').fill('DoorParam#2 openDuration')
    await page.getByTestId('setting-value').fill('9')
    await page.getByTestId('setting-add').click()
    await expect(page.getByTestId('profile-settings')).toContainText('openDuration')
    await page.getByTestId('profile-target-value').click()
    await page.getByRole('option', { name: 'Yard' }).click()
    await page.getByTestId('profile-assign').click()
    await page.getByTestId('profiles-plan').click()
    await expect(page.getByTestId('plan-Gate')).toContainText('1 to change')
    await expect(page.getByTestId('plan-table')).toContainText('→ 9')

    await fleet.control.fault(d, { offline: true })
    try {
      const [html] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-html').click(),
      ])
      const text = readFileSync((await html.path())!, 'utf8')
      expect(text).toContain('NOT VERIFIED')
      await expect(page.getByTestId('report-summary')).toContainText('not verified 1')
    } finally {
      await fleet.control.clearFaults(d)
    }
  })
})
