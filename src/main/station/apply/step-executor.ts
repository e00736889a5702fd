// One journal step against one terminal. The data is read from the roster when the step runs
// (not when it was planned), and the hash recorded is of exactly what was sent. Every call is
// an upsert or a delete by key, so running a step twice (after a crash) changes nothing.
// Just before it is sent every step asks again: does the roster still want this (a deletion of
// something wanted again is skipped), and does the terminal already hold it (then nothing is
// sent)? A step planned by a job that a crash left behind can therefore never undo a newer truth.
import { isNotOnDevice, type IsapiClient } from '../../isapi'
import type { JournalStep } from '../../store/journal-repo'
import type { Holding } from '../../store/holdings-repo'
import type { Store } from '../../store'
import type { PersonRecord } from '../../store/persons-repo'
import type { SecretBox } from '../../platform/secret-box'
import { irisInput, personWire } from './wire'
import { cardEntry, fingerEntry, irisEntry, personHash } from './hashes'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  holdsEntry,
  withEntry,
  withoutKey,
} from '../../store/holding-entries'

export type StepOutcome =
  | { state: 'done'; holding: Holding | null }
  | { state: 'skipped'; reason: string; code?: 'NOT_FOUND' | 'CONFLICT' }

const emptyHolding = (employeeNo: string): Holding => ({
  employeeNo,
  personHash: '',
  cards: [],
  faceHash: null,
  fingerprints: [],
  irises: [],
})
const gone = (reason: string): StepOutcome => ({ state: 'skipped', reason })
const WANTED_AGAIN: StepOutcome = {
  state: 'skipped',
  code: 'CONFLICT',
  reason: 'Not removed: the roster wants it on this terminal again.',
}
const NOT_ASSIGNED: StepOutcome = {
  state: 'skipped',
  code: 'CONFLICT',
  reason: 'Not sent: the rules no longer send this person to this terminal.',
}

/** The roster reads a step makes just before it is sent (StepReads keeps them per person while nothing is written). */
export interface StepRosterReads {
  person(employeeNo: string): PersonRecord | undefined
  assigned(person: PersonRecord): boolean
}

/** A delete of something the device does not have is a success (idempotent deletes). */
export const isAlreadyGone = isNotOnDevice

