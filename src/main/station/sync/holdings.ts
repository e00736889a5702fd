// After a sync action the station knows what the terminal holds for that person, so it records
// it in device_holdings with the apply reconciler's own hashes (apply/hash.ts): the next
// apply plan then sends nothing for what sync already put in place.
import type { SecretBox } from '../../platform/secret-box'
import type { Store } from '../../store'
import type { Holding } from '../../store/holdings-repo'
import {
  CARD_ENTRY,
  FINGERPRINT_ENTRY,
  IRIS_ENTRY,
  sortedEntries,
} from '../../store/holding-entries'
import { cardEntry, fingerEntry, irisEntry, personHash } from '../apply/hashes'
import type { Kinds } from './device-snapshot'
import { rosterPerson } from './roster-view'

/** The holding of a terminal that holds exactly the roster's version of the person. */
export function rosterHolding(
  store: Store,
  secrets: SecretBox,
  employeeNo: string,
  kinds: Kinds,
): Holding | null {
  const r = rosterPerson(store, employeeNo)
  if (!r) return null
  const pin = r.record.pinSealed ? secrets.open(r.record.pinSealed) : null
  const b64 = (s: string) => Buffer.from(s, 'base64')
  return {
    employeeNo,
    personHash: personHash(r.record, pin),
    cards: kinds.card
      ? sortedEntries(
          CARD_ENTRY,
          r.cards.map((c) => cardEntry(c.cardNo, c.cardType)),
        )
      : [],
    faceHash: kinds.face ? (r.face?.sha256 ?? null) : null,
    fingerprints: kinds.fingerprint
      ? sortedEntries(
          FINGERPRINT_ENTRY,
          r.fingerprints.map((f) => fingerEntry(f.fingerId, f.fingerType, b64(f.template))),
        )
      : [],
    irises: kinds.iris
      ? sortedEntries(
          IRIS_ENTRY,
          r.irises.map((i) => irisEntry(i.eye, b64(i.data))),
        )
      : [],
  }
}

export function recordHolding(
  store: Store,
  secrets: SecretBox,
  deviceId: string,
  employeeNo: string,
  kinds: Kinds,
  at: string,
): void {
  const holding = rosterHolding(store, secrets, employeeNo, kinds)
  if (holding) store.holdings.put(deviceId, holding, at)
  else store.holdings.remove(deviceId, employeeNo)
}
