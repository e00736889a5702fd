// Which persons a name search means: those whose roster name contains the text (the roster's
// trigram index for three characters or more, its name column below that) and those whose
// events carried a name containing it (event_names: one row per name and person, not per
// event). Events that carried a name but no employee number are matched by that name.
// Case-insensitive: Unicode case folding through the trigram index, ASCII through LIKE.
// A person search (the UI's one box) also takes the text as an exact employee number.
import type { Database } from 'better-sqlite3'

export interface NameMatch {
  /** Persons (employee numbers) whose events match. */
  employeeNos: string[]
  /** Names matched on events that carried no employee number. */
  names: string[]
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
const ftsPhrase = (text: string): string => `name : "${text.replaceAll('"', '""')}"`

export function eventNameMatcher(db: Database) {
  const rosterByIndex = db.prepare<[string], { e: string }>(
    `SELECT p.employee_no AS e FROM person_fts f JOIN persons p ON p.rowid = f.rowid
     WHERE person_fts MATCH ?`,
  )
  const rosterByScan = db.prepare<[string], { e: string }>(
    "SELECT employee_no AS e FROM persons WHERE name LIKE ? ESCAPE '\\'",
  )
  const carried = db.prepare<[string], { name: string; e: string }>(
    "SELECT name, employee_no AS e FROM event_names WHERE name LIKE ? ESCAPE '\\'",
  )
  return (text: string, orEmployeeNo = false): NameMatch => {
    const q = text.trim()
    const like = likePattern(q)
    const employeeNos = new Set(
      ([...q].length >= 3 ? rosterByIndex.all(ftsPhrase(q)) : rosterByScan.all(like)).map(
        (r) => r.e,
      ),
    )
    if (orEmployeeNo) employeeNos.add(q)
    const names: string[] = []
    for (const r of carried.all(like)) {
      if (r.e === '') names.push(r.name)
      else employeeNos.add(r.e)
    }
    return { employeeNos: [...employeeNos], names }
  }
}
