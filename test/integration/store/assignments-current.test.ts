// The rules an apply asks about before every step come from a cache that a write through this
// store, or a commit by another process's connection (the CLI), makes stale: never an old rule.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openStore, type Store } from '../../../src/main/store'

const AT = '2026-01-01T00:00:00.000Z'
let dir: string
let station: Store
let cli: Store

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'es-rules-current-'))
  station = openStore(join(dir, 'roster.db'))
  cli = openStore(join(dir, 'roster.db'))
})
afterEach(() => {
  station.close()
  cli.close()
  rmSync(dir, { recursive: true, force: true })
})

const scopes = (s: Store) => s.assignments.current().map((r) => `${r.personScope}→${r.deviceScope}`)

it('reads the rules again after a write here and after a commit by another connection', () => {
  expect(scopes(station)).toEqual([])
  const first = station.assignments.current()
  expect(station.assignments.current()).toBe(first) // nothing changed: the same list, not a re-read
  const id = station.assignments.add('group:Night', 'site:North', AT)
  expect(scopes(station)).toEqual(['group:Night→site:North'])
  cli.assignments.add('all', 'site:South', AT)
  expect(scopes(station)).toEqual(['group:Night→site:North', 'all→site:South'])
  station.assignments.remove(id)
  expect(scopes(station)).toEqual(['all→site:South'])
  cli.db.prepare('DELETE FROM assignments').run()
  expect(scopes(station)).toEqual([])
})
