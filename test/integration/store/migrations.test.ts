import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
  openDatabase,
  userVersion,
} from '../../../src/main/store'
import type { Migration } from '../../../src/main/store/migrations/types'
import { AppFailure } from '../../../src/shared/result'

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'es-db-')), 'roster.sqlite')
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function schemaOf(db: Database.Database): { type: string; name: string; sql: string }[] {
  return db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[]
}

describe('migrations', () => {
  it('are numbered in tens and strictly increasing', () => {
    let previous = 0
    for (const m of MIGRATIONS) {
      expect(m.version % 10).toBe(0)
      expect(m.version).toBeGreaterThan(previous)
      previous = m.version
    }
    expect(LATEST_VERSION).toBe(previous)
  })

  it.each(MIGRATIONS.map((m) => [m.version, m.name, m] as const))(
    '%i-%s applies on top of its predecessors',
    (_v, _n, m) => {
      const db = new Database(':memory:')
      db.pragma('foreign_keys = ON')
      const before = MIGRATIONS.filter((x) => x.version < m.version)
      migrate(db, before)
      const schemaBefore = schemaOf(db)
      migrate(db, [...before, m])
      expect(userVersion(db)).toBe(m.version)
      // it changed the schema: an object added, or one altered (a column added)
      expect(schemaOf(db)).not.toEqual(schemaBefore)
      expect(db.pragma('foreign_key_check')).toEqual([])
      db.close()
    },
  )

  it('0010 enforces the roster rules: cascades and checks', () => {
    const db = openDatabase({ file: ':memory:' })
    const now = '2026-01-01T00:00:00Z'
    db.prepare(
      "INSERT INTO persons (employee_no, name, created_at, updated_at) VALUES ('0042', 'Ann', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO cards (card_no, employee_no, created_at) VALUES ('0001234', '0042', ?)",
    ).run(now)
    db.prepare(
      "INSERT INTO faces (employee_no, jpeg, bytes, width, height, sha256, source, captured_at) VALUES ('0042', x'FFD8', 2, 1, 1, 'h', 'file', ?)",
    ).run(now)
    expect(() =>
      db
        .prepare("INSERT INTO cards (card_no, employee_no, created_at) VALUES ('9', 'nobody', ?)")
        .run(now),
    ).toThrow(/FOREIGN KEY/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO persons (employee_no, name, user_type, created_at, updated_at) VALUES ('1', 'B', 'boss', ?, ?)",
        )
        .run(now, now),
    ).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO fingerprints (employee_no, finger_id, template, created_at) VALUES ('0042', 11, x'00', ?)",
        )
        .run(now),
    ).toThrow(/CHECK/)
    db.prepare("DELETE FROM persons WHERE employee_no = '0042'").run()
    expect(db.prepare('SELECT count(*) AS n FROM cards').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM faces').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT card_no FROM cards').all()).toEqual([])
    db.close()
  })

  it('run all pending migrations in one transaction: a failure leaves nothing behind', () => {
    const db = new Database(':memory:')
    const broken: Migration = {
      version: 20,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half (x); SELECT * FROM no_such_table'),
    }
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 1), broken])).toThrow(/no_such_table/)
    expect(userVersion(db)).toBe(0)
    expect(schemaOf(db)).toEqual([])
    db.close()
  })

  it('keeps the committed schema snapshot (an unintended schema change fails here)', async () => {
    const db = openDatabase({ file: ':memory:' })
    const snapshot = {
      version: userVersion(db),
      objects: schemaOf(db).map((o) => ({ ...o, sql: o.sql.replace(/\s+/g, ' ').trim() })),
    }
    await expect(JSON.stringify(snapshot, null, 2) + '\n').toMatchFileSnapshot(
      './schema.snapshot.json',
    )
    db.close()
  })
})

describe('opening a roster file', () => {
  it('turns on WAL, foreign keys and a busy timeout, and migrates to the latest version', () => {
    const file = tempFile()
    const db = openDatabase({ file })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    db.close()
    const again = openDatabase({ file })
    expect(userVersion(again)).toBe(LATEST_VERSION)
    again.close()
  })

  it('refuses a database written by a newer version, with a clear message, without changing a byte', () => {
    const file = tempFile()
    const future = new Database(file)
    future.exec('CREATE TABLE persons (employee_no TEXT PRIMARY KEY, hologram BLOB)')
    future.pragma(`user_version = ${LATEST_VERSION + 100}`)
    future.close()
    const before = sha(file)
    let caught: unknown
    try {
      openDatabase({ file })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AppFailure)
    expect((caught as AppFailure).code).toBe('DB_TOO_NEW')
    expect((caught as AppFailure).message).toMatch(
      /newer version of Enrollment Station.*not changed/,
    )
    expect(sha(file)).toBe(before)
  })

  it('reports a file that is not a database as DB_CORRUPT', () => {
    const file = tempFile()
    writeFileSync(file, 'this is not sqlite at all, not even close.'.repeat(100))
    expect(() => openDatabase({ file })).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }))
  })
})
