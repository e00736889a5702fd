// Adopt: the terminal's version of a person becomes the roster's, for everything the terminal
// can hold — person fields, cards, face, fingerprints, iris — in one transaction with its audit
// entry. The face picture is fetched and normalised before the transaction; a kind whose data
// the terminal does not hand out (templates) is left as the roster has it.
import type { IsapiClient } from '../../isapi'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { normaliseFace } from '../roster/face-normaliser'
import type { DevicePerson, Kinds } from './device-snapshot'
import { cardTypeOf, fingerTypeOf, personFromDevice } from './from-device'
import { codedFailure } from '@shared/coded-failure'

const CARD_NO = /^[0-9A-Za-z]{1,32}$/

export async function adoptPerson(
  ctx: StationContext,
  roster: RosterService,
  client: IsapiClient,
  d: DevicePerson,
  kinds: Kinds,
  meta: { deviceId: string; model: string; fields: string[] },
): Promise<void> {
  const { store } = ctx
  const no = d.person.employeeNo
  const face =
    kinds.face && d.face ? await normaliseFace((await client.pictures.get(d.face.url)).data) : null
  for (const c of d.cards)
    if (!CARD_NO.test(c.cardNo))
      throw codedFailure('DEVICE_REJECTED', 'syncCardUnfit', { cardNo: c.cardNo })
  const at = ctx.clock.now().toISOString()
  const c = store.credentials
  store.tx(() => {
    const existing = store.persons.get(no)
    store.persons.put(roster.toRecord(personFromDevice(d.person, existing), existing, at))
    if (kinds.card) {
      const keep = new Set(d.cards.map((x) => x.cardNo))
      for (const old of c.cards.of(no)) if (!keep.has(old.cardNo)) c.cards.remove(no, old.cardNo)
      for (const x of d.cards)
        roster.addCard({ employeeNo: no, cardNo: x.cardNo, cardType: cardTypeOf(x.cardType) }, at)
    }
    if (kinds.face && face)
      c.faces.put(
        {
          employeeNo: no,
          bytes: face.bytes,
          width: face.width,
          height: face.height,
          sha256: face.sha256,
          source: 'sync',
          capturedAt: at,
        },
        face.jpeg,
      )
    else if (kinds.face && !d.face) c.faces.remove(no)
    if (kinds.fingerprint && d.fingerprints.every((f) => f.template !== null)) {
      const keep = new Set(d.fingerprints.map((f) => f.fingerId))
      for (const old of c.fingerprints.of(no))
        if (!keep.has(old.fingerId)) c.fingerprints.remove(no, old.fingerId)
      for (const f of d.fingerprints)
        c.fingerprints.put(
          {
            employeeNo: no,
            fingerId: f.fingerId,
            fingerType: fingerTypeOf(f.fingerType),
            template: f.template ?? '',
            quality: null,
            sourceModel: meta.model,
          },
          at,
        )
    }
    if (kinds.iris && d.irises.every((i) => i.data !== null)) {
      const keep = new Set(d.irises.map((i) => i.eye))
      for (const old of c.irises.of(no)) if (!keep.has(old.eye)) c.irises.remove(no, old.eye)
      for (const i of d.irises)
        c.irises.put(
          { employeeNo: no, eye: i.eye, data: i.data ?? '', sourceModel: meta.model },
          at,
        )
    }
    ctx.audit('sync.adopt', `person:${no}`, {
      deviceId: meta.deviceId,
      fields: meta.fields,
      created: existing === undefined,
    })
  })
}
