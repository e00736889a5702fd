// Overwrite: the roster's version of a person is written to the terminal directly, with the
// same upserts the apply reconciler sends (UserInfo SetUp, CardInfo SetUp, FDSetUp, fingerprint
// SetUp, iris setup), and whatever the terminal holds beyond it is deleted by key.
import { irisInput, personWire } from '../apply/wire'
import type { IsapiClient } from '../../isapi'
import type { SecretBox } from '../../platform/secret-box'
import type { Store } from '../../store'
import type { DevicePerson, Kinds } from './device-snapshot'
import { rosterPerson } from './roster-view'
import { codedFailure } from '@shared/coded-failure'

export async function overwritePerson(
  store: Store,
  secrets: SecretBox,
  client: IsapiClient,
  employeeNo: string,
  held: DevicePerson | undefined,
  kinds: Kinds,
): Promise<void> {
  const r = rosterPerson(store, employeeNo)
  if (!r) throw codedFailure('NOT_FOUND', 'syncNotInRoster', { employeeNo })
  const p = r.record
  const pin = p.pinSealed ? secrets.open(p.pinSealed) : null
  await client.persons.upsert(personWire(p, pin))

  if (kinds.card) {
    const wanted = new Set(r.cards.map((c) => c.cardNo))
    const stale = (held?.cards ?? []).filter((c) => !wanted.has(c.cardNo)).map((c) => c.cardNo)
    if (stale.length > 0) await client.cards.delete({ cardNos: stale })
    for (const c of r.cards)
      await client.cards.upsert({ employeeNo, cardNo: c.cardNo, cardType: c.cardType })
  }
  if (kinds.face) {
    const jpeg = store.credentials.faces.jpeg(employeeNo)
    if (jpeg) await client.faces.upsert({ FPID: employeeNo }, { jpeg })
    else if (held?.face) await client.faces.delete([employeeNo])
  }
  if (kinds.fingerprint) {
    const wanted = new Set(r.fingerprints.map((f) => f.fingerId))
    const stale = (held?.fingerprints ?? []).map((f) => f.fingerId).filter((id) => !wanted.has(id))
    if (stale.length > 0) await client.fingerprints.delete({ employeeNo, fingerPrintIDs: stale })
    for (const f of r.fingerprints)
      await client.fingerprints.upsert({
        employeeNo,
        fingerPrintID: f.fingerId,
        fingerType: f.fingerType,
        fingerData: f.template,
      })
  }
  if (kinds.iris) {
    const wanted = new Set(r.irises.map((i) => i.eye))
    // the terminal deletes irises per person only: clear first when it holds an unwanted eye
    if ((held?.irises ?? []).some((i) => !wanted.has(i.eye))) await client.iris.delete([employeeNo])
    for (const i of r.irises) {
      await client.iris.upsert(irisInput(employeeNo, i.eye, i.data))
    }
  }
}
