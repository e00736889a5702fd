// Issue 17 item 7: the station sends codes, not sentences; the Chinese UI words an offline
// terminal's reason itself, on Devices and on Apply (no English sentence shows through).
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-lite' })
})
test.afterEach(async () => fleet?.close())

test('an offline terminal’s reason reads in Chinese on Devices and Apply', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Warehouse', d)
  expect((await callStation(app, 'settings.set', { language: 'zh' })).ok).toBe(true)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '2001', name: 'Cy Novak' })).ok,
  ).toBe(true)
  await fleet.control.fault(d, { offline: true })
  const devices = await callStation<{ healthCode?: string | null }[]>(app, 'devices.list', {})
  expect(devices.ok).toBe(true)

  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: '立即下发' }).click()
  const paused = page.getByTestId('device-paused')
  await expect(paused).toContainText('正在等待此终端')
  await expect(paused).toContainText(`无法连接 ${d.host}:${d.port} 的终端`)
  await expect(paused).not.toContainText(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/) // no English sentence
  await page.screenshot({ path: 'test-results/screens/zh-apply-offline.png' })

  await page.goto(`${app.url}#/devices`)
  const reason = page.getByTestId('health-reason').first()
  await expect(reason).toContainText(`无法连接 ${d.host}:${d.port} 的终端`)
  await page.screenshot({ path: 'test-results/screens/zh-devices-offline.png' })
})
