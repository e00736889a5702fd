import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_LIMITS, formatCsv } from '../../../src/main/station/roster/csv'
import { parseCsv } from '../../../src/main/station/import/csv-stream'

describe('csv', () => {
  it('reads quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const text =
      '\uFEFFemployeeNo,name,notes\r\n0042,"Lee, Ann","said ""hi""\nthen left"\r\n7,Bo,\n'
    expect(parseCsv(text)).toEqual([
      ['employeeNo', 'name', 'notes'],
      ['0042', 'Lee, Ann', 'said "hi"\nthen left'],
      ['7', 'Bo', ''],
    ])
  })

  it('refuses a file that ends inside a quoted field', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted/)
  })

  it('defuses spreadsheet formulas on export', () => {
    expect(formatCsv([['=HYPERLINK("x")', '+1', 'ok', 12, null]])).toBe(
      `"'=HYPERLINK(""x"")",'+1,ok,12,\r\n`,
    )
  })

  it('defuses formulas after a ; too (spreadsheets that split cells on it)', () => {
    expect(formatCsv([['Ann;=cmd|"/c calc"!A1', 'a;+1;b', 'x;y']])).toBe(
      `"Ann;'=cmd|""/c calc""!A1",a;'+1;b,x;y\r\n`,
    )
  })

  it('refuses a file past its limits with the line, before reading the rest', () => {
    const limits = { maxRows: 3, maxColumns: 4, maxCell: 10 }
    expect(() => parseCsv('h\n1\n2\n3\n', limits)).toThrow(/more than 2 persons/)
    expect(() => parseCsv('h\n1,2,3,4,5\n', limits)).toThrow(/line 2 has more than 4 columns/)
    expect(() => parseCsv('h\n\n"12345678901"\n', limits)).toThrow(/line 3 is longer than 10/)
    expect(() => parseCsv('h\nabcdefghijk\n', limits)).toThrow(/line 2 is longer than 10/)
    expect(CSV_LIMITS.maxRows).toBeGreaterThan(100_000)
  })

  it('keeps the old reading of stray quotes and text after a closing quote', () => {
    expect(parseCsv('a"b,"c"d,""\r\n\r\nx')).toEqual([['a"b', 'cd', ''], ['x']])
  })

  it('round-trips any table of safe cells', () => {
    const cell = fc.string().filter((s) => !/(^|;)[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
        (rows) => {
          expect(parseCsv(formatCsv(rows))).toEqual(rows)
        },
      ),
    )
  })
})
