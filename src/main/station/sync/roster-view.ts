import type { Card, FaceMeta, Fingerprint, Iris } from '@shared/model'
import type { Store } from '../../store'
import type { PersonRecord } from '../../store/persons-repo'
import type { DevicePerson } from './device-snapshot'

/** One roster person with every credential, templates included, for comparing and pushing. */
export interface RosterPerson {
  record: PersonRecord
  cards: Card[]
  face: FaceMeta | null
  fingerprints: Fingerprint[]
  irises: Iris[]
}

export function rosterPerson(store: Store, employeeNo: string): RosterPerson | null {
  const record = store.persons.get(employeeNo)
  if (!record) return null
  const c = store.credentials
  return {
    record,
    cards: c.cards.of(employeeNo),
    face: c.faces.meta(employeeNo),
    fingerprints: c.fingerprints.of(employeeNo),
    irises: c.irises.of(employeeNo),
  }
}

/** Roster persons absent from a set, with their names, in roster order. */
export function rosterOnly(
  store: Store,
  present: { has(employeeNo: string): boolean },
): { employeeNo: string; name: string }[] {
  return store.snapshot
    .employeeNos()
    .filter((no) => !present.has(no))
    .map((employeeNo) => ({ employeeNo, name: store.persons.get(employeeNo)?.name ?? '' }))
}

/** What a terminal holds after the roster's version was written to it. */
export function heldFromRoster(r: RosterPerson): DevicePerson {
  const p = r.record
  return {
    person: { employeeNo: p.employeeNo, name: p.name, userType: p.userType, gender: p.gender },
    cards: r.cards.map((c) => ({ cardNo: c.cardNo, cardType: c.cardType })),
    face: r.face ? { url: '', sha256: r.face.sha256 } : null,
    fingerprints: r.fingerprints.map((f) => ({
      fingerId: f.fingerId,
      fingerType: f.fingerType,
      template: f.template,
    })),
    irises: r.irises.map((i) => ({ eye: i.eye, data: i.data })),
  }
}
