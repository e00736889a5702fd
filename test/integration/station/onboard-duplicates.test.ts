// Duplicate checks over the roster (issue 14 item 4): listed, resolved by the operator's
// choice, never silently changed; a dismissal holds until the group's members change.
import { afterEach, describe, expect, it } from 'vitest'
import type { DuplicateGroup } from '../../../src/shared/contract/onboard'
import type { Result } from '../../../src/shared/result'
import type { Store } from '../../../src/main/store'
import { runCli } from '../../helpers/cli'
import { testStation, type TestStation } from '../../helpers/station'

let t: TestStation
afterEach(async () => t?.station.close())

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const TEMPLATE = Buffer.from('fingerprint-template-bytes-0001').toString('base64')

async function seeded(onDisk = false) {
  let store: Store | undefined
  t = testStation({ onDisk, onStoreOpen: (s) => (store = s) })
  const s = t.station
  for (const [employeeNo, name] of [
    ['E-0012', 'Ada Byron'],
    ['e12', 'Ada Lovelace'],
    ['100', 'Grace Hopper'],
    ['101', 'Alan Turing'],
    ['102', 'Edsger Dijkstra'],
  ] as const)
    value(await s.call('persons.save', { employeeNo, name, create: true }))
  value(await s.call('persons.addCard', { employeeNo: '100', cardNo: '0012345' }))
  value(await s.call('persons.addCard', { employeeNo: '101', cardNo: '12345' }))
  // the very same card number is refused, naming its owner
  const same = await s.call('persons.addCard', { employeeNo: '102', cardNo: '12345' })
  expect(same.ok).toBe(false)
  if (!same.ok) {
    expect(same.error.code).toBe('CONFLICT')
    expect(same.error.message).toContain('101')
  }
  const at = new Date().toISOString()
  for (const employeeNo of ['101', '102'])
    store!.credentials.fingerprints.put(
      {
        employeeNo,
        fingerId: 1,
        fingerType: 'normalFP',
        template: TEMPLATE,
        quality: 80,
        sourceModel: 'x',
      },
      at,
    )
  return s
}

describe('duplicate checks', () => {
  it('finds the same card, employee number and fingerprint on two persons', async () => {
    const s = await seeded()
    const groups = value<DuplicateGroup[]>(await s.call('persons.duplicates', {}))
    const byKind = Object.fromEntries(groups.map((g) => [g.kind, g]))
    expect(groups).toHaveLength(3)
    expect(byKind.card?.members.map((m) => [m.employeeNo, m.value])).toEqual([
      ['100', '0012345'],
      ['101', '12345'],
    ])
    expect(byKind.employeeNo?.members.map((m) => m.employeeNo)).toEqual(['E-0012', 'e12'])
    expect(byKind.fingerprint?.members.map((m) => m.employeeNo)).toEqual(['101', '102'])
  })

  it('is resolved by removing one side, or dismissed until the members change', async () => {
    const s = await seeded()
    value(await s.call('persons.removeCard', { employeeNo: '100', cardNo: '0012345' }))
    value(await s.call('persons.dismissDuplicate', { kind: 'employeeNo', key: 'E12' }))
    let groups = value<DuplicateGroup[]>(await s.call('persons.duplicates', {}))
    expect(groups.map((g) => g.kind)).toEqual(['fingerprint'])
    // a third spelling joins the group: listed again
    value(await s.call('persons.save', { employeeNo: 'E12', name: 'Ada King', create: true }))
    groups = value<DuplicateGroup[]>(await s.call('persons.duplicates', {}))
    expect(groups.find((g) => g.kind === 'employeeNo')?.members).toHaveLength(3)
    const gone = await s.call('persons.dismissDuplicate', { kind: 'card', key: '12345' })
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND')
  })

  it('CLI persons duplicates lists them and exits 1', async () => {
    await seeded(true)
    await t.station.close()
    const r = await runCli(t.dataDir, ['persons', 'duplicates'])
    expect(r.code).toBe(1)
    expect((r.json as DuplicateGroup[]).map((g) => g.kind).sort()).toEqual([
      'card',
      'employeeNo',
      'fingerprint',
    ])
  })
})
