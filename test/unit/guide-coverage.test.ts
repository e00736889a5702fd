// The guide-coverage table cannot lose ground unseen: a row of the committed baseline
// (docs/guide-coverage.json) that had a column the sources alone give (client function,
// simulator route, registry station method, Terminal page section / CLI) still has it.
// The columns only a recorded test run gives are checked by `npm run coverage:guide`.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideItems, parseRequest } from '../../scripts/guide-coverage/items'
import { coverageRows } from '../../scripts/guide-coverage/coverage'
import { lostColumns, readBaseline } from '../../scripts/guide-coverage/baseline'

describe('guide coverage', () => {
  it('lists the 296 API items of chapter 21, each with its request or the reason it has none', () => {
    const items = guideItems()
    const chapter21 = items.filter((i) => i.chapter21)
    expect(chapter21).toHaveLength(296)
    for (const i of items) if (!i.request && !i.event) expect(i.ref, i.section).toMatch(/^no URL: /)
    expect(items.find((i) => i.section === '21.7.2')?.request).toEqual({
      method: 'PUT',
      path: '/ISAPI/System/Network/EZVIZ',
      query: [],
    })
  })

  it('reads a reference request: ids become :id, format is not a selector, … continues the previous URL', () => {
    expect(parseRequest('PUT /ISAPI/System/Network/Ehome?centerID=1')).toEqual({
      method: 'PUT',
      path: '/ISAPI/System/Network/Ehome',
      query: ['centerID'],
    })
    expect(
      parseRequest(
        'GET …/httpHosts/<ID> (?format=json variant)',
        '/ISAPI/Event/notification/httpHosts/:id',
      ),
    ).toEqual({
      method: 'GET',
      path: '/ISAPI/Event/notification/httpHosts/:id',
      query: [],
    })
    expect(parseRequest('GET /ISAPI/System/upgradeStatus[?type=<peripheral>]')).toEqual({
      method: 'GET',
      path: '/ISAPI/System/upgradeStatus',
      query: ['type'],
    })
    expect(parseRequest('unresolved; candidate GET /ISAPI/System/capabilities')).toBeNull()
  })

  it('no row loses a column the sources give against the committed baseline', () => {
    const baseline = readBaseline(join(import.meta.dirname, '../../docs/guide-coverage.json'))
    expect(baseline.length).toBeGreaterThan(296)
    const rows = coverageRows(guideItems(), [])
    expect(lostColumns(baseline, rows, 'static')).toEqual([])
  })

  it('names a row that lost a column: its client function or simulator route gone', () => {
    const baseline = readBaseline(join(import.meta.dirname, '../../docs/guide-coverage.json'))
    const rows = coverageRows(guideItems(), [])
    const row = rows.find((r) => r.section === '21.19.1')!
    expect(row.client.length * row.simulator.length).toBeGreaterThan(0)
    const lost = rows.map((r) =>
      r.section === '21.19.1' ? { ...r, client: [], simulator: [] } : r,
    )
    const had = baseline.find((b) => b.section === '21.19.1')
    // against a baseline that has the row covered, the loss is named column by column
    const covered = had?.static.includes('client')
      ? baseline
      : baseline.map((b) =>
          b.section === '21.19.1'
            ? { ...b, static: ['client', 'simulator'] as typeof b.static }
            : b,
        )
    expect(lostColumns(covered, lost, 'static')).toEqual([
      { section: '21.19.1', columns: ['client', 'simulator'] },
    ])
  })

  it('counts a pushed event row: parser, emitter, stored-and-shown, and tested only when both sides saw one', () => {
    const row = (recorded: Parameters<typeof coverageRows>[1]) =>
      coverageRows(guideItems(), recorded).find((r) => r.section === '21.28.16')!
    const client = { side: 'client' as const, method: 'EVENT', url: 'AccessControllerEvent' }
    const sim = { side: 'simulator' as const, method: 'EVENT', url: 'AccessControllerEvent' }
    const seen = row([client, sim])
    expect(seen.client.length).toBeGreaterThan(0)
    expect(seen.simulator).toContain('event events/format.ts')
    expect(seen.station).toEqual(['events.search'])
    expect(seen.user).toContain('UI events')
    expect(seen.tested).toBe(true)
    expect(row([client]).tested).toBe(false)
    expect(row([client, { ...sim, url: 'IDCardInfoEvent' }]).tested).toBe(false)
  })
})
