import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventLog } from '../../../src/simulator/events/event-log.js'
import { localIso, parseIso, parsePosixTz, posixTz } from '../../../src/simulator/state/clock.js'
import { paginate } from '../../../src/simulator/state/search.js'

describe('event log ring buffer', () => {
  it('keeps the newest entries, serials keep increasing', () => {
    const log = new EventLog(3)
    for (let i = 0; i < 5; i++) log.append({ major: 5, minor: i, at: i, fields: {} })
    expect(log.toArray().map((e) => [e.serialNo, e.minor])).toEqual([
      [3, 2],
      [4, 3],
      [5, 4],
    ])
    expect(log.size).toBe(3)
    log.restore(log.toArray(), 5)
    expect(log.append({ major: 1, minor: 1, at: 9, fields: {} }).serialNo).toBe(6)
  })
})

describe('paging', () => {
  it('pages cover the set exactly once and report OK/MORE/NO MATCH consistently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 }), (n, max) => {
        const all = Array.from({ length: n }, (_, i) => i)
        const seen: number[] = []
        let pos = 0
        for (;;) {
          const p = paginate(all, 's', pos, max)
          expect(p.totalMatches).toBe(n)
          if (p.responseStatusStrg === 'NO MATCH') {
            expect(p.items).toEqual([])
            break
          }
          seen.push(...p.items)
          pos += p.numOfMatches
          expect(p.responseStatusStrg).toBe(pos < n ? 'MORE' : 'OK')
          if (p.responseStatusStrg === 'OK') break
        }
        expect(seen).toEqual(all)
      }),
    )
  })
})

describe('device clock', () => {
  it('formats local time with offset, POSIX zones with inverted sign', () => {
    expect(localIso(Date.UTC(2024, 5, 1, 0, 59, 2), 480)).toBe('2024-06-01T08:59:02+08:00')
    expect(localIso(Date.UTC(2024, 5, 1, 0, 0, 0), -240)).toBe('2024-05-31T20:00:00-04:00')
    expect(posixTz(480)).toBe('CST-8:00:00')
    expect(posixTz(-240)).toBe('CST+4:00:00')
    expect(parsePosixTz('CST-2:00:00DST01:00:00,M4.1.0/02:00:00,M10.5.0/02:00:00')).toBe(120)
    expect(parsePosixTz('nonsense')).toBeNull()
  })

  it('parses times with offset, Z, or device-local', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: -720, max: 840 }),
        (sec, tz) => {
          const ms = sec * 1000
          expect(parseIso(localIso(ms, tz), 0)).toBe(ms)
          expect(parseIso(localIso(ms, tz).slice(0, 19), tz)).toBe(ms)
        },
      ),
    )
    expect(parseIso('2024-01-01T00:00:00Z', 120)).toBe(Date.UTC(2024, 0, 1))
    expect(parseIso('2024-13-01T00:00:00', 0)).toBeNull()
  })
})

describe('open searches', () => {
  it('too many abandoned searches is noSearchIDResource; finished ones free their slot', async () => {
    const { SearchSessions } = await import('../../../src/simulator/state/search.js')
    const s = new SearchSessions(2, 1000)
    const all = [1, 2, 3]
    expect(s.page('u', () => all, 'a', 0, 1).responseStatusStrg).toBe('MORE')
    expect(s.page('u', () => all, 'b', 0, 1).responseStatusStrg).toBe('MORE')
    expect(() => s.page('u', () => all, 'c', 0, 1)).toThrow(/noSearchIDResource/)
    expect(s.page('u', () => all, 'a', 1, 2).responseStatusStrg).toBe('OK')
    expect(s.page('u', () => all, 'c', 0, 30).responseStatusStrg).toBe('OK')
  })

  it('later pages of one searchID come from its first-page snapshot; a new searchID sees new data', async () => {
    const { SearchSessions } = await import('../../../src/simulator/state/search.js')
    const s = new SearchSessions()
    const data = [1, 2, 3, 4]
    expect(s.page('u', () => [...data], 'a', 0, 2).items).toEqual([1, 2])
    data.unshift(0)
    expect(s.page('u', () => [...data], 'a', 2, 2).items).toEqual([3, 4])
    expect(s.page('u', () => [...data], 'b', 0, 2).items).toEqual([0, 1])
  })
})
