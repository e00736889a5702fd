// Issue 18.12 as a user meets it: browser mode's socket drops (the station restarts it, a laptop
// sleeps) while the roster changes and an apply runs to its end. When the socket is back the
// screens catch up: the person added in the gap shows, the one deleted in the gap is gone (no
// stale rows), and the apply that finished in the gap shows done (its events were not lost).
import type { WebSocketRoute } from '@playwright/test'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-lite' })
})
test.afterEach(async () => fleet?.close())

test('after a dropped socket the screens re-read what changed in the gap', async ({
  app,
  page,
}) => {
  const d = fleet.devices[0]!
  await addTerminal(app, 'Lobby', d)
  const jobState = async (jobId: string) => {
    const s = await callStation<{ state: string }>(app, 'apply.status', { jobId })
    return s.ok ? s.value.state : 'unknown'
  }
  for (const [no, name] of [
    ['3001', 'Ana Stale'],
    ['3002', 'Ben Kept'],
  ])
    expect((await callStation(app, 'persons.save', { employeeNo: no, name })).ok).toBe(true)

  // the page's socket goes through here: passed on to the station, or refused while "down"
  let down = false
  let live: WebSocketRoute | null = null
  let connects = 0
  await page.routeWebSocket(/\/ws\b/, (ws) => {
    if (down) {
      void ws.close({ code: 1012, reason: 'station restarting' })
      return
    }
    connects++
    const server = ws.connectToServer()
    ws.onClose(() => void server.close())
    server.onClose(() => void ws.close())
    live = ws
  })

  await page.goto(`${app.url}#/persons`)
  const rows = page.getByTestId('person-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Ana Stale' })).toHaveCount(1)
  expect(connects).toBe(1)

  // the socket drops and stays down while the roster changes and an apply runs to its end
  down = true
  await live!.close({ code: 1012, reason: 'station restarting' })
  expect((await callStation(app, 'persons.remove', { employeeNo: '3001' })).ok).toBe(true)
  expect(
    (await callStation(app, 'persons.save', { employeeNo: '3003', name: 'Cleo New' })).ok,
  ).toBe(true)
  const job = await callStation<{ id: string }>(app, 'apply.start', {})
  expect(job.ok).toBe(true)
  await expect.poll(async () => jobState(job.ok ? job.value.id : '')).toBe('done')
  // what the page shows is still the old roster: nothing reached it during the gap
  await expect(rows.filter({ hasText: 'Ana Stale' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Cleo New' })).toHaveCount(0)

  // the socket comes back by itself: the screen catches up without a reload
  down = false
  await expect.poll(() => connects).toBe(2)
  await expect(rows.filter({ hasText: 'Cleo New' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Ana Stale' })).toHaveCount(0)
  await expect(rows).toHaveCount(2)
  await page.screenshot({ path: 'test-results/screens/reconnect-persons.png' })

  // a second gap, on the Apply screen: a job runs from start to end while the socket is down
  await page.getByRole('button', { name: 'Apply', exact: true }).click()
  const panel = page.getByTestId('apply-job')
  await expect(panel).toHaveAttribute('data-state', 'done')
  const firstJob = await panel.getByRole('heading').first().textContent()
  down = true
  await live!.close({ code: 1012, reason: 'station restarting' })
  expect((await callStation(app, 'persons.save', { employeeNo: '3004', name: 'Dov Gap' })).ok).toBe(
    true,
  )
  const second = await callStation<{ id: string }>(app, 'apply.start', {})
  expect(second.ok).toBe(true)
  await expect.poll(async () => jobState(second.ok ? second.value.id : '')).toBe('done')
  await expect(panel.getByRole('heading').first()).toHaveText(firstJob ?? '') // still the old job
  down = false
  await expect.poll(() => connects).toBe(3)
  // the new job, finished: its progress events were missed, the state was read again
  await expect(panel.getByRole('heading').first()).not.toHaveText(firstJob ?? '')
  await expect(panel).toHaveAttribute('data-state', 'done')
  await expect(panel.getByTestId('overall-counts')).toHaveText('1 done · 0 failed · 0 pending')
  await expect
    .poll(async () => (await fleet.control.state(d)).persons.map((p) => p.employeeNo).sort())
    .toEqual(['3002', '3003', '3004'])
  await page.screenshot({ path: 'test-results/screens/reconnect-apply.png' })
})
