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

export function rosterSnapshotRepo(db: Database) {
  const personRows = db.prepare<{ list: string }, PersonRow>(
    'SELECT * FROM persons WHERE employee_no IN (SELECT value FROM json_each(@list))',
  )
  const employeeNos = db.prepare('SELECT employee_no FROM persons ORDER BY rowid').pluck()
  const listedNos = db
    .prepare<{ list: string }>(
      'SELECT employee_no FROM persons WHERE employee_no IN (SELECT value FROM json_each(@list)) ORDER BY rowid',
    )
    .pluck()
  const groupMembers = db
    .prepare<[string]>('SELECT employee_no FROM persons WHERE group_name = ? ORDER BY rowid')
    .pluck()
  // each credential query twice: the whole table, or the listed persons by index (an OR of the
  // two would scan the whole table for a list of one)
  const both = (select: string, from: string) => ({
    all: db.prepare(`${select} FROM ${from}`),
    listed: db.prepare(
      `${select} FROM ${from} WHERE employee_no IN (SELECT value FROM json_each(@list))`,
    ),
  })
  const cards = both(
    'SELECT employee_no AS employeeNo, card_no AS cardNo, card_type AS cardType',
    'cards',
  )
  // the hash index alone (0080, faces_hash since 0330): the faces table would walk each 60 KB picture to reach sha256
  const faces = both('SELECT employee_no AS employeeNo, sha256', 'faces INDEXED BY faces_hash')
  const fingerprints = both(
    'SELECT employee_no AS employeeNo, finger_id AS fingerId, finger_type AS fingerType, template',
    'fingerprints',
  )
  const irises = both('SELECT employee_no AS employeeNo, eye, data', 'irises')
  const read = (q: ReturnType<typeof both>, list?: readonly string[]) =>
    list ? q.listed.all({ list: JSON.stringify(list) }) : q.all.all()

  return {
    /** employeeNos in roster order, all or those of the list that exist. */
    employeeNos: (list?: readonly string[]): string[] =>
      (list ? listedNos.all({ list: JSON.stringify(list) }) : employeeNos.all()) as string[],
    groupMembers: (group: string): string[] => groupMembers.all(group) as string[],
    /** The listed persons that exist, in the order of the list. */
    persons(list: readonly string[]): PersonRecord[] {
      const byNo = new Map<string, PersonRecord>()
      for (const row of personRows.all({ list: JSON.stringify(list) }))
        byNo.set(row.employee_no, personFromRow(row))
      return list.map((no) => byNo.get(no)).filter((p): p is PersonRecord => p !== undefined)
    },
    /** Every person's credentials, or the listed persons' (by index). */
    credentials(list?: readonly string[]): CredentialRows {
      return {
        cards: read(cards, list) as CredentialRows['cards'],
        faces: read(faces, list) as CredentialRows['faces'],
        fingerprints: read(fingerprints, list) as CredentialRows['fingerprints'],
        irises: read(irises, list) as CredentialRows['irises'],
      }
    },
  }
}
