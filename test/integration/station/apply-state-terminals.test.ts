// Terminal records the simulator cannot change under a running station (what a terminal can
// hold after a firmware upgrade, its site): the apply state follows them. The real store and
// apply-state service on an in-memory roster; terminal records and holdings written as
// device-service and the apply runner write them.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/platform/logger'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'
import {
  applyStateService,
  type ApplyStateService,
} from '../../../src/main/station/apply/apply-state'
import { desiredPersons } from '../../../src/main/station/apply/hashes'
import type { StationContext } from '../../../src/main/station/context'
import { createEventBus } from '../../../src/main/station/event-bus'
import { openStore, type Store } from '../../../src/main/store'
import type { DeviceRecord } from '../../../src/main/store/devices-repo'
import { DEFAULT_VALIDITY } from '../../../src/main/store/persons-repo'
import type { DeviceCapabilitySummary } from '../../../src/shared/model'
import { auditWriter } from '../../../src/main/station/audit/feature'
import { deviceRecord } from '../../helpers/device-record'

const AT = '2026-01-01T00:00:00.000Z'
let store: Store
let ctx: StationContext
let service: ApplyStateService

const caps = (over: Partial<DeviceCapabilitySummary>): DeviceCapabilitySummary => ({
  card: true,
  fingerprint: false,
  face: false,
  iris: false,
  captureCard: false,
  captureFingerprint: false,
  captureFace: false,
  captureIris: false,
  maxPersons: null,
  maxCards: null,
  maxFaces: null,
  maxFingerprints: null,
  employeeNoMaxLength: 32,
  employeeNoCharacters: 'any',
  nameMaxBytes: 128,
  doors: 1,
  fullDelete: true,
  ...over,
})
const terminal = (over: Partial<DeviceRecord> = {}): DeviceRecord =>
  deviceRecord({
    id: 'gate',
    name: 'Gate',
    site: 'North',
    model: 'DS-K2604',
    capabilities: caps({}),
    createdAt: AT,
    updatedAt: AT,
    ...over,
  })
const stateOf = (employeeNo: string) =>
  store.search.search(employeeNo, 0, 1).items.find((p) => p.employeeNo === employeeNo)?.applyState

beforeEach(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-apply-state-'))
  store = openStore(':memory:')
  ctx = {
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: { now: () => new Date(AT) },
    logger: silentLogger,
    bridge: 'test',
    version: 'test',
    store,
    audit: auditWriter(store, { now: () => new Date() }, 'test'),
    bus: createEventBus(),
    startedAt: new Date(AT),
  }
  store.persons.put({
    employeeNo: '77',
    name: 'Nia Costa',
    userType: 'normal',
    gender: 'female',
    valid: DEFAULT_VALIDITY,
    doorRights: [1],
    planTemplateNo: '1',
    pinSealed: null,
    groupName: 'Night',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
  })
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
    store.devices.put(terminal({ capabilities: caps({ face: true }) }))
    service.afterDeviceChange()
    expect(stateOf('77')).toBe('pending')
    store.devices.put(terminal({ name: 'Gate 2', capabilities: caps({ face: true }) }))
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
