// Installer tasks done on the Terminal page's settings forms that no other spec proves: the
// terminal's own language, the NTP server address, Wiegand, NFC, the lock on power loss and the
// door-open alarm time. Each change is saved from the form and read back from the simulated
// terminal by an independent ISAPI client (not the station).
import type { Page } from '@playwright/test'
import { expectAccessible } from './a11y'
import { addTerminal, expect, test } from './fixtures'
import { startFleet, type Fleet, type SimDevice } from './sim-fleet'

interface Direct {
  http: {
    raw(method: string, path: string): Promise<{ body: { toString(): string } }>
  }
  close(): Promise<void>
}

/** The terminal's document at `path`, read by the ISAPI client on its own (loaded at run time). */
async function readBack(d: SimDevice, path: string): Promise<string> {
  const client = '../../src/main/isapi/index.ts'
  const { connect } = (await import(client)) as { connect(o: object): Direct }
  const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  try {
    return (await c.http.raw('GET', path)).body.toString()
  } finally {
    await c.close()
  }
}

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
test.afterAll(async () => fleet?.close())

async function save(page: Page, resource: string): Promise<void> {
  const form = page.getByTestId(`config-form-${resource}`)
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByTestId('config-saved')).toBeVisible()
}

test('language, NTP server, Wiegand, NFC, lock on power loss, door-open alarm: saved and read back from the terminal', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Gate', d)
  await page.goto(`${app.url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: 'Gate' }).click()
  await expect(page.getByTestId('terminal-name')).toHaveText('Gate')

  // General: the language the terminal speaks on its own screen
  await page.getByTestId('section-tab-general').click()
  const language = page.getByTestId('config-form-DeviceLanguage')
  await language.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: 'Spanish', exact: true }).click()
  await save(page, 'DeviceLanguage')
  expect(await readBack(d, '/ISAPI/System/DeviceLanguage')).toContain(
    '<language>Spanish</language>',
  )

  // Time: the NTP server, by host name
  await page.getByTestId('section-tab-time').click()
  const ntp = page.getByTestId('config-form-NTPServer')
  await ntp.getByRole('combobox', { name: 'Address type' }).click()
  await page.getByRole('option', { name: 'Host name', exact: true }).click()
  await ntp.getByRole('textbox', { name: 'Host name' }).fill('ntp.example.org')
  await save(page, 'NTPServer')
  const ntpDoc = await readBack(d, '/ISAPI/System/time/ntpServers/1')
  expect(ntpDoc).toContain('<addressingFormatType>hostname</addressingFormatType>')
  expect(ntpDoc).toContain('<hostName>ntp.example.org</hostName>')

  // Authentication: Wiegand signal interval, NFC on
  await page.getByTestId('section-tab-authentication').click()
  const wiegand = page.getByTestId('config-form-WiegandCfg')
  await wiegand.getByRole('textbox', { name: 'Signal interval (ms)' }).fill('20')
  await save(page, 'WiegandCfg')
  expect(await readBack(d, '/ISAPI/AccessControl/WiegandCfg/wiegandNo/1')).toContain(
    '<signalInterval>20</signalInterval>',
  )
  const nfc = page.getByTestId('config-form-NFCCfg')
  await nfc.getByRole('switch', { name: 'Read NFC' }).check({ force: true })
  await save(page, 'NFCCfg')
  expect(
    JSON.parse(await readBack(d, '/ISAPI/AccessControl/Configuration/NFCCfg?format=json')),
  ).toEqual({ NFCCfg: { enable: true } })

  // Door settings: the lock on power loss, door 2's door-open alarm
  await page.getByTestId('section-tab-door-settings').click()
  const lock = page.getByTestId('config-form-LockType')
  await lock.getByRole('combobox', { name: 'Lock on power loss' }).click()
  await page.getByRole('option', { name: 'Unlocked (fail-safe)', exact: true }).click()
  await save(page, 'LockType')
  expect(
    JSON.parse(await readBack(d, '/ISAPI/AccessControl/Configuration/lockType?format=json')),
  ).toEqual({ LockType: { status: 'alwaysOpen' } })
  const doors = page.getByTestId('config-resource-DoorParam')
  await doors.getByRole('tab', { name: 'Door 2' }).click()
  const door2 = doors.getByTestId('config-form-DoorParam')
  await door2.getByRole('textbox', { name: 'Door-open alarm after (s)' }).fill('45')
  await save(page, 'DoorParam')
  expect(await readBack(d, '/ISAPI/AccessControl/Door/param/2')).toContain(
    '<magneticAlarmTimeout>45</magneticAlarmTimeout>',
  )
  await expectAccessible(page, 'Terminal door settings saved')
})
