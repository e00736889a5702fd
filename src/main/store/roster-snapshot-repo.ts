// Bulk reads of the roster for the apply planner: a handful of queries for the whole roster
// (or a list of persons), never one query per person.
import type { Database } from 'better-sqlite3'
import type { CardType, FingerType } from '@shared/model'
import { personFromRow, type PersonRecord, type PersonRow } from './persons-repo'

export interface CredentialRows {
  cards: { employeeNo: string; cardNo: string; cardType: CardType }[]
  faces: { employeeNo: string; sha256: string }[]
  fingerprints: { employeeNo: string; fingerId: number; fingerType: FingerType; template: Buffer }[]
  irises: { employeeNo: string; eye: 'left' | 'right'; data: Buffer }[]
}

const FILTER = '(@all = 1 OR employee_no IN (SELECT value FROM json_each(@list)))'

export function rosterSnapshotRepo(db: Database) {
  const personRows = db.prepare<{ list: string }, PersonRow>(
    'SELECT * FROM persons WHERE employee_no IN (SELECT value FROM json_each(@list))',
  )
  const employeeNos = db
    .prepare(`SELECT employee_no FROM persons WHERE ${FILTER} ORDER BY rowid`)
    .pluck()
  const groupMembers = db
    .prepare<[string]>('SELECT employee_no FROM persons WHERE group_name = ? ORDER BY rowid')
    .pluck()
  const cards = db.prepare(
    `SELECT employee_no AS employeeNo, card_no AS cardNo, card_type AS cardType FROM cards WHERE ${FILTER}`,
  )
  // the digest index alone (0080): the faces table would walk each 60 KB picture to reach sha256
  const faces = db.prepare(
    `SELECT employee_no AS employeeNo, sha256 FROM faces INDEXED BY faces_digest WHERE ${FILTER}`,
  )
  const fingerprints = db.prepare(
    `SELECT employee_no AS employeeNo, finger_id AS fingerId, finger_type AS fingerType, template FROM fingerprints WHERE ${FILTER}`,
  )
  const irises = db.prepare(
    `SELECT employee_no AS employeeNo, eye, data FROM irises WHERE ${FILTER}`,
  )

  const params = (list?: readonly string[]) => ({
    all: list ? 0 : 1,
    list: JSON.stringify(list ?? []),
  })

  return {
    /** employeeNos in roster order, all or those of the list that exist. */
    employeeNos: (list?: readonly string[]): string[] => employeeNos.all(params(list)) as string[],
    groupMembers: (group: string): string[] => groupMembers.all(group) as string[],
    /** The listed persons that exist, in the order of the list. */
    persons(list: readonly string[]): PersonRecord[] {
      const byNo = new Map<string, PersonRecord>()
      for (const row of personRows.all({ list: JSON.stringify(list) }))
        byNo.set(row.employee_no, personFromRow(row))
      return list.map((no) => byNo.get(no)).filter((p): p is PersonRecord => p !== undefined)
    },
    credentials(list?: readonly string[]): CredentialRows {
      const p = params(list)
      return {
        cards: cards.all(p) as CredentialRows['cards'],
        faces: faces.all(p) as CredentialRows['faces'],
        fingerprints: fingerprints.all(p) as CredentialRows['fingerprints'],
        irises: irises.all(p) as CredentialRows['irises'],
      }
    },
  }
}
