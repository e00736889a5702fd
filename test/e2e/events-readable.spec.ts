// Readable events (issue 17, finding 5), as a receptionist would see them: the station's own
// logins are dimmed "system" events with a name and can be filtered; a held-open door is named;
// verify modes read as words; a denied card held by a roster person shows that person; an event
// opens into its details (en and zh screenshots).
import { callStation, expect, test } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
test.afterEach(async () => fleet?.close())

test('system events are named and dimmed; a denied card shows its holder; an event opens', async ({
  app,
  page,
}) => {
  const gate = fleet.devices[0]!
  const added = await callStation<{ id: string }>(app, 'devices.add', {
    name: 'Reception',
    host: gate.host,
    port: gate.port,
    protocol: 'http',
    username: gate.username,
    password: gate.password,
  })
  expect(added.ok).toBe(true)
  await callStation(app, 'persons.save', { employeeNo: '1005', name: 'Elena Ruiz' })
  await callStation(app, 'persons.addCard', { employeeNo: '1005', cardNo: '7001005' })
  await expect
    .poll(async () => {
      const r = await callStation<{ connected: boolean }[]>(app, 'events.status', {})
      return r.ok && r.value.some((s) => s.connected)
    })
    .toBe(true)

  await page.goto(`${app.url}#/events`)
  const rows = page.getByTestId('event-row')
  // Elena's card is in the roster but not yet on the terminal: the terminal denies it.
  await fleet.control.triggerEvent(gate, { kind: 'card', cardNo: '7001005' })
  await fleet.control.triggerEvent(gate, { kind: 'doorOpenTooLong', doorNo: 1 })
  await fleet.control.triggerEvent(gate, { kind: 'raw', major: 3, minor: 0x70, fields: {} })

  const denied = rows.filter({ has: page.getByText('Denied', { exact: true }) })
  await expect(denied.getByTestId('event-who')).toHaveText('Elena Ruiz (holds card 7001005)')
  await expect(denied.getByTestId('event-what')).toContainText(
    '1005 · Card not known to the terminal',
  )
  const heldOpen = rows.filter({ hasText: 'Door held open too long' })
  await expect(heldOpen).toHaveAttribute('data-tone', 'orange')
  const login = rows.filter({ hasText: 'Remote login (station or client)' }).first()
  await expect(login).toHaveAttribute('data-group', 'system')
  await expect(login.getByTestId('event-outcome')).toHaveText('System')
  await expect(login.getByTestId('event-who')).toHaveText('Remote login (station or client)')
  await expect(page.getByText(/EVENT 3\.112/i)).toHaveCount(0)

  // Only system events
  await page.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'System' }).click()
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(rows.first()).toHaveAttribute('data-group', 'system')
  await expect(rows.filter({ hasText: 'Elena' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Clear' }).click()

  // The denied event opens into its details; Esc returns to the row.
  await denied.click()
  const detail = page.getByRole('dialog', { name: 'Event details' })
  await expect(detail).toBeVisible()
  const fields = detail.getByTestId('event-detail-fields')
  await expect(fields).toContainText('Card not known to the terminal')
  await expect(fields).toContainText('5.9')
  await expect(fields).toContainText('Elena Ruiz (1005)')
  await expect(fields).toContainText('Reception')
  await expect(detail.getByRole('button', { name: 'Open person' })).toBeVisible()
  await expectAccessible(page, 'Event detail')
  await page.screenshot({ path: 'test-results/screens/event-detail.png' })
  await page.keyboard.press('Escape')
  await expect(detail).toHaveCount(0)

  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  await page.reload()
  await rows.filter({ hasText: '无此卡号' }).first().click()
  const zh = page.getByRole('dialog', { name: '事件详情' })
  await expect(zh.getByTestId('event-detail-fields')).toContainText('Elena Ruiz (1005)')
  await expect(rows.filter({ hasText: '远程登录（工作站或客户端）' }).first()).toBeAttached()
  await page.screenshot({ path: 'test-results/screens/zh-event-detail.png' })
})
