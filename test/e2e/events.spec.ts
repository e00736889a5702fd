// Events: live events pushed by a terminal appear at the top with their picture, denied and
// alarm events stand out, search narrows the feed, the chart counts them, CSV export downloads.
import { readFileSync } from 'node:fs'
import { callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('live events appear with their picture; search, chart and CSV export', async ({
  app,
  page,
}) => {
  const gate = fleet.devices[0]!
  const added = await callStation<{ id: string }>(app, 'devices.add', {
    name: 'Turnstile',
    host: gate.host,
    port: gate.port,
    protocol: 'http',
    username: gate.username,
    password: gate.password,
  })
  expect(added.ok).toBe(true)
  await callStation(app, 'persons.save', { employeeNo: '4001', name: 'Eli Berg' })
  await callStation(app, 'persons.addCard', { employeeNo: '4001', cardNo: '8001001' })
  await callStation(app, 'apply.start', {})
  await expect
    .poll(async () => (await fleet.control.state(gate)).cards.map((c) => c.cardNo))
    .toContain('8001001')
  await expect
    .poll(async () => {
      const r = await callStation<{ connected: boolean }[]>(app, 'events.status', {})
      return r.ok && r.value.some((s) => s.connected)
    })
    .toBe(true)

  await page.goto(`${app.url}#/events`)
  await expect(page.getByTestId('event-count')).toHaveText(/\d+ events?/)

  await fleet.control.triggerEvent(gate, { kind: 'card', cardNo: '8001001' })
  const rows = page.getByTestId('event-row')
  const outcome = (text: string) =>
    rows.filter({ has: page.getByTestId('event-outcome').getByText(text, { exact: true }) })
  await expect(outcome('Granted')).toContainText('Eli Berg')
  await expect(outcome('Granted')).toContainText('Turnstile')

  await fleet.control.triggerEvent(gate, { kind: 'face', match: false })
  await expect(outcome('Denied')).toHaveAttribute('data-tone', 'red')
  await expect(outcome('Denied').getByTestId('event-picture')).toBeVisible()

  await fleet.control.triggerEvent(gate, { kind: 'tamper' })
  await expect(outcome('Alarm')).toHaveAttribute('data-tone', 'orange')
  await expect(rows.first()).toHaveAttribute('data-tone', 'orange') // newest first
  await expect(page.getByTestId('hour-chart')).toBeVisible()
  await expect(page.getByTestId('hour-chart')).toHaveAttribute(
    'aria-label',
    /1 passes and 1 denials/,
  )
  await expectAccessible(page, 'Events')
  await page.screenshot({ path: 'test-results/screens/events.png' })

  // Search: denied only, then export everything as CSV.
  await page.getByRole('combobox', { name: 'Result' }).click()
  await page.getByRole('option', { name: 'Denied' }).click()
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('event-count')).toHaveText('1 event')
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByTestId('event-outcome')).toHaveText('Denied')
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(rows.filter({ hasText: 'Eli Berg' })).toHaveCount(1)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv).toContain('4001')
  expect(csv.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(4)
})
