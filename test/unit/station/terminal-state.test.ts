import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DesiredPerson } from '../../../src/main/station/apply/hashes'
import { planDevice } from '../../../src/main/station/apply/planner'
import {
  hashesOf,
  holdsRosterVersion,
  personApplyState,
  terminalState,
  type TerminalFacts,
} from '../../../src/main/station/apply/terminal-state'
import type { Holding } from '../../../src/main/store/holdings-repo'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  sortedEntries,
  type EntryKind,
  type HeldIris,
} from '../../../src/main/store/holding-entries'
import type { DeviceCapabilitySummary } from '../../../src/shared/model'
import { capabilitySummary } from '../../helpers/device-record'

const caps = (over: Partial<DeviceCapabilitySummary> = {}): DeviceCapabilitySummary =>
  capabilitySummary({
    fingerprint: true,
    face: true,
    iris: true,
    captureCard: true,
    captureFingerprint: true,
    captureFace: true,
    captureIris: true,
    maxPersons: 1000,
    maxCards: 1000,
    maxFaces: 1000,
    ...over,
  })
const desired: DesiredPerson = {
  employeeNo: '7',
  personHash: 'p1',
  cards: [{ cardNo: '0001', cardType: 'normalCard' }],
  faceHash: 'f1',
  fingerprints: [{ fingerId: 1, hash: 'a' }],
  irises: [],
}
/** Facts with holdings given as the runner keeps them (lists), compared as stored (text). */
const facts = (
  over: Partial<Omit<TerminalFacts, 'held'>> & { held?: Holding } = {},
): TerminalFacts => ({
  assigned: true,
  desired: hashesOf(desired),
  capabilities: caps(),
  failure: null,
  ...over,
  held: over.held ? hashesOf(over.held) : undefined,
})

describe('terminal state', () => {
  it('is applied only when the terminal holds the roster version of what it can hold', () => {
    expect(terminalState(facts({ held: { ...desired } })).state).toBe('applied')
    expect(terminalState(facts({ held: { ...desired, personHash: 'old' } }))).toEqual({
      state: 'pending',
      reason: 'Changed since the last apply.',
    })
    const cardController = caps({ face: false, fingerprint: false, iris: false })
    const onController: Holding = { ...desired, faceHash: null, fingerprints: [] }
    expect(terminalState(facts({ held: onController, capabilities: cardController })).state).toBe(
      'applied',
    )
    expect(terminalState(facts({ held: onController })).state).toBe('pending')
  })

  it('ranks applied over a standing failure, a failure over pending, and ignores failures where nothing is due', () => {
    const failure = { reason: 'The terminal is full.' }
    expect(terminalState(facts({ held: { ...desired }, failure })).state).toBe('applied')
    expect(terminalState(facts({ failure }))).toEqual({
      state: 'failed',
      reason: 'The terminal is full.',
    })
    expect(terminalState(facts({ assigned: false, failure })).state).toBe('notAssigned')
    expect(terminalState(facts({ assigned: false, held: { ...desired } }))).toEqual({
      state: 'pending',
      reason: 'To be removed from this terminal at the next apply.',
    })
    expect(terminalState(facts({ assigned: false, held: { ...desired }, failure })).state).toBe(
      'failed',
    )
  })

  it('aggregates: failed over pending over applied, none when no terminal is concerned', () => {
    expect(personApplyState(['applied', 'pending', 'failed'])).toBe('failed')
    expect(personApplyState(['applied', 'pending', 'notAssigned'])).toBe('pending')
    expect(personApplyState(['applied', 'notAssigned'])).toBe('applied')
    expect(personApplyState(['notAssigned', 'notAssigned'])).toBe('none')
    expect(personApplyState([])).toBe('none')
  })

  it('calls a terminal applied exactly when the planner would send nothing there', () => {
    const keyed = <E>(kind: EntryKind<E>, entry: (key: number, value: string) => E) =>
      fc
        .uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 3 })
        .chain((keys) =>
          fc.tuple(...keys.map((k) => fc.constantFrom(entry(k, 'a'), entry(k, 'b')))),
        )
        .map((e) => sortedEntries(kind, e))
    const holding: fc.Arbitrary<Holding> = fc.record({
      employeeNo: fc.constant<string>('7'),
      personHash: fc.constantFrom<string>('p1', 'p2'),
      cards: keyed(CARD_ENTRY, (k, v) => ({ cardNo: String(k), cardType: v })),
      faceHash: fc.constantFrom<string | null>(null, 'f1', 'f2'),
      fingerprints: keyed(FINGERPRINT_ENTRY, (k, v) => ({ fingerId: k, hash: v })),
      irises: fc.constantFrom<HeldIris[]>(
        [],
        [{ eye: 'left', hash: 'x' }],
        [
          { eye: 'left', hash: 'x' },
          { eye: 'right', hash: 'y' },
        ],
        [{ eye: 'left', hash: 'z' }],
      ),
    })
    const capabilities = fc.record({
      card: fc.boolean(),
      face: fc.boolean(),
      fingerprint: fc.boolean(),
      iris: fc.boolean(),
    })
    fc.assert(
      fc.property(holding, holding, capabilities, (want, have, can) => {
        // what a runner leaves on a terminal: nothing of the kinds it cannot hold
        const held: Holding = {
          ...have,
          cards: can.card ? have.cards : [],
          faceHash: can.face ? have.faceHash : null,
          fingerprints: can.fingerprint ? have.fingerprints : [],
          irises: can.iris ? have.irises : [],
        }
        const steps = planDevice({
          deviceId: 'd',
          deviceName: 'D',
          desired: new Map([['7', want]]),
          held: new Map([['7', held]]),
          capabilities: caps(can),
        })
        expect(holdsRosterVersion(hashesOf(held), hashesOf(want), caps(can))).toBe(
          steps.length === 0,
        )
      }),
      { numRuns: 2000 },
    )
  })
})
