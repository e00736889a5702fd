// A run's steps keep the person they read (and the rules' verdict) while the database's write
// mark stays the same: one read per person instead of one per step, yet never an old answer —
// a write here, raw SQL on this connection or a commit by another process (the CLI) reads afresh.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openStore, type Store } from '../../../src/main/store'
import { DEFAULT_VALIDITY, type PersonRecord } from '../../../src/main/store/persons-repo'
import { StepReads } from '../../../src/main/station/apply/step-reads'
import { personRecord } from '../../helpers/person-record'

let dir: string
let station: Store
let cli: Store

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'es-step-reads-'))
  station = openStore(join(dir, 'roster.db'))
  cli = openStore(join(dir, 'roster.db'))
})
afterEach(() => {
  station.close()
  cli.close()
  rmSync(dir, { recursive: true, force: true })
})

const person = (employeeNo: string, name: string, validEnable = false): PersonRecord =>
  personRecord(employeeNo, { name, valid: { ...DEFAULT_VALIDITY, enable: validEnable } })

it('keeps a person while nothing is written, and reads afresh after any write', () => {
  station.persons.put(person('7', 'Ana'))
  const asked: string[] = []
  const reads = new StepReads(station, (p) => (asked.push(p.name), true))
  const first = reads.person('7')!
  expect(reads.person('7')).toBe(first) // the next step of the same person: not read again
  expect(reads.assigned(first)).toBe(true)
  expect(reads.assigned(first)).toBe(true)
  expect(asked).toEqual(['Ana']) // the rules asked once
  station.persons.put(person('7', 'Ana Lima'))
  expect(reads.person('7')!.name).toBe('Ana Lima') // a write through the store
  cli.persons.put(person('7', 'Ana Lima Souza'))
  expect(reads.person('7')!.name).toBe('Ana Lima Souza') // another process's commit
  station.db.prepare("UPDATE persons SET name = 'A. L. Souza' WHERE employee_no = '7'").run()
  expect(reads.person('7')!.name).toBe('A. L. Souza') // raw SQL on this connection
  cli.persons.remove('7')
  expect(reads.person('7')).toBeUndefined()
})

it('asks the rules again each time for a person whose validity is on (the clock decides)', () => {
  station.persons.put(person('8', 'Bo', true))
  let calls = 0
  const reads = new StepReads(station, () => (calls++, true))
  const p = reads.person('8')!
  reads.assigned(p)
  reads.assigned(p)
  expect(calls).toBe(2)
})

it('forgets a finished person', () => {
  station.persons.put(person('9', 'Cy'))
  const reads = new StepReads(station, () => true)
  const first = reads.person('9')
  reads.forget('9')
  expect(reads.person('9')).not.toBe(first)
  expect(reads.person('9')).toEqual(first)
})