export async function executeStep(
  step: JournalStep,
  client: IsapiClient,
  store: Store,
  secrets: SecretBox,
  held: Holding | undefined,
  fullDelete: boolean,
  /** The roster's person now, and whether the rules send them to this terminal now. */
  reads: StepRosterReads = {
    person: (employeeNo) => store.persons.get(employeeNo),
    assigned: () => true,
  },
): Promise<StepOutcome> {
  const no = step.employeeNo
  const h = held ?? emptyHolding(no)
  const creds = store.credentials
  const unchanged: StepOutcome = { state: 'done', holding: held ?? null }
  // the person as the roster has them now: whether they are wanted, and what a person step sends
  // (no closures here: a step is the hot path, and each would be made again per step)
  const p = reads.person(no)
  if (!step.kind.startsWith('delete') && p && !reads.assigned(p)) return NOT_ASSIGNED
  switch (step.kind) {
    case 'person': {
      if (!p) return gone('removed from the roster after the job was planned')
      const pin = p.pinSealed ? secrets.open(p.pinSealed) : null
      const hash = personHash(p, pin)
      if (held?.personHash === hash) return unchanged
      await client.persons.upsert(personWire(p, pin))
      return { state: 'done', holding: { ...h, personHash: hash } }
    }
    case 'card': {
      const card = creds.cards.of(no).find((c) => c.cardNo === step.target)
      if (!card) return gone('card removed from the roster after the job was planned')
      const entry = cardEntry(card.cardNo, card.cardType)
      if (held && holdsEntry(CARD_ENTRY, held.cards, entry)) return unchanged
      await client.cards.upsert({ employeeNo: no, cardNo: card.cardNo, cardType: card.cardType })
      return { state: 'done', holding: { ...h, cards: withEntry(CARD_ENTRY, h.cards, entry) } }
    }
    case 'deleteCard':
      if (wanted(reads, p) && creds.cards.of(no).some((c) => c.cardNo === step.target))
        return WANTED_AGAIN
      await tolerateGone(() => client.cards.delete({ cardNos: [step.target] }))
      return {
        state: 'done',
        holding: { ...h, cards: withoutKey(CARD_ENTRY, h.cards, step.target) },
      }
    case 'face': {
      const face = creds.faces.forSend(no)
      if (!face) return gone('face removed from the roster after the job was planned')
      if (held?.faceHash === face.sha256) return unchanged
      await client.faces.upsert({ FPID: no }, { jpeg: face.jpeg })
      return { state: 'done', holding: { ...h, faceHash: face.sha256 } }
    }
    case 'deleteFace':
      if (wanted(reads, p) && creds.faces.forSend(no)) return WANTED_AGAIN
      await tolerateGone(() => client.faces.delete([no]))
      return { state: 'done', holding: { ...h, faceHash: null } }
    case 'fingerprint': {
      const fp = creds.fingerprints.of(no).find((f) => String(f.fingerId) === step.target)
      if (!fp) return gone('fingerprint removed from the roster after the job was planned')
      const entry = fingerEntry(fp.fingerId, fp.fingerType, Buffer.from(fp.template, 'base64'))
      if (held && holdsEntry(FINGERPRINT_ENTRY, held.fingerprints, entry)) return unchanged
      await client.fingerprints.upsert({
        employeeNo: no,
        fingerPrintID: fp.fingerId,
        fingerType: fp.fingerType,
        fingerData: fp.template,
      })
      return {
        state: 'done',
        holding: { ...h, fingerprints: withEntry(FINGERPRINT_ENTRY, h.fingerprints, entry) },
      }
    }
    case 'deleteFingerprint':
      if (
        wanted(reads, p) &&
        creds.fingerprints.of(no).some((f) => String(f.fingerId) === step.target)
      )
        return WANTED_AGAIN
      await tolerateGone(() =>
        client.fingerprints.delete({ employeeNo: no, fingerPrintIDs: [Number(step.target)] }),
      )
      return {
        state: 'done',
        holding: { ...h, fingerprints: withoutKey(FINGERPRINT_ENTRY, h.fingerprints, step.target) },
      }
    case 'iris': {
      const iris = creds.irises.of(no).find((i) => i.eye === step.target)
      if (!iris) return gone('iris removed from the roster after the job was planned')
      const entry = irisEntry(iris.eye, Buffer.from(iris.data, 'base64'))
      if (held && holdsEntry(IRIS_ENTRY, held.irises, entry)) return unchanged
      await client.iris.upsert(irisInput(no, iris.eye, iris.data))
      return { state: 'done', holding: { ...h, irises: withEntry(IRIS_ENTRY, h.irises, entry) } }
    }
    case 'deleteIris': {
      // terminals delete iris per person: needed only while the terminal holds an eye the roster dropped
      const eyes = new Set(creds.irises.of(no).map((i) => i.eye as string))
      if (wanted(reads, p) && h.irises.every((e) => eyes.has(e.eye))) return WANTED_AGAIN
      await tolerateGone(() => client.iris.delete([no]))
      return { state: 'done', holding: { ...h, irises: [] } }
    }
    case 'deletePerson':
      if (wanted(reads, p)) return WANTED_AGAIN
      await tolerateGone(() =>
        fullDelete
          ? client.persons.deleteFully({ mode: 'byEmployeeNo', employeeNos: [no] })
          : client.persons.delete([no]),
      )
      return { state: 'done', holding: null }
    default:
      return gone(`unknown step kind ${String(step.kind)}`)
  }
}

/** Whether the roster (persons × rules) sends this person to this terminal now. */
function wanted(reads: StepRosterReads, p: PersonRecord | undefined): boolean {
  return p !== undefined && reads.assigned(p)
}

async function tolerateGone(call: () => Promise<unknown>): Promise<void> {
  try {
    await call()
  } catch (error) {
    if (!isAlreadyGone(error)) throw error
  }
}
