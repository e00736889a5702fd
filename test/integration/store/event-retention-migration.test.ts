import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../../src/main/store'
import { eventsRepo } from '../../../src/main/store/events-repo'

const AT = '2026-01-01T00:00:00.000Z'

/** An events log at schema 60: two events with a picture, one without, one named by name only. */
function logAt60(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 60),
  )
  const event = db.prepare(
    `INSERT INTO events (id, device_id, serial_no, time, time_ms, major, minor, kind, employee_no,
       name, picture_state, source, received_at, raw)
     VALUES (?, 'd1', ?, ?, ?, 5, 75, 'access', ?, ?, ?, 'backfill', ?, '{}')`,
  )
  event.run(1, 1, AT, Date.parse(AT), '1001', 'Ann Lee', 'stored', AT)
  event.run(2, 2, AT, Date.parse(AT) + 1, '1001', 'Ann Lee', 'stored', AT)
  event.run(3, 3, AT, Date.parse(AT) + 2, '2002', null, 'none', AT)
  event.run(4, 4, AT, Date.parse(AT) + 3, null, 'Visitor Zhang', 'none', AT)
  const picture = db.prepare(
    "INSERT INTO event_pictures (event_id, content_type, data) VALUES (?, 'image/jpeg', ?)",
  )
  picture.run(1, Buffer.alloc(1000))
  picture.run(2, Buffer.alloc(2500))
  return db
}

describe('0070 event-retention', () => {
  it('records the size of every kept picture and the names events carried, nothing removed', () => {
    const db = logAt60()
    migrate(db, MIGRATIONS)
    expect(
      db
        .prepare('SELECT id, picture_bytes AS b, picture_removed_at AS r FROM events ORDER BY id')
        .all(),
    ).toEqual([
      { id: 1, b: 1000, r: null },
      { id: 2, b: 2500, r: null },
      { id: 3, b: null, r: null },
      { id: 4, b: null, r: null },
    ])
    expect(
      db.prepare('SELECT name, employee_no AS e FROM event_names ORDER BY name').all(),
    ).toEqual([
      { name: 'Ann Lee', e: '1001' },
      { name: 'Visitor Zhang', e: '' },
    ])
    const events = eventsRepo(db)
    expect(events.prune.pictureBytes()).toBe(3500)
    expect(events.search({}, 0, 10).items.map((e) => e.pictureRemoved)).toEqual([
      false,
      false,
      false,
      false,
    ])
    db.close()
  })
})
