// Migration 0200 fills the health columns of events stored before it from their raw JSON: a
// mask worn or not and a temperature are kept; a firmware's filler `mask: "unknown"` is not.
import Database from 'better-sqlite3'
import { expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../../src/main/store'

it('fills mask and temperature of older events from their raw JSON', () => {
  const db = new Database(':memory:')
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 200),
  )
  const insert = db.prepare(
    `INSERT INTO events (device_id, serial_no, time, time_ms, major, minor, kind, source, received_at, raw)
     VALUES ('d', ?, 't', 0, 5, 75, 'access', 'backfill', 't', ?)`,
  )
  insert.run(
    1,
    JSON.stringify({
      mask: 'yes',
      currTemperature: 38.4,
      thermometryUnit: 'celsius',
      isAbnomalTemperature: true,
    }),
  )
  insert.run(2, JSON.stringify({ mask: 'unknown', cardNo: '1' }))
  insert.run(3, JSON.stringify({ mask: 'no' }))
  migrate(db, MIGRATIONS)
  const rows = db
    .prepare(
      'SELECT serial_no, mask, temperature, temperature_unit, temperature_abnormal FROM events ORDER BY serial_no',
    )
    .all()
  expect(rows).toEqual([
    {
      serial_no: 1,
      mask: 'yes',
      temperature: 38.4,
      temperature_unit: 'celsius',
      temperature_abnormal: 1,
    },
    {
      serial_no: 2,
      mask: null,
      temperature: null,
      temperature_unit: null,
      temperature_abnormal: null,
    },
    {
      serial_no: 3,
      mask: 'no',
      temperature: null,
      temperature_unit: null,
      temperature_abnormal: null,
    },
  ])
  db.close()
})
