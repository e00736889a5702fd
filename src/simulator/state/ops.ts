// Cross-collection operations: a person's credentials, cascading deletes, picture URLs.
import type { SimDevice } from '../device.js'
import type { FaceRec } from './model.js'

export const BLACK_FD = '1'

export function faceUrlPath(f: FaceRec): string {
  return `/LOCALS/pic/enrlFace/0/${String(f.picId).padStart(10, '0')}.jpg@WEB${String(f.picId).padStart(12, '0')}`
}

export function faceUrl(dev: SimDevice, f: FaceRec): string {
  return `${dev.baseUrl()}${faceUrlPath(f)}`
}

export interface CredentialCounts {
  cards: number
  fingers: number
  faces: number
  irises: number
}

const countCache = new WeakMap<
  SimDevice,
  { version: number; counts: Map<string, CredentialCounts> }
>()

/** Credential counts per employeeNo, cached until the device's data changes. */
export function countsByPerson(dev: SimDevice): Map<string, CredentialCounts> {
  const hit = countCache.get(dev)
  if (hit && hit.version === dev.version) return hit.counts
  const m = new Map<string, CredentialCounts>()
  countCache.set(dev, { version: dev.version, counts: m })
  const get = (e: string): CredentialCounts => {
    let c = m.get(e)
    if (!c) m.set(e, (c = { cards: 0, fingers: 0, faces: 0, irises: 0 }))
    return c
  }
  const d = dev.data
  for (const c of d.cards.values()) get(c.employeeNo).cards++
  for (const f of d.fingers.values()) get(f.employeeNo).fingers++
  for (const f of d.faces.values()) if (f.faceLibType === 'blackFD') get(f.FPID).faces++
  for (const r of d.irises.values()) get(r.employeeNo).irises++
  return m
}

/** Removes the person and everything bound to it (terminal behaviour on UserInfo/Delete). */
export function deletePersonCascade(dev: SimDevice, employeeNo: string): boolean {
  const d = dev.data
  const existed = d.persons.delete(employeeNo)
  for (const k of d.cards.keysOf(employeeNo)) d.cards.delete(k)
  for (const k of d.fingers.keysOf(employeeNo)) d.fingers.delete(k)
  for (const k of d.faces.keysOf(employeeNo)) d.faces.delete(k)
  for (const k of d.irises.keysOf(employeeNo)) d.irises.delete(k)
  return existed
}

export function deleteAllPersons(dev: SimDevice): void {
  const d = dev.data
  d.persons.clear()
  d.cards.clear()
  d.fingers.clear()
  for (const [k, f] of d.faces)
    if (f.faceLibType === 'blackFD' || f.faceLibType === 'infraredFD') d.faces.delete(k)
  d.irises.clear()
}

/**
 * Starts an async operation (fingerprint apply, detail delete). Its progress reads "pending"
 * at least once and until asyncOpMs passed, then the result: clients must poll, never trust
 * the first answer.
 */
export function startOp(dev: SimDevice, name: string, result: unknown, pending: unknown): void {
  dev.ops.set(name, { until: Date.now() + dev.timing.asyncOpMs, result, pending, polled: false })
}

export function readOp(dev: SimDevice, name: string): unknown {
  const op = dev.ops.get(name)
  if (!op) return null
  if (!op.polled) {
    op.polled = true
    return op.pending
  }
  return Date.now() >= op.until ? op.result : op.pending
}
