// An import writes its rows in slices, each one batch for the search indexes and the apply-state
// counts (store/sliced-transaction.ts, migration 0320): after it, every person and card is found
// by search, the counts add up, the indexes pass SQLite's own integrity check, and a person saved
// by someone else while the import was writing is indexed like any other.
import { afterEach, describe, expect, it } from 'vitest'
import type { ApplyStateCounts, PersonSummary } from '@shared/model'
import type { Store } from '../../../src/main/store'
import { testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let t: TestStation
afterEach(async () => t?.station.close())

const ROWS = 4000
const csv = (from: number, n: number, cardBase: number) =>
  [
    'Employee No,Name,Cards',
    ...Array.from(
      { length: n },
      (_, i) => `${String(from + i).padStart(6, '0')},Quill Person ${from + i},${cardBase + i}`,
    ),
  ].join('\n')

const search = async (query: string) =>
  value<{ total: number; items: PersonSummary[] }>(
    await t.station.call('persons.search', { query, limit: 5 }),
  )

describe('an import in slices', () => {
  it('indexes every new person and card, counts them, and keeps a save made meanwhile', async () => {
    let store: Store | undefined
    t = testStation({ onStoreOpen: (s) => (store = s) })
    // one person before, updated by the import (kept by the update trigger, not the batch)
    value(await t.station.call('persons.save', { employeeNo: '000001', name: 'Old Name' }))
    let saved: Promise<unknown> | undefined
    const off = t.station.subscribe((event, payload) => {
      const p = payload as { phase?: string; done?: number }
      if (event === 'import.progress' && p.phase === 'writing' && (p.done ?? 0) > 0 && !saved)
        saved = t.station.call('persons.save', { employeeNo: '900001', name: 'Zed Walker' })
    })
    const report = value<{ created: number; updated: number }>(
      await t.station.call('persons.importFile', {
        fileName: 'staff.csv',
        dataBase64: Buffer.from(csv(1, ROWS, 7_700_000)).toString('base64'),
      }),
    )
    off()
    expect(report).toMatchObject({ created: ROWS - 1, updated: 1 })
    expect(saved, 'a save was made while the import was writing').toBeDefined()
    value(await (saved as Promise<never>))

    expect((await search('Old Name')).total).toBe(0)
    expect((await search('Quill Person 1')).total).toBeGreaterThan(1000)
    expect((await search('Quill Person 3999')).items.map((p) => p.employeeNo)).toEqual(['003999'])
    expect((await search('7703998')).items.map((p) => p.employeeNo)).toEqual(['003999'])
    expect((await search('Zed Walk')).items.map((p) => p.employeeNo)).toEqual(['900001'])

    const db = store!.db
    // the kept counts equal a count of the persons themselves, state by state
    const kept = db
      .prepare<[], { state: string; n: number }>('SELECT state, n FROM apply_state_counts')
      .all()
    const actual = db
      .prepare<[], { state: string; n: number }>(
        "SELECT coalesce(apply_state, '') AS state, count(*) AS n FROM persons GROUP BY 1",
      )
      .all()
    for (const { state, n } of kept)
      expect(n, `state '${state}'`).toBe(actual.find((a) => a.state === state)?.n ?? 0)
    const counts = value<ApplyStateCounts>(await t.station.call('persons.applyStateCounts', {}))
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ROWS + 1)
    expect(() =>
      db.exec("INSERT INTO person_fts (person_fts) VALUES ('integrity-check')"),
    ).not.toThrow()
    expect(() =>
      db.exec("INSERT INTO card_fts (card_fts) VALUES ('integrity-check')"),
    ).not.toThrow()
    expect(db.prepare('SELECT active FROM row_batch').pluck().get()).toBe(0)
  })

  it('a refused import leaves the indexes, the counts and the triggers as they were', async () => {
    let store: Store | undefined
    t = testStation({ onStoreOpen: (s) => (store = s) })
    value(
      await t.station.call('persons.importFile', {
        fileName: 'a.csv',
        dataBase64: Buffer.from(csv(1, 50, 1_000)).toString('base64'),
      }),
    )
    // a card held by 000001 cannot go to a new person while 000001 keeps it: refused, nothing written
    const bad = `${csv(100, 3000, 2_000)}\n009999,Card Thief,1000`
    const r = await t.station.call('persons.importFile', {
      fileName: 'b.csv',
      dataBase64: Buffer.from(bad).toString('base64'),
    })
    expect(r.ok).toBe(false)
    expect((await search('Quill Person 100')).total).toBe(0)
    const counts = value<ApplyStateCounts>(await t.station.call('persons.applyStateCounts', {}))
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(50)
    // the triggers work again for an ordinary save
    value(await t.station.call('persons.save', { employeeNo: '777777', name: 'After Refusal' }))
    expect((await search('After Ref')).total).toBe(1)
    expect(store!.db.prepare('SELECT active FROM row_batch').pluck().get()).toBe(0)
  })
})
