import type { Migration } from './types'

// Departments as a tree of paths ("HQ/Front office"): a person's department is the path in
// persons.group_name; this table holds every department by its path so an empty one (just
// created, or emptied) still exists. The departments persons already name are entered, with
// their parents.
export const m0220Departments: Migration = {
  version: 220,
  name: 'departments',
  up: (db) => {
    db.exec(`
      CREATE TABLE departments (
        path TEXT PRIMARY KEY CHECK (length(path) BETWEEN 1 AND 64 AND path NOT LIKE '/%' AND path NOT LIKE '%/')
      ) STRICT, WITHOUT ROWID;
    `)
    const paths = db
      .prepare<[], string>("SELECT DISTINCT group_name FROM persons WHERE group_name <> ''")
      .pluck()
      .all()
    const add = db.prepare('INSERT OR IGNORE INTO departments (path) VALUES (?)')
    for (const path of paths) {
      const parts = path.split('/').filter(Boolean)
      for (let i = 1; i <= parts.length; i++) add.run(parts.slice(0, i).join('/'))
    }
  },
}
