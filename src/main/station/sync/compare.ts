// Which fields differ between a terminal's person and the roster's. Only what the terminal can
// hold is compared (a card controller's missing face is no difference), and only what it tells
// (a terminal that omits gender or hides templates is not contradicted by the roster).
import { createHash } from 'node:crypto'
import type { DevicePerson, Kinds } from './device-snapshot'
import type { RosterPerson } from './roster-view'

const hash = (base64: string) =>
  createHash('sha1').update(Buffer.from(base64, 'base64')).digest('hex')
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])

/** Door numbers from a comma string ("1,3"), sorted and unique; junk ignored. */
export function parseDoors(doorRight: string | undefined): number[] {
  const doors = (doorRight ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 64)
  return [...new Set(doors)].sort((a, b) => a - b)
}

export function diffFields(d: DevicePerson, r: RosterPerson, kinds: Kinds): string[] {
  const p = d.person
  const rec = r.record
  const fields: string[] = []
  if ((p.name ?? '').trim() !== rec.name) fields.push('name')
  if ((p.userType ?? 'normal') !== rec.userType) fields.push('userType')
  if (p.gender !== undefined && p.gender !== rec.gender) fields.push('gender')
  if (
    p.valid &&
    (p.valid.enable !== rec.valid.enable ||
      p.valid.beginTime !== rec.valid.beginTime ||
      p.valid.endTime !== rec.valid.endTime ||
      (p.valid.timeType !== undefined && p.valid.timeType !== rec.valid.timeType))
  )
    fields.push('valid')
  if (
    p.doorRight !== undefined &&
    !sameSet(parseDoors(p.doorRight).map(String), rec.doorRights.map(String))
  )
    fields.push('doorRights')
  const plan = p.rightPlans?.[0]?.planTemplateNo
  if (plan !== undefined && plan !== rec.planTemplateNo) fields.push('planTemplateNo')

  if (
    kinds.card &&
    !sameSet(
      d.cards.map((c) => `${c.cardNo}|${c.cardType}`),
      r.cards.map((c) => `${c.cardNo}|${c.cardType}`),
    )
  )
    fields.push('cards')
  if (kinds.face && (d.face === null) !== (r.face === null)) fields.push('face')
  else if (kinds.face && d.face && r.face && d.face.sha256 !== r.face.sha256) fields.push('face')
  if (kinds.fingerprint) {
    const templates = d.fingerprints.every((f) => f.template !== null)
    const key = (id: number, type: string, t: string | null) =>
      templates && t !== null ? `${id}|${type}|${hash(t)}` : `${id}`
    const device = d.fingerprints.map((f) => key(f.fingerId, f.fingerType, f.template))
    const roster = r.fingerprints.map((f) => key(f.fingerId, f.fingerType, f.template))
    if (!sameSet(device, roster)) fields.push('fingerprints')
  }
  // Iris data formats differ between capture (pictures) and terminals (templates): eyes only.
  if (
    kinds.iris &&
    !sameSet(
      d.irises.map((i) => i.eye),
      r.irises.map((i) => i.eye),
    )
  )
    fields.push('irises')
  return fields
}
