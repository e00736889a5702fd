// Desired vs held, per device, into ordered steps. Pure: no I/O, so every rule is unit-tested.
// Order: removed persons first (frees room), then person by person: the person record, then
// removed credentials, then new or changed ones. What the device cannot hold is planned as a
// skipped step with the reason, so it is reported rather than silently dropped — once, when the
// person first goes to that device (afterwards the device holds all it can of them).
import type { ApplyStepKind, DeviceCapabilitySummary } from '@shared/model'
import type { PlannedStep } from '../../store/journal-repo'
import type { Holding } from '../../store/holdings-repo'
import { entryKey, type DesiredPerson } from './hashes'

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
    have?.cards ?? [],
    want.cards,
    (key) => push(employeeNo, 'deleteCard', key),
    (key) => push(employeeNo, 'card', key),
  )
  if (have?.faceHash && !want.faceHash) push(employeeNo, 'deleteFace')
  if (want.faceHash && want.faceHash !== have?.faceHash) push(employeeNo, 'face')
  diffEntries(
    have?.fingerprints ?? [],
    want.fingerprints,
    (key) => push(employeeNo, 'deleteFingerprint', key),
    (key) => push(employeeNo, 'fingerprint', key),
  )
  planIrises(have?.irises ?? [], want.irises, employeeNo, push)
}

/** Entries are `key|hash`: a key only held is removed; a key new or with another hash is sent. */
function diffEntries(
  held: string[],
  wanted: string[],
  remove: (key: string) => void,
  send: (key: string) => void,
): void {
  const wantedKeys = new Set(wanted.map(entryKey))
  const heldSet = new Set(held)
  for (const entry of held) if (!wantedKeys.has(entryKey(entry))) remove(entryKey(entry))
  for (const entry of wanted) if (!heldSet.has(entry)) send(entryKey(entry))
}

/** Terminals delete iris data per person, not per eye: removing one eye re-sends the other. */
function planIrises(held: string[], wanted: string[], employeeNo: string, push: Push): void {
  const wantedKeys = new Set(wanted.map(entryKey))
  const removing = held.some((e) => !wantedKeys.has(entryKey(e)))
  if (removing) push(employeeNo, 'deleteIris')
  const heldSet = new Set(removing ? [] : held)
  for (const entry of wanted) if (!heldSet.has(entry)) push(employeeNo, 'iris', entryKey(entry))
}
