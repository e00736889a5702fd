import { describe, expect, it } from 'vitest'
import type { DeviceCapabilitySummary } from '../../../src/shared/model'
import { capabilitySummary } from '../../helpers/device-record'
import { planDevice } from '../../../src/main/station/apply/planner'
import type { DesiredPerson } from '../../../src/main/station/apply/hashes'

const caps = (over: Partial<DeviceCapabilitySummary> = {}): DeviceCapabilitySummary =>
  capabilitySummary({
    fingerprint: true,
    face: true,
    captureCard: true,
    captureFingerprint: true,
    captureFace: true,
    maxPersons: 1000,
    maxCards: 1000,
    maxFaces: 1000,
    ...over,
  })
const person = (no: string, over: Partial<DesiredPerson> = {}): DesiredPerson => ({
  employeeNo: no,
  personHash: `p-${no}`,
  cards: [],
  faceHash: null,
  fingerprints: [],
  irises: [],
  ...over,
})
const plan = (
  desired: DesiredPerson[],
  held: DesiredPerson[],
  capabilities = caps(),
  only?: string[],
) =>
  planDevice({
    deviceId: 'd1',
    deviceName: 'Lobby',
    desired: new Map(desired.map((p) => [p.employeeNo, p])),
    held: new Map(held.map((p) => [p.employeeNo, p])),
    capabilities,
    only: only ? new Set(only) : undefined,
  }).map((s) => [s.employeeNo, s.kind, s.target, s.state])

describe('apply planner', () => {
  it('sends a new person, then each credential', () => {
    expect(
      plan(
        [
          person('1', {
            cards: [{ cardNo: '0042', cardType: 'normalCard' }],
            faceHash: 'f1',
            fingerprints: [{ fingerId: 2, hash: 'abc' }],
          }),
        ],
        [],
      ),
    ).toEqual([
      ['1', 'person', '', 'pending'],
      ['1', 'card', '0042', 'pending'],
      ['1', 'face', '', 'pending'],
      ['1', 'fingerprint', '2', 'pending'],
    ])
  })

  it('plans nothing when the device already holds exactly the roster', () => {
    const p = person('1', { cards: [{ cardNo: '7', cardType: 'normalCard' }], faceHash: 'f' })
    expect(plan([p], [p])).toEqual([])
  })

  it('sends only what changed: a renamed person, a changed face, a card swapped', () => {
    const held = person('1', { cards: [{ cardNo: '7', cardType: 'normalCard' }], faceHash: 'old' })
    const want = person('1', {
      personHash: 'p-1-renamed',
      cards: [{ cardNo: '8', cardType: 'normalCard' }],
      faceHash: 'new',
    })
    expect(plan([want], [held])).toEqual([
      ['1', 'person', '', 'pending'],
      ['1', 'deleteCard', '7', 'pending'],
      ['1', 'card', '8', 'pending'],
      ['1', 'face', '', 'pending'],
    ])
  })

  it('re-sends a card whose type changed without deleting it', () => {
    expect(
      plan(
        [person('1', { cards: [{ cardNo: '7', cardType: 'superCard' }] })],
        [person('1', { cards: [{ cardNo: '7', cardType: 'normalCard' }] })],
      ),
    ).toEqual([['1', 'card', '7', 'pending']])
  })

  it('removes persons no longer assigned, first', () => {
    expect(plan([person('2')], [person('1'), person('2')])).toEqual([
      ['1', 'deletePerson', '', 'pending'],
    ])
  })

  it('removes a face and a finger that left the roster', () => {
    expect(
      plan(
        [person('1')],
        [person('1', { faceHash: 'f', fingerprints: [{ fingerId: 3, hash: 'x' }] })],
      ),
    ).toEqual([
      ['1', 'deleteFace', '', 'pending'],
      ['1', 'deleteFingerprint', '3', 'pending'],
    ])
  })

  it('skips with a reason what the device cannot hold', () => {
    const steps = planDevice({
      deviceId: 'd',
      deviceName: 'Gate (DS-K2602)',
      desired: new Map([
        ['1', person('1', { faceHash: 'f', cards: [{ cardNo: '1', cardType: 'normalCard' }] })],
      ]),
      held: new Map(),
      capabilities: caps({ face: false }),
    })
    expect(steps.map((s) => [s.kind, s.state, s.reason])).toEqual([
      ['person', 'pending', null],
      ['card', 'pending', null],
      ['face', 'skipped', 'Gate (DS-K2602) cannot hold face pictures.'],
    ])
  })

  it('reports what the device cannot hold only when the person first goes there', () => {
    const noFace = caps({ face: false })
    expect(
      plan([person('1', { faceHash: 'f2', personHash: 'changed' })], [person('1')], noFace),
    ).toEqual([['1', 'person', '', 'pending']])
  })

  it('re-sends the kept eye when one iris is removed (terminals delete irises per person)', () => {
    const caps2 = caps({ iris: true })
    expect(
      plan(
        [person('1', { irises: [{ eye: 'left', hash: 'a' }] })],
        [
          person('1', {
            irises: [
              { eye: 'left', hash: 'a' },
              { eye: 'right', hash: 'b' },
            ],
          }),
        ],
        caps2,
      ),
    ).toEqual([
      ['1', 'deleteIris', '', 'pending'],
      ['1', 'iris', 'left', 'pending'],
    ])
  })

  it('limits the plan to the persons asked for', () => {
    expect(plan([person('1'), person('2')], [person('3')], caps(), ['2', '3'])).toEqual([
      ['3', 'deletePerson', '', 'pending'],
      ['2', 'person', '', 'pending'],
    ])
  })

  it('numbers steps in order', () => {
    const steps = planDevice({
      deviceId: 'd',
      deviceName: 'x',
      desired: new Map([
        [
          '1',
          person('1', {
            cards: [
              { cardNo: '1', cardType: 'a' },
              { cardNo: '2', cardType: 'a' },
            ],
          }),
        ],
      ]),
      held: new Map(),
      capabilities: null,
    })
    expect(steps.map((s) => s.seq)).toEqual([1, 2, 3])
  })
})
