// Terminal records the simulator cannot change under a running station (what a terminal can
// hold after a firmware upgrade, its site): the apply state follows them. The real store and
// apply-state service on an in-memory roster; terminal records and holdings written as
// device-service and the apply runner write them.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  applyStateService,
  type ApplyStateService,
} from '../../../src/main/station/apply/apply-state'
import { desiredPersons } from '../../../src/main/station/apply/hashes'
import type { StationContext } from '../../../src/main/station/context'
import { openStore, type Store } from '../../../src/main/store'
import type { DeviceRecord } from '../../../src/main/store/devices-repo'
import { capabilitySummary, deviceRecord } from '../../helpers/device-record'
import { personRecord } from '../../helpers/person-record'
import { storeContext } from '../../helpers/store-context'

const AT = '2026-01-01T00:00:00.000Z'
let store: Store
let ctx: StationContext
let service: ApplyStateService

const terminal = (over: Partial<DeviceRecord> = {}): DeviceRecord =>
  deviceRecord({
    id: 'gate',
    name: 'Gate',
    site: 'North',
    model: 'DS-K2604',
    capabilities: capabilitySummary(),
    createdAt: AT,
    updatedAt: AT,
    ...over,
  })
const stateOf = (employeeNo: string) =>
  store.search.search(employeeNo, 0, 1).items.find((p) => p.employeeNo === employeeNo)?.applyState

beforeEach(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-apply-state-'))
  store = openStore(':memory:')
  ctx = storeContext(dataDir, store, { now: () => new Date(AT) })
  store.persons.put(personRecord('77', { name: 'Nia Costa', gender: 'female', groupName: 'Night' }))
  store.credentials.cards.put({ employeeNo: '77', cardNo: '7700', cardType: 'normalCard' }, AT)
  store.credentials.faces.put(
    {
      employeeNo: '77',
      bytes: 2,
      width: 1,
      height: 1,
      sha256: 'face-77',
      source: 'file',
      capturedAt: AT,
    },
    Buffer.from([0xff, 0xd8]),
  )
  store.devices.put(terminal())
  // what an apply to a card controller leaves: the person and the card, no face
  const want = desiredPersons(
    store.snapshot.persons(['77']),
    store.snapshot.credentials(['77']),
    (sealed) => ctx.secrets.open(sealed),
  ).get('77')!
  store.holdings.put('gate', { ...want, faceHash: null }, AT)
  service = applyStateService(ctx)
})
afterEach(() => {
  service.close()
  store.close()
})

describe('the apply state follows terminal records', () => {
  it('a terminal that becomes able to hold faces makes a person with a face pending', () => {
    expect(stateOf('77')).toBe('applied')
    store.devices.put(terminal({ capabilities: capabilitySummary({ face: true }) }))
    service.afterDeviceChange()
    expect(stateOf('77')).toBe('pending')
    store.devices.put(terminal({ name: 'Gate 2', capabilities: capabilitySummary({ face: true }) }))
    service.afterDeviceChange() // a new name changes nothing the state depends on
    expect(stateOf('77')).toBe('pending')
  })

  it('a terminal moved out of the site a rule sends the person to leaves them to be removed', () => {
    store.assignments.add('group:Night', 'site:North', AT)
    service.afterRuleChange('group:Night', 0)
    expect(stateOf('77')).toBe('applied')
    store.devices.put(terminal({ site: 'South' }))
    service.afterDeviceChange()
    expect(stateOf('77')).toBe('pending') // held, no longer assigned: removal pending
    store.holdings.remove('gate', '77')
    service.recompute(['77'])
    expect(stateOf('77')).toBe('none')
  })
})
