// Apply: the roster reaches two terminals with progress to 100 %; a full terminal's failure is
// grouped by reason with its own codes and "retry failed" fixes it once the fault is cleared;
// an offline terminal's queue waits, explained, and resumes; assignment rules.
import { spawn } from 'node:child_process'
import { addTerminal, callStation, expect, test, type RunningStation } from './fixtures'
import { expectAccessible } from './a11y'
import { startFleet, type Fleet, type SimDevice } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'face-lite'] })
})
test.afterEach(async () => fleet?.close())

async function addTerminals(app: RunningStation) {
  for (const [i, d] of fleet.devices.entries())
    await addTerminal(app, i === 0 ? 'Lobby' : 'Warehouse', d)
}

async function addPerson(app: RunningStation, employeeNo: string, name: string, cardNo: string) {
  expect((await callStation(app, 'persons.save', { employeeNo, name })).ok).toBe(true)
  expect((await callStation(app, 'persons.addCard', { employeeNo, cardNo })).ok).toBe(true)
}

const holds = async (d: SimDevice, employeeNo: string) =>
  (await fleet.control.state(d)).persons.some((p) => p.employeeNo === employeeNo)

test('applies to two terminals; a full terminal pauses once with its count and resumes', async ({
  app,
  page,
}) => {
  await addTerminals(app)
  await addPerson(app, '1001', 'Ada Park', '5550001')
  await page.goto(`${app.url}#/apply`)
  await expect(page.getByTestId('rules-summary')).toHaveText(
    /No rules: everyone goes to every terminal/,
  )
  await expect(page.getByText('Nothing applied yet')).toBeVisible()

  await page.getByRole('button', { name: 'Apply now' }).click()
  const job = page.getByTestId('apply-job')
  await expect(job.getByTestId('job-state')).toHaveText('Done')
  await expect(job.getByTestId('overall-percent')).toHaveText('100 %')
  await expect(job.getByTestId('apply-device')).toHaveCount(2)
  await expect(job.getByTestId('apply-device').filter({ hasText: 'Lobby' })).toContainText('2 done')
  expect(await holds(fleet.devices[0]!, '1001')).toBe(true)
  expect(await holds(fleet.devices[1]!, '1001')).toBe(true)
  await expectAccessible(page, 'Apply')
  await page.screenshot({ path: 'test-results/screens/apply.png' })

  await fleet.control.fault(fleet.devices[1]!, { memoryFull: true })
  await addPerson(app, '1002', 'Bo Chen', '5550002')
  await page.getByRole('button', { name: 'Apply now' }).click()
  const paused = page.getByTestId('device-paused')
  await expect(paused).toContainText(/Warehouse is full: 1 of [\d,]+ persons/)
  await expect(paused).toContainText('will not clear by itself')
  await expect(page.getByTestId('apply-failures')).toBeHidden() // nothing sent into it after the first refusal
  await page.screenshot({ path: 'test-results/screens/apply-full.png', fullPage: true })
  expect(await holds(fleet.devices[1]!, '1002')).toBe(false)

  await fleet.control.clearFaults(fleet.devices[1]!)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(job.getByTestId('job-state')).toHaveText('Done')
  await expect(job.getByTestId('overall-percent')).toHaveText('100 %')
  expect(await holds(fleet.devices[1]!, '1002')).toBe(true)

  // a terminal reset behind the station's back is noticed and refilled by the next apply
  await fleet.control.reset(fleet.devices[0]!)
  await page.getByRole('button', { name: 'Apply now' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'was it reset?' })).toContainText(
    'Lobby holds 0 of 2 persons — was it reset? Refilling.',
  )
  // the notice comes before the refill job exists (the last job's "Done" may still show): the
  // terminal itself says when it is refilled
  await expect.poll(() => holds(fleet.devices[0]!, '1002')).toBe(true)
  await expect(job.getByTestId('job-state')).toHaveText('Done')
  await expectAccessible(page, 'Apply (holdings notice)')
  await page.screenshot({ path: 'test-results/screens/apply-holdings-notice.png', fullPage: true })
})

