// One journal step against one terminal. The data is read from the roster when the step runs
// (not when it was planned), and the digest recorded is of exactly what was sent. Every call is
// an upsert or a delete by key, so running a step twice (after a crash) changes nothing.
import { isNotOnDevice, type IsapiClient } from '../../isapi'
import type { JournalStep } from '../../store/journal-repo'
import type { Holding } from '../../store/holdings-repo'
import type { Store } from '../../store'
import type { SecretBox } from '../../platform/secret-box'
import { irisInput, personWire } from './wire'
import { cardEntry, entryKey, fingerEntry, irisEntry, personDigest } from './digest'

export type StepOutcome =
  { state: 'done'; holding: Holding | null } | { state: 'skipped'; reason: string }

const emptyHolding = (employeeNo: string): Holding => ({
  employeeNo,
  personDigest: '',
  cards: [],
  faceDigest: null,
  fingerprints: [],
  irises: [],
})
const replace = (entries: string[], entry: string): string[] =>
  [...entries.filter((e) => entryKey(e) !== entryKey(entry)), entry].sort()
const without = (entries: string[], key: string): string[] =>
  entries.filter((e) => entryKey(e) !== key)
const gone = (reason: string): StepOutcome => ({ state: 'skipped', reason })

/** A delete of something the device does not have is a success (idempotent deletes). */
export const isAlreadyGone = isNotOnDevice

export async function executeStep(
  step: JournalStep,
  client: IsapiClient,
  store: Store,
  secrets: SecretBox,
  held: Holding | undefined,
  fullDelete: boolean,
): Promise<StepOutcome> {
  const no = step.employeeNo
  const h = held ?? emptyHolding(no)
  const creds = store.credentials
  switch (step.kind) {
    case 'person': {
      const p = store.persons.get(no)
      if (!p) return gone('removed from the roster after the job was planned')
      const pin = p.pinSealed ? secrets.open(p.pinSealed) : null
      await client.persons.apply(personWire(p, pin))
      return { state: 'done', holding: { ...h, personDigest: personDigest(p, pin) } }
    }
    case 'card': {
      const card = creds.cards.of(no).find((c) => c.cardNo === step.target)
      if (!card) return gone('card removed from the roster after the job was planned')
      await client.cards.apply({ employeeNo: no, cardNo: card.cardNo, cardType: card.cardType })
      return {
        state: 'done',
        holding: { ...h, cards: replace(h.cards, cardEntry(card.cardNo, card.cardType)) },
      }
    }
    case 'deleteCard':
      await tolerateGone(() => client.cards.delete({ cardNos: [step.target] }))
      return { state: 'done', holding: { ...h, cards: without(h.cards, step.target) } }
    case 'face': {
      const face = creds.faces.forSend(no)
      if (!face) return gone('face removed from the roster after the job was planned')
      await client.faces.apply({ FPID: no }, { jpeg: face.jpeg })
      return { state: 'done', holding: { ...h, faceDigest: face.sha256 } }
    }
    case 'deleteFace':
      await tolerateGone(() => client.faces.delete([no]))
      return { state: 'done', holding: { ...h, faceDigest: null } }
    case 'fingerprint': {
      const fp = creds.fingerprints.of(no).find((f) => String(f.fingerId) === step.target)
      if (!fp) return gone('fingerprint removed from the roster after the job was planned')
      await client.fingerprints.apply({
        employeeNo: no,
        fingerPrintID: fp.fingerId,
        fingerType: fp.fingerType,
        fingerData: fp.template,
      })
      const entry = fingerEntry(fp.fingerId, fp.fingerType, Buffer.from(fp.template, 'base64'))
      return { state: 'done', holding: { ...h, fingerprints: replace(h.fingerprints, entry) } }
    }
    case 'deleteFingerprint':
      await tolerateGone(() =>
        client.fingerprints.delete({ employeeNo: no, fingerPrintIDs: [Number(step.target)] }),
      )
      return {
        state: 'done',
        holding: { ...h, fingerprints: without(h.fingerprints, step.target) },
      }
    case 'iris': {
      const iris = creds.irises.of(no).find((i) => i.eye === step.target)
      if (!iris) return gone('iris removed from the roster after the job was planned')
      await client.iris.apply(irisInput(no, iris.eye, iris.data))
      return {
        state: 'done',
        holding: {
          ...h,
          irises: replace(h.irises, irisEntry(iris.eye, Buffer.from(iris.data, 'base64'))),
        },
      }
    }
    case 'deleteIris':
      await tolerateGone(() => client.iris.delete([no]))
      return { state: 'done', holding: { ...h, irises: [] } }
    case 'deletePerson':
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

async function tolerateGone(call: () => Promise<unknown>): Promise<void> {
  try {
    await call()
  } catch (error) {
    if (!isAlreadyGone(error)) throw error
  }
}
