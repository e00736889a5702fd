// Event history: the retention fields on Settings refuse out-of-range values as typed and save
// valid ones; "Clean up now" says what it removed; the Events screen says a removed picture is
// no longer kept, and its Person field finds events by employee number or part of a name.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

// The clean-up "Clean up now" reports must be the only one: no scheduled clean-up (10 s after
// start) may remove the seeded history first.
test.use({ stationArgs: ['--no-schedule'] })

const DAY = 86_400_000
const MIB = 1024 * 1024

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

/**
 * History from before this test could have produced it (a year back, a large picture), written
 * straight into the running station's roster as the events store keeps it.
 */
function seedHistory(app: RunningStation) {
  const db = new Database(join(app.dataDir, 'roster.sqlite'))
  db.pragma('busy_timeout = 5000')
  const event = db.prepare(
    `INSERT INTO events (device_id, serial_no, time, time_ms, major, minor, kind, employee_no, name,
       granted, picture_state, picture_bytes, source, received_at, raw)
     VALUES ('archive', ?, ?, ?, 5, 75, 'access', ?, ?, 1, ?, ?, 'backfill', ?, '{}')`,
  )
  const add = (serial: number, ago: number, employeeNo: string, name: string, bytes?: number) => {
    const at = new Date(Date.now() - ago)
    const row = event.run(
      serial,
      at.toISOString(),
      at.getTime(),
      employeeNo,
      name,
      bytes ? 'stored' : 'none',
      bytes ?? null,
      at.toISOString(),
    )
    if (bytes)
      db.prepare(
        "INSERT INTO event_pictures (event_id, content_type, data) VALUES (?, 'image/jpeg', ?)",
      ).run(row.lastInsertRowid, Buffer.alloc(bytes, 0xff))
  }
  add(1, 400 * DAY, '5000', 'Old Visitor')
  add(2, 10 * DAY, '5001', 'Goran Novak', 60 * MIB)
  db.close()
}

const settingsNow = async (app: RunningStation) =>
  (await callStation<{ eventRetentionDays: number; eventPictureCacheMB: number }>(
    app,
    'settings.get',
    {},
  )) as { ok: true; value: { eventRetentionDays: number; eventPictureCacheMB: number } }

test('retention settings and clean-up; the Person filter finds events by number or name', async ({
  app,
  page,
}) => {
  seedHistory(app)
  await page.goto(`${app.url}#/settings`)
  const days = page.getByRole('textbox', { name: 'Keep events for (days)' })
  const cache = page.getByRole('textbox', { name: 'Picture cache (MB)' })
  await expect(days).toHaveValue('365')
  await expect(cache).toHaveValue('1024')

  await days.fill('5')
  await days.press('Enter')
  await expect(page.getByText('Use a whole number of days from 7 to 3650.')).toBeVisible()
  await cache.fill('40')
  await cache.press('Tab')
  await expect(page.getByText('Use a whole number of MB from 50 to 100000.')).toBeVisible()
  expect((await settingsNow(app)).value).toMatchObject({
    eventRetentionDays: 365,
    eventPictureCacheMB: 1024,
  })

  await days.fill('30')
  await days.press('Enter')
  await cache.fill('50')
  await cache.press('Enter')
  await expect
    .poll(async () => (await settingsNow(app)).value)
    .toMatchObject({ eventRetentionDays: 30, eventPictureCacheMB: 50 })

  await page.getByRole('button', { name: 'Clean up now' }).click()
  await expect(page.getByTestId('retention-result')).toHaveText(
    /Events removed: 1 · Pictures removed: 1 \(60 MB\)/,
  )
  await expectAccessible(page, 'Settings (event history)')
  await page.screenshot({ path: 'test-results/screens/settings-retention.png', fullPage: true })
  await page.getByRole('button', { name: 'Clean up now' }).click()
  await expect(page.getByTestId('retention-result')).toHaveText(/Nothing to remove/)

  // a terminal reports two persons
  const gate = fleet.devices[0]!
  await addTerminal(app, 'Turnstile', gate)
  await expect
    .poll(async () => {
      const r = await callStation<{ connected: boolean }[]>(app, 'events.status', {})
      return r.ok && r.value.some((s) => s.connected)
    })
    .toBe(true)
  for (const [employeeNo, name] of [
    ['4001', 'Eli Berg'],
    ['E-4002', 'Hana Kim'],
  ])
    await fleet.control.triggerEvent(gate, {
      kind: 'raw',
      major: 5,
      minor: 75,
      fields: { employeeNoString: employeeNo, name, doorNo: 1 },
    })

  await page.goto(`${app.url}#/events`)
  const rows = page.getByTestId('event-row')
  await expect(rows.filter({ hasText: 'Hana Kim' })).toHaveCount(1)
  const goran = rows.filter({ hasText: 'Goran Novak' })
  await expect(goran.getByLabel('Picture no longer kept')).toBeVisible()
  await expect(rows.filter({ hasText: 'Old Visitor' })).toHaveCount(0)

  const person = page.getByRole('textbox', { name: 'Person' })
  const search = page.getByRole('button', { name: 'Search', exact: true })
  await person.fill('BERG')
  await search.click()
  await expect(page.getByTestId('event-count')).toHaveText('1 event')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Eli Berg')
  await person.fill('E-4002')
  await search.click()
  await expect(page.getByTestId('event-count')).toHaveText('1 event')
  await expect(rows.first()).toContainText('Hana Kim')
  await person.fill('novak')
  await search.click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByTestId('event-picture-removed')).toBeVisible()
  await expectAccessible(page, 'Events (person filter)')
  await page.screenshot({ path: 'test-results/screens/events-person-filter.png' })
})
