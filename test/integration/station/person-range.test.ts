// Shift-click across rows never loaded (issue 14 item 7): the station resolves a range by the
// two persons' places in the list's order — the search, the filters and the sort the list
// shows — and returns every person between them, whichever end was clicked first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PersonSummary } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
const N = 600
const name = (i: number) =>
  `${['Ada', 'bo', 'Cy', 'Di'][i % 4]} ${String((i * 7919) % N).padStart(4, '0')}`

beforeAll(async () => {
  t = testStation()
  for (let i = 0; i < N; i++)
    value(
      await t.station.call('persons.save', {
        employeeNo: `R${String(i).padStart(4, '0')}`,
        name: name(i),
        groupName: i % 3 === 0 ? 'HQ/Front' : 'HQ',
      }),
    )
})
afterAll(() => t.station.close())

/** The whole order, a page at a time, as the list would load it. */
async function order(args: Record<string, unknown>): Promise<string[]> {
  const out: string[] = []
  for (let offset = 0; ; offset += 500) {
    const page = value<{ total: number; items: PersonSummary[] }>(
      await t.station.call('persons.search', { ...args, offset, limit: 500 }),
    )
    out.push(...page.items.map((p) => p.employeeNo))
    if (out.length >= page.total) return out
  }
}

const range = (filter: Record<string, unknown>, from: string, to: string) =>
  t.station.call('persons.range', { filter, from, to })

describe('persons.range', () => {
  it('is the slice of the sorted, filtered order between the two, either way round', async () => {
    const filter = {
      query: '',
      sort: { by: 'name', desc: true },
      department: 'HQ',
      subDepartments: true,
    }
    const all = await order(filter)
    expect(all).toHaveLength(N)
    const [a, b] = [all[7]!, all[540]!]
    const forward = value<{ employeeNos: string[] }>(await range(filter, a, b)).employeeNos
    expect(forward).toEqual(all.slice(7, 541))
    const backward = value<{ employeeNos: string[] }>(await range(filter, b, a)).employeeNos
    expect(backward).toEqual(forward)
    expect(value<{ employeeNos: string[] }>(await range(filter, a, a)).employeeNos).toEqual([a])
  })

  it('follows a search and a filter (rows only that search shows)', async () => {
    const filter = { query: 'bo', department: 'HQ/Front', sort: { by: 'employeeNo', desc: false } }
    const all = await order(filter)
    expect(all.length).toBeGreaterThan(20)
    const got = value<{ employeeNos: string[] }>(await range(filter, all.at(-1)!, all[2]!))
    expect(got.employeeNos).toEqual(all.slice(2))
  })

  it('refuses an end that is not in the list, picking nothing', async () => {
    const filter = { query: '', department: 'HQ/Front', subDepartments: false }
    const inside = (await order(filter))[0]!
    const outside = 'R0001' // 1 % 3 !== 0: in HQ, not in HQ/Front
    const r = await range(filter, inside, outside)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_FOUND')
      expect(r.error.details?.reason).toMatchObject({ code: 'rangeEndGone' })
    }
  })
})
