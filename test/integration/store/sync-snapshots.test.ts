// Pulled sync snapshots live in the store (migration 0090): another process can resolve them;
// they expire, the oldest go past the limit, and they go with their terminal.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, it } from 'vitest'
import { MIGRATIONS, migrate, openStore } from '../../../src/main/store'
import { snapshotCache } from '../../../src/main/station/sync/snapshot-cache'
import type { Kinds } from '../../../src/main/station/sync/device-snapshot'
import { deviceRecord } from '../../helpers/device-record'

const all: Kinds = { card: true, face: false, fingerprint: false, iris: false }
const AT = '2026-01-01T00:00:00.000Z'
const diff = (syncId: string) => ({
  syncId,
  deviceId: 'd',
  pulledAt: AT,
  same: 0,
  different: [],
  onlyOnDevice: [{ employeeNo: '7', name: 'Ann' }],
  onlyInRoster: [],
})

it('0090 adds the table to a roster at 70 without touching what is there', () => {
  const db = new Database(':memory:')
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 70),
  )
  expect(() => db.prepare('SELECT * FROM sync_snapshots').all()).toThrow()
  migrate(db, MIGRATIONS)
  expect(db.prepare('SELECT count(*) AS n FROM sync_snapshots').get()).toEqual({ n: 0 })
})

it('keeps a pulled snapshot for another process, expires it, drops the oldest past 8', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'es-sync-')), 'roster.sqlite')
  let now = 0
  const a = openStore(file)
  a.devices.put(
    deviceRecord({ id: 'd', name: 'Reception', host: '127.0.0.1', createdAt: AT, updatedAt: AT }),
  )
  const cacheA = snapshotCache(a, () => now, 1000)
  const person = {
    person: { employeeNo: '7', name: 'Ann' },
    cards: [{ cardNo: '123', cardType: 'normalCard' }],
    face: null,
    fingerprints: [],
    irises: [],
  }
  cacheA.put({
    syncId: 's1',
    deviceId: 'd',
    kinds: all,
    held: new Map([['7', person]]),
    diff: diff('s1'),
  })
  a.close()

  const b = openStore(file)
  const cacheB = snapshotCache(b, () => now, 1000)
  const got = cacheB.get('s1')
  expect(got?.held.get('7')).toEqual(person)
  expect(got?.kinds).toEqual(all)
  expect(got?.diff).toEqual(diff('s1'))
  for (let i = 2; i <= 9; i++)
    cacheB.put({ syncId: `s${i}`, deviceId: 'd', kinds: all, held: new Map(), diff: diff(`s${i}`) })
  expect(cacheB.get('s1')).toBeUndefined()
  expect(cacheB.get('s2')).toBeDefined()
  now = 1000
  expect(cacheB.get('s9')).toBeUndefined()
  cacheB.put({ syncId: 'x', deviceId: 'd', kinds: all, held: new Map(), diff: diff('x') })
  b.devices.remove('d')
  expect(cacheB.get('x')).toBeUndefined()
  b.close()
})
