import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/store'
import { storeFailure } from '../../../src/main/store/store-errors'

describe('store failures an installer can act on', () => {
  it('a full disk (SQLITE_FULL) is DISK_FULL naming the file', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (x BLOB)')
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`)
    let error: unknown
    try {
      db.prepare('INSERT INTO t VALUES (zeroblob(100000))').run()
    } catch (e) {
      error = e
    }
    expect(storeFailure(error, '/data/roster.sqlite')).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringContaining('/data/roster.sqlite'),
      details: { sqlite: 'SQLITE_FULL' },
    })
  })

  it('a damaged file at start-up is DB_CORRUPT with its path and what to do', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'es-corrupt-')), 'roster.sqlite')
    writeFileSync(file, Buffer.alloc(8192, 7))
    expect(() => openDatabase({ file })).toThrow(
      expect.objectContaining({
        code: 'DB_CORRUPT',
        message: expect.stringMatching(/roster\.sqlite.*backup/s),
      }),
    )
  })

  it('every transaction takes the write lock at BEGIN: a second process waits, nothing fails half-way', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'es-imm-')), 'roster.sqlite')
    const a = openDatabase({ file })
    const b = openDatabase({ file })
    a.exec('CREATE TABLE IF NOT EXISTS c (n INTEGER)')
    a.pragma('busy_timeout = 0')
    // b reads, then another process writes, then b writes in the same transaction: DEFERRED
    // fails b half-way (SQLITE_BUSY_SNAPSHOT); IMMEDIATE holds the write lock from BEGIN, so
    // the other writer waits (here: is refused at once, its busy timeout being 0) and b commits
    let other: unknown
    const bump = b.transaction(() => {
      const n = (b.prepare('SELECT count(*) AS n FROM c').get() as { n: number }).n
      try {
        a.prepare('INSERT INTO c VALUES (100)').run()
      } catch (e) {
        other = e
      }
      b.prepare('INSERT INTO c VALUES (?)').run(n)
    })
    bump()
    expect(other).toMatchObject({ code: 'SQLITE_BUSY' })
    expect(b.prepare('SELECT n FROM c').all()).toEqual([{ n: 0 }])
    a.close()
    b.close()
  })
})

describe('roster files', () => {
  it.skipIf(process.platform === 'win32')(
    'are readable by their owner only: files 0600, folder 0700',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'es-perm-'))
      chmodSync(dir, 0o755) // as a folder made with the usual umask
      const file = join(dir, 'roster.sqlite')
      const db = openDatabase({ file })
      db.exec('CREATE TABLE x (y INTEGER); INSERT INTO x VALUES (1)')
      for (const f of [file, `${file}-wal`, `${file}-shm`])
        expect(statSync(f).mode & 0o777).toBe(0o600)
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      db.close()
    },
  )
})
