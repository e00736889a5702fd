// Access groups (issue 17.3): a person belongs to persons.group_name (the first group, kept for
// every reader that knows one group) plus any number of further groups in person_groups. A
// person's terminals are the union of the rules matching any of them.
import type { Database } from 'better-sqlite3'

/** A person's groups in order: the first (group_name) then the others, no blanks, no repeats. */
export function normaliseGroups(groups: readonly string[]): string[] {
  return [...new Set(groups.map((g) => g.trim()).filter((g) => g !== ''))]
}

export function accessGroupsRepo(db: Database) {
  const extra = db
    .prepare<[string]>(
      'SELECT group_name FROM person_groups WHERE employee_no = ? ORDER BY group_name',
    )
    .pluck()
  const first = db.prepare<[string]>('SELECT group_name FROM persons WHERE employee_no = ?').pluck()
  const clear = db.prepare<[string]>('DELETE FROM person_groups WHERE employee_no = ?')
  const add = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO person_groups (employee_no, group_name) VALUES (?, ?)',
  )
  const members = db
    .prepare<{ group: string }>(
      `SELECT employee_no FROM persons WHERE rowid IN (
         SELECT rowid FROM persons WHERE group_name = @group
         UNION SELECT p.rowid FROM person_groups g JOIN persons p USING (employee_no)
               WHERE g.group_name = @group)
       ORDER BY rowid`,
    )
    .pluck()
  const counts = db.prepare<[], { name: string; n: number }>(
    `SELECT name, count(*) AS n FROM (
       SELECT group_name AS name, employee_no FROM persons WHERE group_name <> ''
       UNION SELECT group_name, employee_no FROM person_groups)
     GROUP BY name ORDER BY name`,
  )

  return {
    /** Every group of a person, the first one first ([] for an unknown person). */
    of(employeeNo: string): string[] {
      const head = first.get(employeeNo) as string | undefined
      if (head === undefined) return []
      return normaliseGroups([head, ...(extra.all(employeeNo) as string[])])
    },
    /** The person's groups besides the first (group_name), replaced as a whole. */
    setOthers(employeeNo: string, groups: readonly string[]): void {
      clear.run(employeeNo)
      for (const g of normaliseGroups(groups)) add.run(employeeNo, g)
    },
    /** Persons in a group (as their first group or another), in roster order. */
    members: (group: string): string[] => members.all({ group }) as string[],
    /** Every group and how many persons are in it (a person counts once per group). */
    counts: (): { name: string; persons: number }[] =>
      counts.all().map((c) => ({ name: c.name, persons: c.n })),
  }
}
