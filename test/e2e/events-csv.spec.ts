// Issue 17 item 6, the events CSV export read back from the downloaded file: two terminals in
// their own zones (+02:00 and −04:00), the station in a third (Asia/Kolkata, +05:30) and the
// browser in a fourth. Every time in the file is in the station's zone and says so (its offset),
// names the same instant the terminal reported, and each row carries names next to the codes:
// the terminal, the person, the event type, the verify mode, a denied card's owner.
import { readFileSync } from 'node:fs'
import { addTerminal, callStation, expect, test } from './fixtures'
import { startFleet, type Fleet } from './sim-fleet'

let fleet: Fleet
test.beforeEach(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'face-lite'] })
})
test.afterEach(async () => fleet?.close())

test.use({ stationEnv: { TZ: 'Asia/Kolkata' }, timezoneId: 'America/Sao_Paulo' })

/** One CSV record per line (the export quotes cells with commas or quotes, never newlines here). */
function parseCsv(text: string): Record<string, string>[] {
  const cells = (line: string): string[] => {
    const out: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!
      if (quoted && c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = !quoted
      else if (c === ',' && !quoted) {
        out.push(cell)
        cell = ''
      } else cell += c
    }
    out.push(cell)
    return out
  }
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
  const names = cells(header!)
  return lines.map((l) => Object.fromEntries(cells(l).map((v, i) => [names[i]!, v])))
}

test('the events CSV: one zone, the station’s, with its offset; names next to the codes', async ({
  app,
  page,
}) => {
  const [gate, dock] = fleet.devices as [(typeof fleet.devices)[0], (typeof fleet.devices)[0]]
  await addTerminal(app, 'Gate', gate)
  const saved = await callStation(app, 'persons.save', { employeeNo: '4101', name: 'Lena Holt' })
  expect(saved.ok).toBe(true)
  const card = await callStation(app, 'persons.addCard', { employeeNo: '4101', cardNo: '8101001' })
  expect(card.ok).toBe(true)
  expect((await callStation(app, 'apply.start', {})).ok).toBe(true)
  await expect
    .poll(async () => (await fleet.control.state(gate)).cards.map((c) => c.cardNo))
    .toContain('8101001')
  // the Dock joins after the apply (applied by hand here): it does not hold Lena's card yet
  await addTerminal(app, 'Dock', dock)
  await expect
    .poll(async () => {
      const r = await callStation<{ connected: boolean }[]>(app, 'events.status', {})
      return r.ok ? r.value.filter((s) => s.connected).length : 0
    })
    .toBe(2)

  await page.goto(`${app.url}#/events`)
  const rows = page.getByTestId('event-row')
  const before = Date.now()
  await fleet.control.triggerEvent(gate, { kind: 'card', cardNo: '8101001' })
  await fleet.control.triggerEvent(dock, { kind: 'card', cardNo: '8101001' })
  const after = Date.now()
  await expect(rows.filter({ hasText: 'Lena Holt' })).toHaveCount(2)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const records = parseCsv(readFileSync(await (await download).path(), 'utf8'))
  expect(records.length).toBeGreaterThanOrEqual(2)
  // every time in the station's zone, saying so with its offset
  for (const r of records) expect(r.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/)

  const cardRows = records.filter((r) => r.cardNo === '8101001')
  const at = (terminal: string) => cardRows.find((r) => r.terminal === terminal)!
  expect(cardRows.map((r) => r.terminal).sort()).toEqual(['Dock', 'Gate'])
  // the instant each terminal reported (in its own zone), whole seconds
  for (const r of cardRows) {
    const ms = Date.parse(r.time!)
    expect(ms).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    expect(ms).toBeLessThanOrEqual(after)
  }
  expect(at('Gate')).toMatchObject({
    result: 'granted',
    employeeNo: '4101',
    name: 'Lena Holt',
    group: 'access',
  })
  expect(at('Gate').type).not.toBe('')
  expect(at('Gate').verifyModeText).not.toBe('')
  expect(at('Dock')).toMatchObject({ result: 'denied', cardOwner: 'Lena Holt (4101)' })
  expect(at('Dock').type).toMatch(/card/i)
  // what the page shows and the file says agree on the count of Lena's rows
  expect(
    records.filter((r) => r.name === 'Lena Holt' || r.cardOwner?.startsWith('Lena Holt')),
  ).toHaveLength(2)
})
