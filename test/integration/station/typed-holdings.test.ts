// Holdings as typed rows (store/holding-entries.ts): migration 0330 turns the `key|hash`
// strings a station stored before it into typed entries, written exactly as the station writes
// them, so a terminal that held the roster before the upgrade still holds it after: the next
// apply sends nothing and every person stays applied. The same migration renames the
// "digest" columns to "hash"; the folder built here has the old names.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, ApplyStateCounts } from '../../../src/shared/model'
import type { Store } from '../../../src/main/store'
import { addPerson, syntheticFace, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { jobEnded } from '../../helpers/apply-job'

const FAST = { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } }
const AT = '2026-01-01T00:00:00.000Z'
let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'iris-face'] })
})
afterAll(async () => fleet.close())

const call = async <T>(t: TestStation, method: string, args: object = {}): Promise<T> =>
  value<T>(await t.station.call(method, args))

const applied = async (t: TestStation): Promise<ApplyJob> =>
  jobEnded(t.station, (await call<ApplyJob>(t, 'apply.start')).id)

interface HoldingRow {
  device_id: string
  employee_no: string
  cards: string
  fingerprints: string
  irises: string
}
const holdingRows = (db: Database.Database): HoldingRow[] =>
  db
    .prepare<[], HoldingRow>(
      'SELECT device_id, employee_no, cards, fingerprints, irises FROM device_holdings ORDER BY 1, 2',
    )
    .all()

/** A list as a station before 0330 stored it: `key|hash` strings sorted as text. */
const asOldStrings = (stored: string, key: string, rest: string): string =>
  JSON.stringify(
    (JSON.parse(stored) as Record<string, string | number>[])
      .map((e) => `${e[key]}|${e[rest]}`)
      .sort(),
  )

it('keeps a terminal applied across the upgrade to typed holdings: the next apply sends nothing', async () => {
  let store: Store | undefined
  const first = testStation({ onDisk: true, apply: FAST, onStoreOpen: (s) => (store = s) })
  const { dataDir } = first
  try {
    for (const [i, d] of fleet.devices.entries())
      value(await addSimulated(first.station, d, `T${i}`))
    for (const no of ['7', '10', '9']) {
      await addPerson(first.station, no, `Person ${no}`, {
        card: `${no}00`,
        face: await syntheticFace(Number(no)),
      })
      value(await first.station.call('persons.addCard', { employeeNo: no, cardNo: `${no}1` }))
      // finger numbers 2 and 10: sorted as text before, as numbers now
      for (const fingerId of [2, 10])
        store!.credentials.fingerprints.put(
          {
            employeeNo: no,
            fingerId,
            fingerType: 'normalFP',
            template: Buffer.alloc(64, fingerId + Number(no)).toString('base64'),
            quality: 80,
            sourceModel: 'test',
          },
          AT,
        )
      for (const eye of ['right', 'left'] as const)
        store!.credentials.irises.put(
          {
            employeeNo: no,
            eye,
            data: Buffer.from(`${eye}-${no}`).toString('base64'),
            sourceModel: 'test',
          },
          AT,
        )
    }
    const job = await applied(first)
    expect(job.state).toBe('done')
  } finally {
    await first.station.close()
  }

  // the folder as a station before 0330 left it
  const file = join(dataDir, 'roster.sqlite')
  const db = new Database(file)
  const typed = holdingRows(db)
  expect(typed).toHaveLength(6)
  const fingers = typed.findIndex((r) => r.fingerprints !== '[]')
  expect(JSON.parse(typed[fingers]!.fingerprints)).toEqual([
    { fingerId: 2, hash: expect.any(String) },
    { fingerId: 10, hash: expect.any(String) },
  ])
  const old = db.prepare(
    'UPDATE device_holdings SET cards = ?, fingerprints = ?, irises = ? WHERE device_id = ? AND employee_no = ?',
  )
  for (const r of typed)
    old.run(
      asOldStrings(r.cards, 'cardNo', 'cardType'),
      asOldStrings(r.fingerprints, 'fingerId', 'hash'),
      asOldStrings(r.irises, 'eye', 'hash'),
      r.device_id,
      r.employee_no,
    )
  expect(JSON.parse(holdingRows(db)[fingers]!.fingerprints)[0]).toMatch(/^10\|/)
  // and its names before 0330 (this file is left out of the rename script on purpose)
  db.exec(`
    ALTER TABLE device_holdings RENAME COLUMN person_hash TO person_digest;
    ALTER TABLE device_holdings RENAME COLUMN face_hash TO face_digest;
    DROP INDEX faces_hash;
    CREATE INDEX faces_digest ON faces (employee_no, sha256);
  `)
  db.pragma('user_version = 320')
  db.close()

  const again = testStation({ onDisk: true, dataDir, apply: FAST })
  try {
    const reopened = new Database(file, { readonly: true })
    expect(holdingRows(reopened)).toEqual(typed)
    reopened.close()
    expect(await call<ApplyStateCounts>(again, 'persons.applyStateCounts')).toMatchObject({
      applied: 3,
      pending: 0,
    })
    const job = await call<ApplyJob>(again, 'apply.start')
    expect(job.devices).toEqual([])
  } finally {
    await again.station.close()
  }
}, 60_000)
