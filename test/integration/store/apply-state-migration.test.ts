import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../../src/main/store'
import { searchRepo } from '../../../src/main/store/search-repo'

const AT = '2026-01-01T00:00:00Z'

/** A roster at schema 50 with a journal: job j1 (older) and j2 (newer) on terminal d1. */
function rosterAt50(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 50),
  )
  db.exec(`
    INSERT INTO devices (id, name, host, port, protocol, username, secret, created_at, updated_at)
    VALUES ('d1', 'Lobby', '192.0.2.1', 80, 'http', 'admin', x'00', '${AT}', '${AT}');
    INSERT INTO persons (employee_no, name, created_at, updated_at)
    VALUES ('1', 'Ann', '${AT}', '${AT}'), ('2', 'Bo', '${AT}', '${AT}'), ('3', 'Cy', '${AT}', '${AT}');
    INSERT INTO apply_jobs (id, state, created_at) VALUES ('j1', 'failed', '2026-01-01T01:00:00Z'),
                                                         ('j2', 'failed', '2026-01-01T02:00:00Z');
    INSERT INTO apply_steps (job_id, device_id, seq, employee_no, kind, state, error_code, reason, updated_at) VALUES
      -- 1 failed in j1, then went through in j2: no failure stands
      ('j1', 'd1', 1, '1', 'person', 'failed', 'CAPACITY_FULL', 'full', '${AT}'),
      ('j2', 'd1', 1, '1', 'person', 'done', NULL, NULL, '${AT}'),
      -- 2 failed in j2 (the card after its person): the first failing step gives the reason
      ('j2', 'd1', 2, '2', 'person', 'done', NULL, NULL, '${AT}'),
      ('j2', 'd1', 3, '2', 'card', 'failed', 'DEVICE_REJECTED', 'card refused', '2026-01-01T02:00:01Z'),
      ('j2', 'd1', 4, '2', 'face', 'failed', 'DEVICE_REJECTED', 'face refused', '${AT}'),
      -- 3 failed in j1; j2 planned it but never ran it: the failure still stands
      ('j1', 'd1', 2, '3', 'person', 'failed', 'CAPACITY_FULL', 'full', '${AT}'),
      ('j2', 'd1', 5, '3', 'person', 'pending', NULL, NULL, '${AT}');
  `)
  return db
}

describe('0060 apply-state', () => {
  it('backfills the latest failure per person and terminal from the journal, states unknown', () => {
    const db = rosterAt50()
    migrate(db, MIGRATIONS)
    expect(
      db
        .prepare(
          'SELECT employee_no, device_id, job_id, error_code, reason FROM apply_failures ORDER BY employee_no',
        )
        .all(),
    ).toEqual([
      {
        employee_no: '2',
        device_id: 'd1',
        job_id: 'j2',
        error_code: 'DEVICE_REJECTED',
        reason: 'card refused',
      },
      {
        employee_no: '3',
        device_id: 'd1',
        job_id: 'j1',
        error_code: 'CAPACITY_FULL',
        reason: 'full',
      },
    ])
    expect(db.prepare('SELECT DISTINCT apply_state FROM persons').all()).toEqual([
      { apply_state: null },
    ])
    db.prepare("DELETE FROM devices WHERE id = 'd1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM apply_failures').get()).toEqual({ n: 0 })
    expect(() => db.prepare("UPDATE persons SET apply_state = 'done'").run()).toThrow(/CHECK/)
  })

  it('serves the filter from the index, in roster order, without a sort', () => {
    const db = rosterAt50()
    migrate(db, MIGRATIONS)
    db.exec(
      "UPDATE persons SET apply_state = CASE employee_no WHEN '2' THEN 'failed' ELSE 'applied' END",
    )
    const search = searchRepo(db)
    expect(search.search('', 0, 10, { applyState: 'applied' })).toMatchObject({
      total: 2,
      items: [
        { employeeNo: '1', applyState: 'applied' },
        { employeeNo: '3', applyState: 'applied' },
      ],
    })
    expect(search.search('Bo', 0, 10, { applyState: 'applied' }).total).toBe(0)
    expect(search.search('Bo', 0, 10, { applyState: 'failed' }).items).toMatchObject([
      { employeeNo: '2', applyState: 'failed' },
    ])
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT p.rowid FROM persons p WHERE p.apply_state = 'failed' ORDER BY p.rowid LIMIT 50",
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n')
    expect(plan).toMatch(/USING (COVERING )?INDEX persons_apply_state/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })
})
