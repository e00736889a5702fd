import { describe, expect, it } from 'vitest'
import { localNow, validityText } from '../../../src/renderer/src/features/persons/validity'

describe('the validity column', () => {
  const now = '2026-12-05T12:00:00'
  it('names a period by where now falls in it', () => {
    expect(validityText(null, now)).toEqual({ kind: 'always', date: '' })
    const period = (beginTime: string, endTime: string) => validityText({ beginTime, endTime }, now)
    expect(period('2026-01-01T00:00:00', '2026-12-05T11:59:59')).toEqual({
      kind: 'expired',
      date: '2026-12-05',
    })
    expect(period('2026-12-05T12:00:01', '2027-01-01T00:00:00')).toEqual({
      kind: 'starts',
      date: '2026-12-05',
    })
    expect(period('2026-12-05T12:00:00', '2026-12-05T12:00:00')).toEqual({
      kind: 'until',
      date: '2026-12-05',
    })
  })
  it('writes now as local time without an offset', () => {
    expect(localNow(new Date(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05')
  })
})
