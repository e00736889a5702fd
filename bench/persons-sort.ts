// The Persons list's tools at 100,000 persons: a page of 200 sorted by each column (first page,
// a deep page), a query's matches sorted, the department filter with sub-departments, and one
// bulk edit of 10,000 persons (one transaction). Prints JSON.
//   npx tsx bench/persons-sort.ts [--persons 100000]
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { PERSON_SORT_KEYS } from '@shared/model'
import type { Store } from '../src/main/store'
import { testStation } from '../test/helpers/station'

const persons = Number(process.argv[process.argv.indexOf('--persons') + 1] || 100_000) || 100_000
let store: Store | undefined
const { station, dataDir } = testStation({ onDisk: true, onStoreOpen: (s) => (store = s) })

const at = new Date().toISOString()
const seedStart = performance.now()
// one transaction, one batch of the search indexes and counts (store/sliced-transaction.ts)
store!.sliced.begin()
store!.sliced.batch(() => {
  for (let i = 0; i < persons; i++) {
    const end = `20${27 + (i % 5)}-0${1 + (i % 9)}-15T23:59:59`
    store!.persons.put({
      employeeNo: String(i + 1).padStart(6, '0'),
      name: `Person ${(i * 7919) % persons}`,
      userType: 'normal',
      gender: 'unknown',
      valid: {
        enable: i % 3 !== 0,
        beginTime: '2026-01-01T00:00:00',
        endTime: end,
        timeType: 'local',
      },
      doorRights: [1],
      planTemplateNo: '1',
      pinSealed: null,
      groupName: `Site ${i % 4}/Dept ${i % 40}`,
      notes: '',
      createdAt: at,
      updatedAt: at,
    })
  }
})
store!.sliced.commit()
const seedMs = Math.round(performance.now() - seedStart)

const time = async (args: object): Promise<number> => {
  const t0 = performance.now()
  const r = await station.call('persons.search', args)
  if (!r.ok) throw new Error(r.error.message)
  return Math.round((performance.now() - t0) * 10) / 10
}

const sortMs: Record<string, { first: number; deep: number }> = {}
for (const by of PERSON_SORT_KEYS)
  sortMs[by] = {
    first: await time({ sort: { by }, limit: 200 }),
    deep: await time({ sort: { by, desc: true }, offset: persons - 400, limit: 200 }),
  }
const querySortedMs = await time({ query: 'Person 12', sort: { by: 'name' }, limit: 200 })
const departmentMs = await time({ department: 'Site 1', subDepartments: true, limit: 200 })

const t0 = performance.now()
const edit = await station.call('persons.bulkEdit', {
  selection: { filter: { department: 'Site 1/Dept 1', subDepartments: true } },
  expected: persons / 40,
  set: { planTemplateNo: '2' },
})
if (!edit.ok) throw new Error(edit.error.message)
const bulkEditMs = Math.round(performance.now() - t0)

console.log(
  JSON.stringify({
    persons,
    seedMs,
    sortMs,
    querySortedMs,
    departmentMs,
    bulkEdit: { persons: persons / 40, ms: bulkEditMs },
  }),
)
await station.close()
rmSync(dataDir, { recursive: true, force: true })
