// Duplicate checks over the roster, before anything reaches a terminal: persons who share a
// card (after normalising its spelling), an employee number (after normalising), the same
// fingerprint template bytes or the same face picture bytes. Read straight from the tables in
// one pass each; groups an operator dismissed stay hidden while their members are the same.
import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { DuplicateGroup, DuplicateKind } from '@shared/contract/onboard'
import { normaliseCardNo, normaliseEmployeeNo } from '@shared/card-formats'

type Member = DuplicateGroup['members'][number]

function collect(kind: DuplicateKind, rows: Iterable<{ key: string } & Member>): DuplicateGroup[] {
  const byKey = new Map<string, Member[]>()
  for (const { key, ...m } of rows) {
    const list = byKey.get(key)
    if (list) list.push(m)
    else byKey.set(key, [m])
  }
  const groups: DuplicateGroup[] = []
  for (const [key, members] of byKey) {
    if (new Set(members.map((m) => m.employeeNo)).size < 2) continue
    groups.push({
      kind,
      key,
      members: members.sort((a, b) => a.employeeNo.localeCompare(b.employeeNo)),
    })
  }
  return groups
}

function* cards(db: Database) {
  const q = db.prepare<[], { card_no: string; employee_no: string; name: string }>(
    'SELECT c.card_no, c.employee_no, p.name FROM cards c JOIN persons p USING (employee_no)',
  )
  for (const r of q.iterate())
    yield {
      key: normaliseCardNo(r.card_no),
      employeeNo: r.employee_no,
      name: r.name,
      value: r.card_no,
    }
}

function* employeeNos(db: Database) {
  const q = db.prepare<[], { employee_no: string; name: string }>(
    'SELECT employee_no, name FROM persons',
  )
  for (const r of q.iterate())
    yield {
      key: normaliseEmployeeNo(r.employee_no),
      employeeNo: r.employee_no,
      name: r.name,
      value: r.employee_no,
    }
}

function* fingerprints(db: Database) {
  const q = db.prepare<
    [],
    { template: Buffer; finger_id: number; employee_no: string; name: string }
  >(
    'SELECT f.template, f.finger_id, f.employee_no, p.name FROM fingerprints f JOIN persons p USING (employee_no)',
  )
  for (const r of q.iterate())
    yield {
      key: createHash('sha256').update(r.template).digest('hex'),
      employeeNo: r.employee_no,
      name: r.name,
      value: String(r.finger_id),
    }
}

function* faces(db: Database) {
  const q = db.prepare<[], { sha256: string; employee_no: string; name: string }>(
    'SELECT f.sha256, f.employee_no, p.name FROM faces f JOIN persons p USING (employee_no)',
  )
  for (const r of q.iterate())
    yield { key: r.sha256, employeeNo: r.employee_no, name: r.name, value: '' }
}

export const membersOf = (g: Pick<DuplicateGroup, 'members'>): string =>
  [...new Set(g.members.map((m) => m.employeeNo))].sort().join('\n')

/** The groups an operator has not dismissed (or whose members changed since). */
export function withoutDismissed(db: Database, groups: DuplicateGroup[]): DuplicateGroup[] {
  if (groups.length === 0) return groups
  const dismissed = new Map(
    db
      .prepare<[], { kind: string; key: string; members: string }>(
        'SELECT kind, key, members FROM duplicate_dismissals',
      )
      .all()
      .map((r) => [`${r.kind}\u0000${r.key}`, r.members]),
  )
  return groups.filter((g) => dismissed.get(`${g.kind}\u0000${g.key}`) !== membersOf(g))
}

/** Every duplicate group the roster holds now, dismissed ones left out. */
export function findDuplicates(db: Database): DuplicateGroup[] {
  return withoutDismissed(db, [
    ...collect('card', cards(db)),
    ...collect('employeeNo', employeeNos(db)),
    ...collect('fingerprint', fingerprints(db)),
    ...collect('face', faces(db)),
  ])
}
