// The Doors panel follows the terminal's own event stream: a door held open from elsewhere (an
// independent ISAPI client, not the station) shows on the open panel from the terminal's door
// events, without waiting for the slow fallback poll (30 s while the stream is armed).
import { expectAccessible } from './a11y'
import { addTerminal, expect, test } from './fixtures'
import { startFleet, type Fleet, type SimDevice } from './sim-fleet'

interface Direct {
  door: { control(doorNo: number, cmd: string): Promise<void> }
  close(): Promise<void>
}

/** A remote door command sent by a client of the test's own (loaded at run time). */
async function doorCommand(d: SimDevice, doorNo: number, cmd: string): Promise<void> {
  const client = '../../src/main/isapi/index.ts'
  const { connect } = (await import(client)) as { connect(o: object): Direct }
  const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  try {
    await c.door.control(doorNo, cmd)
  } finally {
    await c.close()
  }
}

let fleet: Fleet
test.beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
})
test.afterAll(async () => fleet?.close())

test('a door held open elsewhere shows on the Doors panel from the terminal’s events', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Gate', d)
  await page.goto(`${app.url}#/devices`)
  await page.getByTestId('open-terminal').filter({ hasText: 'Gate' }).click()
  await page.getByTestId('section-tab-doors').click()
  await expect(page.getByTestId('door-2-mode')).toHaveText('Normal')
  // the station holds the terminal's event stream: the panel says it follows its events
  await expect(page.getByTestId('doors-refresh')).toHaveText('updated from the terminal’s events', {
    timeout: 30_000,
  })
  await doorCommand(d, 2, 'alwaysOpen')
  // well before the 30 s fallback poll: the stream's 5/19 (remain open) triggered a re-read
  await expect(page.getByTestId('door-2-mode')).toHaveText('Held open')
  await expect(page.getByTestId('door-2-lock')).toHaveText('Unlocked')
  await doorCommand(d, 2, 'close')
  await expect(page.getByTestId('door-2-mode')).toHaveText('Normal')
  await expectAccessible(page, 'Doors live')
})
