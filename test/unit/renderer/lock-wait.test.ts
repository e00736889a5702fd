// Issue 18 leftover: a lock with seconds left is worded in seconds, not rounded up to "1 min".
import { describe, expect, it } from 'vitest'
import { lockWait } from '../../../src/renderer/src/features/devices/lock-wait'

const now = Date.parse('2026-12-05T10:00:00Z')

describe('lock wait wording', () => {
  it('says seconds under a minute', () => {
    expect(lockWait(now + 2_000, now)).toEqual({ unit: 'seconds', seconds: 2 })
    expect(lockWait(now + 59_000, now)).toEqual({ unit: 'seconds', seconds: 59 })
    expect(lockWait(now + 1_200, now)).toEqual({ unit: 'seconds', seconds: 2 })
  })
  it('says whole minutes, rounded up, from a minute on', () => {
    expect(lockWait(now + 60_000, now)).toEqual({ unit: 'minutes', minutes: 1 })
    expect(lockWait(now + 61_000, now)).toEqual({ unit: 'minutes', minutes: 2 })
    expect(lockWait(now + 30 * 60_000, now)).toEqual({ unit: 'minutes', minutes: 30 })
  })
  it('an unlock time already past still reads as a moment, never zero or negative', () => {
    expect(lockWait(now - 5_000, now)).toEqual({ unit: 'seconds', seconds: 1 })
  })
})
