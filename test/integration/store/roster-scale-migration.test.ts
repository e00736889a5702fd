import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate, openDatabase } from '../../../src/main/store'
import { applyStateRepo } from '../../../src/main/store/apply-state-repo'
import { rosterSnapshotRepo } from '../../../src/main/store/roster-snapshot-repo'

const AT = '2026-01-01T00:00:00Z'

const grouped = (db: Database.Database) =>
  Object.fromEntries(
    (
      db
        .prepare("SELECT coalesce(apply_state, '') AS state, count(*) AS n FROM persons GROUP BY 1")
        .all() as { state: string; n: number }[]
    ).map((r) => [r.state, r.n]),
  )
const maintained = (db: Database.Database) =>
  Object.fromEntries(
    (
      db.prepare('SELECT state, n FROM apply_state_counts WHERE n > 0').all() as {
        state: string
        n: number
      }[]
    ).map((r) => [r.state, r.n]),
  )

describe('0080 roster-scale', () => {
  it('backfills the apply state counts and keeps them as persons come, change state and go', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 70),
    )
    const insert = db.prepare(
      'INSERT INTO persons (employee_no, name, apply_state, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    insert.run('1', 'Ann', 'applied', AT, AT)
    insert.run('2', 'Bo', 'failed', AT, AT)
    insert.run('3', 'Cy', null, AT, AT)
    migrate(db, MIGRATIONS)
    expect(maintained(db)).toEqual({ '': 1, applied: 1, failed: 1 })

    insert.run('4', 'Di', null, AT, AT)
    db.exec("UPDATE persons SET apply_state = 'pending' WHERE employee_no IN ('3', '4')")
    db.exec("UPDATE persons SET apply_state = 'pending' WHERE employee_no = '4'") // no change
    db.exec("UPDATE persons SET name = 'Ann B' WHERE employee_no = '1'") // not the state
    db.exec("DELETE FROM persons WHERE employee_no = '2'")
    db.exec("UPDATE persons SET apply_state = NULL WHERE employee_no = '1'")
    expect(maintained(db)).toEqual(grouped(db))
    expect(maintained(db)).toEqual({ '': 1, pending: 2 })
    expect(applyStateRepo(db).counts()).toEqual({ applied: 0, pending: 2, failed: 0, none: 0 })
    expect(applyStateRepo(db).unknownCount()).toBe(1)
  })

  it('the planner and the apply state read face hashes from the hash index, never the pictures', () => {
    const db = openDatabase({ file: ':memory:' })
    const faceReads: string[] = []
    const prepare = db.prepare.bind(db)
    // observe which statements the repositories prepare on the faces table
    const observed = Object.assign(Object.create(db) as Database.Database, {
      prepare: (sql: string) => {
        if (/\bFROM faces\b/.test(sql) && sql.includes('sha256') && !sql.includes('jpeg'))
          faceReads.push(sql)
        return prepare(sql)
      },
    })
    rosterSnapshotRepo(observed)
    applyStateRepo(observed)
    expect(faceReads.length).toBeGreaterThanOrEqual(3)
    for (const sql of faceReads) {
      const plan = (
        db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ all: 0, list: '["1"]', from: '1', to: '2' }) as {
          detail: string
        }[]
      ).map((r) => r.detail)
      expect(plan.join('\n'), sql).toMatch(/USING COVERING INDEX faces_hash/)
    }
  })
})
