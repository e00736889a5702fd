import { describe, expect, it } from 'vitest'
import {
  driftSeconds,
  isoOffsetMinutes,
  localTimeAt,
  zoneOffsetMinutes,
} from '../../../src/main/station/devices/device-time'

describe('terminal clocks', () => {
  it('reads POSIX-style zones with the inverted sign', () => {
    expect(zoneOffsetMinutes('CST-8:00:00')).toBe(480)
    expect(zoneOffsetMinutes('EST5')).toBe(-300)
    expect(zoneOffsetMinutes('IST-5:30:00')).toBe(330)
    expect(zoneOffsetMinutes('UTC0')).toBe(0)
    expect(zoneOffsetMinutes('nonsense')).toBeNull()
  })

  it('reads the offset of an ISO time', () => {
    expect(isoOffsetMinutes('2026-07-06T00:33:53+03:00')).toBe(180)
    expect(isoOffsetMinutes('2026-07-06T00:33:53-0430')).toBe(-270)
    expect(isoOffsetMinutes('2026-07-06T00:33:53Z')).toBe(0)
    expect(isoOffsetMinutes('2026-07-06T00:33:53')).toBeNull()
  })

  it('writes wall-clock time in a zone, without an offset', () => {
    expect(localTimeAt(new Date('2026-11-24T23:30:00Z'), 480)).toBe('2026-11-25T07:30:00')
    expect(localTimeAt(new Date('2026-11-24T03:00:00Z'), -300)).toBe('2026-11-23T22:00:00')
  })

  it('compares the middle of the whole second a terminal reports', () => {
    const now = Date.parse('2026-11-24T10:00:00.700Z')
    expect(driftSeconds(Date.parse('2026-11-24T10:00:00Z'), now)).toBe(0)
    expect(driftSeconds(Date.parse('2026-11-24T10:05:00Z'), now)).toBe(300)
    expect(driftSeconds(Date.parse('2026-11-24T09:59:00Z'), now)).toBe(-60)
  })
})
