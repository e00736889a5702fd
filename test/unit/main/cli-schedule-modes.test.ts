import { describe, expect, it } from 'vitest'
import { parseDaySpecs } from '../../../src/main/cli/schedule-modes'
import { UsageError } from '../../../src/main/cli/context'

describe('schedules week DAYS=HH:MM-HH:MM/MODE', () => {
  it('expands day ranges and lists, and collects several specs per day', () => {
    expect(
      parseDaySpecs(['Mon-Wed=20:00-24:00/cardAndFace', 'Wed,Sun=0:00-6:00/cardAndFace']),
    ).toEqual({
      Monday: [{ begin: '20:00', end: '24:00', mode: 'cardAndFace' }],
      Tuesday: [{ begin: '20:00', end: '24:00', mode: 'cardAndFace' }],
      Wednesday: [
        { begin: '20:00', end: '24:00', mode: 'cardAndFace' },
        { begin: '00:00', end: '06:00', mode: 'cardAndFace' },
      ],
      Sunday: [{ begin: '00:00', end: '06:00', mode: 'cardAndFace' }],
    })
    expect(Object.keys(parseDaySpecs(['all=08:00-18:00/remainOpen']))).toHaveLength(7)
  })
  it('refuses what it cannot read, as a usage error', () => {
    for (const bad of ['Mon=08:00-18:00', 'Funday=08:00-18:00/card', 'Mon 08:00-18:00/card'])
      expect(() => parseDaySpecs([bad])).toThrow(UsageError)
  })
})
