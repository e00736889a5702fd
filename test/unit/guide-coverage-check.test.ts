// The check `npm test` runs on its own recording (scripts/guide-coverage/check.ts): a row of the
// baseline that had a column and lost it in this run is named with its request and the column;
// the recording, appended to by many processes at once, is read line by line.
import { describe, expect, it } from 'vitest'
import { guideItems } from '../../scripts/guide-coverage/items'
import { coverageRows, type RecordedLine } from '../../scripts/guide-coverage/coverage'
import { toBaseline } from '../../scripts/guide-coverage/baseline'
import { lostColumnsReport, readRecording } from '../../scripts/guide-coverage/check'

// activation (4.2) as a test run sends it: the client on behalf of a station method, the
// simulator serving it
const ACTIVATE: RecordedLine[] = [
  {
    side: 'client',
    method: 'PUT',
    url: '/ISAPI/System/activate',
    fn: 'activate',
    station: 'devices.activate',
    cli: 'devices activate',
  },
  { side: 'simulator', method: 'PUT', url: '/ISAPI/System/activate', route: 'activate' },
]

describe('guide coverage check', () => {
  const items = guideItems()
  const covered = coverageRows(items, ACTIVATE)
  const baseline = toBaseline(covered, coverageRows(items, []))

  it('passes a run that sent everything the baseline had', () => {
    expect(baseline.find((b) => b.section === '4.2')?.columns).toContain('tested')
    expect(lostColumnsReport(baseline, covered)).toEqual([])
  })

  it('names the row, its request and the column a run lost', () => {
    // the simulator no longer served it: the client sent it, so only "tested" is gone
    const clientOnly = coverageRows(items, ACTIVATE.slice(0, 1))
    expect(lostColumnsReport(baseline, clientOnly)).toEqual([
      'row 4.2 (PUT /ISAPI/System/activate) lost column: tested',
    ])
  })

  it('names every column a row lost when no test sent its request', () => {
    const report = lostColumnsReport(baseline, coverageRows(items, []))
    const row = report.filter((l) => l.startsWith('row 4.2 '))
    expect(row).toHaveLength(1)
    expect(row[0]).toMatch(/^row 4\.2 \(PUT \/ISAPI\/System\/activate\) lost columns?: .*tested$/)
  })

  it('reads a recording line by line, counting a torn line instead of failing on it', () => {
    const text = ACTIVATE.map((l) => JSON.stringify(l)).join('\n') + '\n{"side":"cli\n\n'
    const { lines, unreadable } = readRecording(text)
    expect(lines).toEqual(ACTIVATE)
    expect(unreadable).toBe(1)
  })
})
