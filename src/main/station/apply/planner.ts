// Desired vs held, per device, into ordered steps. Pure: no I/O, so every rule is unit-tested.
// Order: removed persons first (frees room), then person by person: the person record, then
// removed credentials, then new or changed ones. What the device cannot hold is planned as a
// skipped step with the reason, so it is reported rather than silently dropped — once, when the
// person first goes to that device (afterwards the device holds all it can of them).
import type { ApplyStepKind, DeviceCapabilitySummary } from '@shared/model'
import type { PlannedStep } from '../../store/journal-repo'
import type { Holding } from '../../store/holdings-repo'
import type { DesiredPerson } from './hashes'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  holdsEntry,
  type EntryKind,
  type HeldIris,
} from '../../store/holding-entries'

export interface PlanInput {
  deviceId: string
  deviceName: string
  desired: Map<string, DesiredPerson>
  held: Map<string, Holding>
  capabilities: DeviceCapabilitySummary | null
  /** Limit the plan to these persons (retry, or "apply this person"). */
  only?: Set<string>
}

const SUPPORT: Partial<Record<ApplyStepKind, keyof DeviceCapabilitySummary>> = {
  card: 'card',
  face: 'face',
  fingerprint: 'fingerprint',
  iris: 'iris',
}

const WHAT: Partial<Record<ApplyStepKind, string>> = {
  card: 'cards',
  face: 'face pictures',
  fingerprint: 'fingerprints',
  iris: 'iris data',
}

export function planDevice(input: PlanInput): PlannedStep[] {
  const plan = devicePlan(input)
  const inScope = (no: string) => !input.only || input.only.has(no)
  const removed = [...input.held.keys()].filter((no) => inScope(no) && !input.desired.has(no))
  const wanted = new Map([...input.desired].filter(([no]) => inScope(no)))
  return [...plan.removals(removed, input.held), ...plan.persons(wanted, input.held)]
}

/**
 * One terminal's plan a part at a time (a job plans a page of persons at a time, so no
 * whole-terminal array is built): the step numbers go on from part to part.
 */
export function devicePlan(device: Pick<PlanInput, 'deviceId' | 'deviceName' | 'capabilities'>) {
  let seq = 0
  const pusher =
    (steps: PlannedStep[], held: Map<string, Holding>) =>
    (employeeNo: string, kind: ApplyStepKind, target = '') => {
      const capability = SUPPORT[kind]
      const unsupported =
        capability !== undefined &&
        device.capabilities !== null &&
        device.capabilities[capability] === false
      if (unsupported && held.has(employeeNo)) return
      steps.push({
        deviceId: device.deviceId,
        seq: ++seq,
        employeeNo,
        kind,
        target,
        state: unsupported ? 'skipped' : 'pending',
        errorCode: unsupported ? 'NOT_SUPPORTED' : null,
        reason: unsupported ? `${device.deviceName} cannot hold ${WHAT[kind]}.` : null,
      })
    }
  return {
    /** These held persons are removed (they come first: removals free room). */
    removals(employeeNos: Iterable<string>, held: Map<string, Holding>): PlannedStep[] {
      const steps: PlannedStep[] = []
      const push = pusher(steps, held)
      for (const employeeNo of employeeNos) push(employeeNo, 'deletePerson')
      return steps
    },
    /** Person by person: what differs between the wanted persons and what the terminal holds of them. */
    persons(desired: Map<string, DesiredPerson>, held: Map<string, Holding>): PlannedStep[] {
      const steps: PlannedStep[] = []
      const push = pusher(steps, held)
      for (const [employeeNo, want] of desired)
        personSteps(employeeNo, want, held.get(employeeNo), push)
      return steps
    },
  }
}

type Push = (no: string, kind: ApplyStepKind, target?: string) => void

function personSteps(
  employeeNo: string,
  want: DesiredPerson,
  have: Holding | undefined,
  push: Push,
) {
  if (!have || have.personHash !== want.personHash) push(employeeNo, 'person')
  diffEntries(
    CARD_ENTRY,
    have?.cards ?? [],
    want.cards,
    (key) => push(employeeNo, 'deleteCard', key),
    (key) => push(employeeNo, 'card', key),
  )
  if (have?.faceHash && !want.faceHash) push(employeeNo, 'deleteFace')
  if (want.faceHash && want.faceHash !== have?.faceHash) push(employeeNo, 'face')
  diffEntries(
    FINGERPRINT_ENTRY,
    have?.fingerprints ?? [],
    want.fingerprints,
    (key) => push(employeeNo, 'deleteFingerprint', key),
    (key) => push(employeeNo, 'fingerprint', key),
  )
  planIrises(have?.irises ?? [], want.irises, employeeNo, push)
}

/** A key only held is removed; a key new or held with another value is sent. */
function diffEntries<E>(
  kind: EntryKind<E>,
  held: E[],
  wanted: E[],
  remove: (key: string) => void,
  send: (key: string) => void,
): void {
  const wantedKeys = new Set(wanted.map(kind.key))
  for (const entry of held) if (!wantedKeys.has(kind.key(entry))) remove(kind.key(entry))
  for (const entry of wanted) if (!holdsEntry(kind, held, entry)) send(kind.key(entry))
}

/** Terminals delete iris data per person, not per eye: removing one eye re-sends the other. */
function planIrises(held: HeldIris[], wanted: HeldIris[], employeeNo: string, push: Push): void {
  const wantedKeys = new Set(wanted.map(IRIS_ENTRY.key))
  const removing = held.some((e) => !wantedKeys.has(IRIS_ENTRY.key(e)))
  if (removing) push(employeeNo, 'deleteIris')
  const kept = removing ? [] : held
  for (const entry of wanted)
    if (!holdsEntry(IRIS_ENTRY, kept, entry)) push(employeeNo, 'iris', IRIS_ENTRY.key(entry))
}