test('an offline terminal’s queue waits, explained, and resumes; rules are listed', async ({
  app,
  page,
}) => {
  await addTerminals(app)
  await addPerson(app, '2001', 'Cy Novak', '5560001')
  await fleet.control.fault(fleet.devices[1]!, { offline: true })
  await page.goto(`${app.url}#/apply`)
  await page.getByRole('button', { name: 'Apply now' }).click()
  const paused = page.getByTestId('device-paused')
  await expect(paused).toContainText('Waiting for this terminal')
  await expect(paused).toContainText('resumes by itself')
  await page.screenshot({ path: 'test-results/screens/apply-paused.png', fullPage: true })
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByTestId('job-state')).toHaveText('Paused')
  await expect(page.getByText('Paused by you.')).toBeVisible()
  await fleet.control.clearFaults(fleet.devices[1]!)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByTestId('job-state')).toHaveText('Done', { timeout: 20_000 })
  expect(await holds(fleet.devices[1]!, '2001')).toBe(true)

  // a job can be cancelled for good: the offline terminal's item stays unsent
  await addPerson(app, '2002', 'Di Berg', '5560002')
  await fleet.control.fault(fleet.devices[1]!, { offline: true })
  await page.getByRole('button', { name: 'Apply now' }).click()
  await expect(page.getByTestId('device-paused')).toContainText('Waiting for this terminal')
  await page.getByRole('button', { name: 'Cancel job' }).click()
  await expect(page.getByTestId('job-state')).toHaveText('Cancelled')
  await fleet.control.clearFaults(fleet.devices[1]!)
  expect(await holds(fleet.devices[1]!, '2002')).toBe(false)

  await page.getByRole('combobox', { name: 'Persons' }).click()
  await page.getByRole('option', { name: 'Person', exact: true }).click()
  await page.getByRole('textbox', { name: 'Person', exact: true }).fill('2001')
  await page.getByRole('combobox', { name: 'Terminals' }).click()
  await page.getByRole('option', { name: 'Terminal', exact: true }).click()
  await page.getByRole('combobox', { name: 'Terminal', exact: true }).click()
  await page.getByRole('option', { name: 'Lobby' }).click()
  await page.getByRole('button', { name: 'Add rule' }).click()
  // the first rule keeps everyone's access: the implicit rule shows as a rule of its own
  await expect(page.getByTestId('rule')).toHaveText([
    'Everyone → Every terminal',
    'Person 2001 → Terminal Lobby',
  ])
  await expect(page.getByTestId('rules-summary')).toContainText('Each person goes')
  await expectAccessible(page, 'Apply (rules)')
  await page.getByRole('button', { name: 'Remove rule Person 2001 → Terminal Lobby' }).click()
  await expect(page.getByTestId('rule')).toHaveCount(1)
})

test('a job the CLI runs (another process on this data folder) shows live here to its end', async ({
  app,
  page,
}) => {
  await addTerminals(app)
  await addPerson(app, '3001', 'Eve Lund', '5570001')
  await page.goto(`${app.url}#/apply`)
  await expect(page.getByRole('button', { name: 'Apply now' })).toBeVisible()
  // the installer's terminal window: `station apply --wait`, the built CLI, as its own process
  const cli = spawn(
    process.execPath,
    ['out/main/cli.js', '--data-dir', app.dataDir, 'apply', '--wait', '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  let err = ''
  cli.stdout.on('data', (d: Buffer) => (out += d.toString()))
  cli.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve))
  expect(await exited, err).toBe(0)
  expect((JSON.parse(out) as { job: { state: string } }).job.state).toBe('done')
  // this page never asked for it: the station pushed the other process's job
  const panel = page.getByTestId('apply-job')
  await expect(panel.getByTestId('job-state')).toHaveText('Done')
  await expect(panel.getByTestId('overall-percent')).toHaveText('100 %')
  // and what waited is no longer said to wait, on the page and in the menu's count
  await expect(page.getByTestId('pending-summary')).toHaveText(/Nothing waiting/)
  await expect(page.getByTestId('nav-pending')).toBeHidden()
  await page.screenshot({ path: 'test-results/screens/apply-cli-job.png', fullPage: true })
  expect(await holds(fleet.devices[0]!, '3001')).toBe(true)
})
