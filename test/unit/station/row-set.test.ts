import { describe, expect, it } from 'vitest'
import { RowSet } from '../../../src/main/station/import/row-set'

describe('a set of row numbers', () => {
  it('holds rows far past its first size, counts each once, and knows the rows it does not hold', () => {
    const rows = new RowSet()
    for (const row of [2, 5000, 1_048_576, 5000, 2]) rows.add(row)
    expect(rows.size).toBe(3)
    expect([1, 2, 3, 4999, 5000, 1_048_575, 1_048_576, 2_000_000].map((r) => rows.has(r))).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
      true,
      false,
    ])
  })
})
