import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCsv, parseCsv } from '../../../src/main/station/roster/csv'

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

  it('round-trips any table of safe cells', () => {
    const cell = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s))
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
