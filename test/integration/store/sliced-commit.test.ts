// A large sliced transaction (an import) commits without copying its WAL into the database on
// the event loop: right after COMMIT the pages are still in the WAL (the database file has not
// grown), and a worker with its own connection checkpoints them afterwards. Everything committed
// reads back meanwhile, and the automatic checkpoint is back once the worker is done.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openStore, type Store } from '../../../src/main/store'

const AT = '2026-12-06T00:00:00.000Z'
let dir = ''
let store: Store | null = null
afterEach(() => {
  store?.close()
  store = null
  rmSync(dir, { recursive: true, force: true })
})

const person = (i: number) => ({
  employeeNo: String(i).padStart(7, '0'),
  name: `Person ${i} with a name long enough to fill pages`,
  userType: 'normal' as const,
  gender: 'unknown' as const,
  valid: {
    enable: false,
    beginTime: '2000-01-01T00:00:00',
    endTime: '2037-12-31T23:59:59',
    timeType: 'local' as const,
  },
  doorRights: [1],
  planTemplateNo: '1',
  pinSealed: null,
  groupName: `Team ${i % 40}`,
  notes: 'n'.repeat(200),
  createdAt: AT,
  updatedAt: AT,
})

it('commits a large sliced transaction without checkpointing on the event loop; a worker checkpoints after', async () => {
  dir = mkdtempSync(join(tmpdir(), 'es-sliced-'))
  const file = join(dir, 'roster.sqlite')
  store = openStore(file)
  const s = store
  const before = statSync(file).size
  s.sliced.begin()
  // well past the automatic checkpoint's 1,000 pages (4 MB)
  for (let slice = 0; slice < 20; slice++)
    s.sliced.batch(() => {
      for (let i = slice * 1000; i < (slice + 1) * 1000; i++) s.persons.put(person(i))
    })
  const checkpointed = s.sliced.commit()
  // COMMIT returned: the new pages are in the WAL, not yet in the database file
  expect(statSync(file).size).toBe(before)
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(4 * 1024 * 1024)
  expect(s.persons.get('0019999')?.name).toBe(person(19999).name)
  expect(s.search.search('19999', 0, 10).total).toBe(1)
  await checkpointed
  // the worker copied them into the database; the automatic checkpoint is on again
  expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024)
  expect(s.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
  expect(s.persons.get('0000000')?.name).toBe(person(0).name)
})
