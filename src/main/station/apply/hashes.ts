// What a person looks like on a terminal, as hashes: the planner compares these with the
// device_holdings rows to send only what changed. The hash covers exactly what is sent.
import { hash } from 'node:crypto'
import type { PersonRecord } from '../../store/persons-repo'
import type { Holding } from '../../store/holdings-repo'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  sortedEntries,
  type HeldCard,
  type HeldFingerprint,
  type HeldIris,
} from '../../store/holding-entries'
import type { CredentialRows } from '../../store/roster-snapshot-repo'

export type DesiredPerson = Holding

const sha1 = (data: string | Buffer): string => hash('sha1', data, 'hex')

/** The person fields a terminal stores (UserInfo), including the opened PIN. */
export function personHash(p: PersonRecord, pin: string | null): string {
  return sha1(
    JSON.stringify([
      p.name,
      p.userType,
      p.gender,
      p.valid,
      p.doorRights,
      p.planTemplateNo,
      pin ?? '',
    ]),
  )
}

export const cardEntry = (cardNo: string, cardType: string): HeldCard => ({ cardNo, cardType })
export const fingerEntry = (
  fingerId: number,
  fingerType: string,
  template: Buffer,
): HeldFingerprint => ({
  fingerId,
  hash: sha1(Buffer.concat([Buffer.from(fingerType), template])),
})
export const irisEntry = (eye: string, data: Buffer): HeldIris => ({ eye, hash: sha1(data) })

/** Desired holdings for the given persons, from bulk roster reads. */
export function desiredPersons(
  persons: PersonRecord[],
  creds: CredentialRows,
  openPin: (sealed: Buffer) => string,
): Map<string, DesiredPerson> {
  const out = new Map<string, DesiredPerson>()
  for (const p of persons) {
    out.set(p.employeeNo, {
      employeeNo: p.employeeNo,
      personHash: personHash(p, p.pinSealed ? openPin(p.pinSealed) : null),
      cards: [],
      faceHash: null,
      fingerprints: [],
      irises: [],
    })
  }
  for (const c of creds.cards) out.get(c.employeeNo)?.cards.push(cardEntry(c.cardNo, c.cardType))
  for (const f of creds.faces) {
    const d = out.get(f.employeeNo)
    if (d) d.faceHash = f.sha256
  }
  for (const f of creds.fingerprints)
    out.get(f.employeeNo)?.fingerprints.push(fingerEntry(f.fingerId, f.fingerType, f.template))
  for (const i of creds.irises) out.get(i.employeeNo)?.irises.push(irisEntry(i.eye, i.data))
  for (const d of out.values()) {
    d.cards = sortedEntries(CARD_ENTRY, d.cards)
    d.fingerprints = sortedEntries(FINGERPRINT_ENTRY, d.fingerprints)
    d.irises = sortedEntries(IRIS_ENTRY, d.irises)
  }
  return out
}
