import type { Database } from 'better-sqlite3'
import type { Assignment } from '@shared/model'

export function assignmentsRepo(db: Database) {
  const all = db.prepare<
    [],
    { id: number; person_scope: string; device_scope: string; created_at: string }
  >('SELECT id, person_scope, device_scope, created_at FROM assignments ORDER BY id')
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO assignments (person_scope, device_scope, created_at) VALUES (?, ?, ?) ON CONFLICT (person_scope, device_scope) DO NOTHING',
  )
  const find = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM assignments WHERE person_scope = ? AND device_scope = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM assignments WHERE id = ?')
  // changes committed by another connection (a CLI process) move data_version
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  const list = (): Assignment[] =>
    all.all().map((r) => ({
      id: r.id,
      personScope: r.person_scope,
      deviceScope: r.device_scope,
      createdAt: r.created_at,
    }))
  let writes = 0
  let cached: { key: string; rules: readonly Assignment[] } | null = null
  return {
    list,
    /**
     * The rules as they are now, read again only after a write here or a commit by another
     * connection (an apply asks before every step: one pragma instead of a query and a copy).
     */
    current(): readonly Assignment[] {
      const key = `${writes}:${dataVersion.get()}`
      if (cached?.key !== key) cached = { key, rules: list() }
      return cached.rules
    },
    /** Idempotent: adding an existing rule returns it. */
    add(personScope: string, deviceScope: string, at: string): number {
      writes++
      insert.run(personScope, deviceScope, at)
      return find.get(personScope, deviceScope)!.id
    },
    remove: (id: number): boolean => {
      writes++
      return remove.run(id).changes > 0
    },
  }
}
