// The department tree (migration 0220): paths, with how many persons each holds directly.
import type { Database } from 'better-sqlite3'

export interface DepartmentRow {
  path: string
  persons: number
}

export function departmentsRepo(db: Database) {
  const list = db.prepare<[], DepartmentRow>(`
    SELECT d.path, (SELECT count(*) FROM persons p WHERE p.group_name = d.path) AS persons
    FROM departments d ORDER BY d.path`)
  const add = db.prepare<[string]>('INSERT OR IGNORE INTO departments (path) VALUES (?)')
  const has = db.prepare<[string], string>('SELECT path FROM departments WHERE path = ?').pluck()
  const below = db
    .prepare<{ path: string }, string>(
      "SELECT path FROM departments WHERE substr(path, 1, length(@path) + 1) = @path || '/'",
    )
    .pluck()
  const membersIn = db
    .prepare<{ path: string }, number>(
      "SELECT count(*) FROM persons WHERE group_name = @path OR substr(group_name, 1, length(@path) + 1) = @path || '/'",
    )
    .pluck()
  const remove = db.prepare<[string]>('DELETE FROM departments WHERE path = ?')
  const renameDepartments = db.prepare<{ from: string; to: string }>(`
    UPDATE departments SET path = @to || substr(path, length(@from) + 1)
    WHERE path = @from OR substr(path, 1, length(@from) + 1) = @from || '/'`)
  const renamePersons = db.prepare<{ from: string; to: string }>(`
    UPDATE persons SET group_name = @to || substr(group_name, length(@from) + 1)
    WHERE group_name = @from OR substr(group_name, 1, length(@from) + 1) = @from || '/'`)
  const members = db
    .prepare<{ path: string }, string>(
      "SELECT employee_no FROM persons WHERE group_name = @path OR substr(group_name, 1, length(@path) + 1) = @path || '/' ORDER BY rowid",
    )
    .pluck()
  return {
    list: (): DepartmentRow[] => list.all(),
    has: (path: string): boolean => has.get(path) !== undefined,
    /** Adds the path and its parents (an existing one is kept). */
    add(path: string): void {
      const parts = path.split('/')
      for (let i = 1; i <= parts.length; i++) add.run(parts.slice(0, i).join('/'))
    },
    /** Sub-departments (all levels) of a path. */
    below: (path: string): string[] => below.all({ path }),
    /** Persons in the department or below it. */
    personCount: (path: string): number => membersIn.get({ path }) ?? 0,
    /** employeeNos in the department or below it (roster order). */
    members: (path: string): string[] => members.all({ path }),
    remove: (path: string): boolean => remove.run(path).changes > 0,
    /** Moves or renames a department with everything below it, persons included; how many persons moved. */
    move(from: string, to: string): number {
      renameDepartments.run({ from, to })
      return renamePersons.run({ from, to }).changes
    },
  }
}
