// The planner reads, hashes and plans a page of persons at a time (issue 19.2): no batch it
// hands the journal holds more than a page of persons, whatever the roster, and the steps still
// come out as one plan per terminal — removals first, numbered 1…n without a gap, nothing sent
// twice, nothing that is already held. The real store on an in-memory roster.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { desiredPersons } from '../../../src/main/station/apply/hashes'
import { jobPlanner, PLAN_PAGE } from '../../../src/main/station/apply/job-plan'
import type { StationContext } from '../../../src/main/station/context'
import { openStore, type Store } from '../../../src/main/store'
import type { DeviceRecord } from '../../../src/main/store/devices-repo'
import type { PlannedStep } from '../../../src/main/store/journal-repo'
import { DEFAULT_VALIDITY } from '../../../src/main/store/persons-repo'
import { deviceRecord } from '../../helpers/device-record'
import { storeContext } from '../../helpers/store-context'

const AT = '2026-01-01T00:00:00.000Z'
const PERSONS = PLAN_PAGE * 2 + 600
let store: Store
let ctx: StationContext

const terminal = (id: string, site: string, port: number): DeviceRecord =>
  deviceRecord({ id, site, port, model: 'DS-K1T671', createdAt: AT, updatedAt: AT })

beforeEach(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-plan-pages-'))
  store = openStore(':memory:')
  ctx = storeContext(dataDir, store, { now: () => new Date(AT) })
  store.db.transaction(() => {
    for (let i = 1; i <= PERSONS; i++) {
      const no = String(i)
      store.persons.put({
        employeeNo: no,
        name: `P ${no}`,
        userType: 'normal',
        gender: 'unknown',
        // person 5's validity has ended: held, they are removed
        valid:
          i === 5
            ? { ...DEFAULT_VALIDITY, enable: true, endTime: '2025-01-01T00:00:00' }
            : DEFAULT_VALIDITY,
        doorRights: [1],
        planTemplateNo: '1',
        pinSealed: null,
        groupName: i % 10 === 0 ? 'Night' : '',
        notes: '',
        createdAt: AT,
        updatedAt: AT,
      })
      store.credentials.cards.put({ employeeNo: no, cardNo: `9${no}`, cardType: 'normalCard' }, AT)
    }
  })()
  store.devices.put(terminal('gate', 'North', 80))
  store.devices.put(terminal('night', 'South', 81))
  // everyone goes to the North site; the South terminal takes the Night group only
  store.assignments.add('all', 'site:North', AT)
  store.assignments.add('group:Night', 'site:South', AT)
  // the gate holds two persons the roster no longer has, person 5, and person 10 as wanted
  const want = desiredPersons(
    store.snapshot.persons(['10']),
    store.snapshot.credentials(['10']),
    () => '',
  )
  store.holdings.put('gate', want.get('10')!, AT)
  for (const no of ['gone-1', '5', 'gone-2'])
    store.holdings.put('gate', { ...want.get('10')!, employeeNo: no }, AT)
})
afterEach(() => store.close())

it('plans a page of persons at a time, each terminal numbered in order with its removals first', () => {
  const { plan } = jobPlanner(ctx, { record: (id) => store.devices.get(id)! })
  const batches: PlannedStep[][] = [...plan(undefined)]
  for (const batch of batches) {
    expect(new Set(batch.map((s) => s.deviceId)).size).toBe(1)
    expect(new Set(batch.map((s) => s.employeeNo)).size).toBeLessThanOrEqual(PLAN_PAGE)
  }
  const of = (deviceId: string) => batches.flat().filter((s) => s.deviceId === deviceId)
  const gate = of('gate')
  const night = of('night')
  expect(gate.map((s) => s.seq)).toEqual(gate.map((_, i) => i + 1))
  expect(night.map((s) => s.seq)).toEqual(night.map((_, i) => i + 1))
  // removals first; person 10 is held as wanted: nothing for them
  expect(gate.slice(0, 3).map((s) => `${s.kind} ${s.employeeNo}`)).toEqual([
    'deletePerson 5',
    'deletePerson gone-1',
    'deletePerson gone-2',
  ])
  expect(gate.filter((s) => s.employeeNo === '10')).toEqual([])
  expect(gate).toHaveLength(3 + (PERSONS - 2) * 2)
  expect(new Set(gate.map((s) => `${s.kind} ${s.employeeNo}`)).size).toBe(gate.length)
  // the Night group only, in roster order
  expect(night.filter((s) => s.kind === 'person').map((s) => s.employeeNo)).toEqual(
    Array.from({ length: PERSONS / 10 }, (_, i) => String((i + 1) * 10)),
  )
  expect(batches.length).toBeGreaterThan(3)
})

it('a plan of chosen persons reads only them', () => {
  const { planEach } = jobPlanner(ctx, { record: (id) => store.devices.get(id)! })
  const steps = [...planEach([['gate', new Set(['gone-1', '5', '7', '10'])]])].flat()
  expect(steps.map((s) => `${s.seq} ${s.kind} ${s.employeeNo}`)).toEqual([
    '1 deletePerson 5',
    '2 deletePerson gone-1',
    '3 person 7',
    '4 card 7',
  ])
})
