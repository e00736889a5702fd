// The apply page's percentage and bar come from one rule: they agree.
import { describe, expect, it } from 'vitest'
import { barParts } from '../../../src/renderer/src/features/apply/bar-parts'

describe('apply bar parts', () => {
  it('a refused person: 0 % applied, its unsent credentials counted apart from cannot-hold', () => {
    const p = barParts([
      {
        total: 40,
        done: 0,
        failed: 10,
        skipped: 30,
        skippedBy: { cannotHold: 0, personRefused: 30, other: 0 },
      },
    ])
    expect(p).toMatchObject({ relevant: 40, percent: 0, personRefused: 30, cannotHold: 0 })
  })

  it('what a terminal cannot hold is not work: all the rest done is 100 %', () => {
    const p = barParts([
      {
        total: 10,
        done: 7,
        failed: 0,
        skipped: 3,
        skippedBy: { cannotHold: 3, personRefused: 0, other: 0 },
      },
    ])
    expect(p).toMatchObject({ relevant: 7, percent: 100, cannotHold: 3 })
  })

  it('the percentage is the green share of the bar, over several terminals', () => {
    const p = barParts([
      { total: 4, done: 1, failed: 1, skipped: 0 },
      { total: 4, done: 2, failed: 0, skipped: 0 },
    ])
    expect(p.percent).toBe(Math.floor((p.done / p.relevant) * 100))
    expect(p).toMatchObject({ percent: 37, pending: 4 })
    expect(barParts([]).percent).toBe(100)
  })
})
