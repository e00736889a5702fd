import { afterEach, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/shared/model'
import { testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let t: TestStation
afterEach(async () => t?.station.close())

const search = async (query: string) =>
  value<{ total: number; items: { employeeNo: string }[] }>(
    await t.station.call('persons.search', { query, limit: 10 }),
  )
/** A CSV large enough for the bulk path (the search index rebuilt once at the end). */
const bigCsv = (n: number, extra = '') => {
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= n; i++) rows.push(`${i},Person Zq${i},${7_000_000 + i}`)
  return rows.join('\n') + extra
}

describe('bulk import', () => {
  it('a large file is searchable by name, number and card after one index rebuild; later edits index as before', async () => {
    t = testStation()
    const report = value<ImportReport>(
      await t.station.call('persons.import', { csv: bigCsv(2500) }),
    )
    expect(report).toMatchObject({ rows: 2500, created: 2500, cards: 2500 })
    // no terminals: everyone is 'none', counted once after the bulk write
    expect(value(await t.station.call('persons.applyStateCounts', {}))).toEqual({
      applied: 0,
      pending: 0,
      failed: 0,
      none: 2500,
    })
    expect((await search('Zq2499')).items.map((p) => p.employeeNo)).toEqual(['2499'])
    expect((await search('7002345')).items.map((p) => p.employeeNo)).toEqual(['2345'])
    // the per-row triggers are back: a person saved afterwards is found by a contains query
    value(await t.station.call('persons.save', { employeeNo: 'x1', name: 'Wilhelmina Qux' }))
    value(await t.station.call('persons.addCard', { employeeNo: 'x1', cardNo: '88812345' }))
    expect((await search('lhelmi')).items.map((p) => p.employeeNo)).toEqual(['x1'])
    expect((await search('8812345')).items.map((p) => p.employeeNo)).toEqual(['x1'])
    value(await t.station.call('persons.save', { employeeNo: 'x1', name: 'Renamed Qux' }))
    expect((await search('lhelmi')).total).toBe(0)
  })

  it('a large file refused half-way leaves the roster and its search index as they were', async () => {
    t = testStation()
    value(await t.station.call('persons.save', { employeeNo: 'owner', name: 'Card Owner' }))
    value(await t.station.call('persons.addCard', { employeeNo: 'owner', cardNo: '555' }))
    const result = await t.station.call('persons.import', {
      csv: bigCsv(2500, '\n9999,Late Row,555'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect((await search('')).total).toBe(1)
    expect((await search('Zq12')).total).toBe(0)
    value(await t.station.call('persons.save', { employeeNo: 'n2', name: 'Newcomer Abc' }))
    expect((await search('wcomer')).items.map((p) => p.employeeNo)).toEqual(['n2'])
  })
})
