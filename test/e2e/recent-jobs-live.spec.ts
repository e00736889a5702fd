// Issue 17 item 5, "Recent jobs updates live": a job started elsewhere (another client of the
// station, as a second window or a script would) appears in Recent jobs on an Apply page that is
// already open, and its row follows the job (running with what waits, then done) without a
// reload. An offline terminal holds the job half way, so the running state is seen for sure.
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'face-lite'] })
})
test.afterEach(async () => fleet?.close())

test('a job started elsewhere appears in Recent jobs and its row follows it live', async ({
  app,
  page,
}) => {
  const [lobby, warehouse] = fleet.devices as [(typeof fleet.devices)[0], (typeof fleet.devices)[0]]
  await addTerminal(app, 'Lobby', lobby)
  await addTerminal(app, 'Warehouse', warehouse)
  const save = async (employeeNo: string, name: string, cardNo: string) => {
    expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
    expect((await callStation(app, 'persons.addCard', { employeeNo, cardNo })).ok).toBe(true)
  }
  await save('6001', 'Ines Vale', '6660001')
  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: 'Apply now' }).click()
  await expect(page.getByTestId('job-state')).toHaveText('Done')
  const history = page.getByRole('table', { name: 'Recent apply jobs' })
  await expect(history).toBeHidden() // one job: nothing to list yet

  // a second job, started by another client while this page stays open
  await fleet.control.fault(warehouse, { offline: true })
  await save('6002', 'Jon Amos', '6660002')
  const started = await callStation<{ id: string }>(app, 'apply.start', {})
  expect(started.ok).toBe(true)

  const rows = history.getByRole('row')
  await expect(rows).toHaveCount(2)
  const newest = rows.first()
  // Lobby took the person and the card; the offline Warehouse's two steps wait
  await expect(newest).toContainText('Running')
  await expect(newest).toContainText('2 done · 0 failed · 2 pending')
  await expect(rows.nth(1)).toContainText('Done')
  await expect(page.getByTestId('job-state')).toHaveText('Running') // the page follows it too

  await fleet.control.clearFaults(warehouse)
  await expect(newest).toContainText('Done')
  await expect(newest).toContainText('4 done · 0 failed · 0 pending')
  await expect
    .poll(async () => (await fleet.control.state(warehouse)).persons.map((p) => p.employeeNo))
    .toContain('6002')
})
