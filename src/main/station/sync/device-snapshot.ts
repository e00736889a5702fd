// What one terminal holds, read in full: persons page by page, cards and irises by search,
// faces by FDSearch (falling back to UserInfo.faceURL) with each picture downloaded once for
// its hash, fingerprint templates per person where the terminal gives them. A picture that
// cannot be read is noted on the person, not fatal; losing the terminal ends the pull.
import { createHash } from 'node:crypto'
import { isIsapiError, type IsapiClient, type Person as DevicePersonRecord } from '../../isapi'

export interface Kinds {
  card: boolean
  face: boolean
  fingerprint: boolean
  iris: boolean
}

export interface DevicePerson {
  person: DevicePersonRecord
  cards: { cardNo: string; cardType: string }[]
  face: { url: string; sha256: string | null } | null
  /** Fingerprints; template null where the terminal does not hand templates out. */
  fingerprints: { fingerId: number; fingerType: string; template: string | null }[]
  irises: { eye: 'left' | 'right'; data: string | null }[]
}

export type DeviceHoldings = Map<string, DevicePerson>

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Errors that mean the terminal is gone: the pull stops rather than noting them per person. */
const fatal = (error: unknown) =>
  !isIsapiError(error) ||
  ['offline', 'auth', 'locked', 'timeout', 'cancelled'].includes(error.category)

/** Runs fn over items, two at a time (the client keeps two connections per terminal). */
async function eachLimited<T>(
  items: T[],
  fn: (item: T) => Promise<void>,
  limit = 2,
): Promise<void> {
  let next = 0
  let stopped = false
  const worker = async () => {
    try {
      while (!stopped && next < items.length) await fn(items[next++]!)
    } catch (error) {
      stopped = true // the other worker stops too instead of hammering a lost terminal
      throw error
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export async function pullDevice(
  client: IsapiClient,
  kinds: Kinds,
  signal?: AbortSignal,
): Promise<DeviceHoldings> {
  const held: DeviceHoldings = new Map()
  const o = signal ? { signal } : {}
  for await (const person of client.persons.search(o))
    held.set(person.employeeNo, { person, cards: [], face: null, fingerprints: [], irises: [] })

  if (kinds.card)
    for await (const c of client.cards.search(o))
      held.get(c.employeeNo)?.cards.push({ cardNo: c.cardNo, cardType: c.cardType ?? 'normalCard' })

  if (kinds.face) {
    for await (const f of client.faces.search(o)) {
      const p = held.get(f.FPID)
      if (p && f.faceURL) p.face = { url: f.faceURL, sha256: null }
    }
    for (const p of held.values())
      if (!p.face && p.person.faceURL && p.person.numOfFace !== 0)
        p.face = { url: p.person.faceURL, sha256: null }
    await eachLimited([...held.values()], async (p) => {
      if (!p.face) return
      try {
        p.face.sha256 = sha256((await client.pictures.get(p.face.url, o)).data)
      } catch (error) {
        if (fatal(error)) throw error
      }
    })
  }

  if (kinds.fingerprint)
    await eachLimited([...held.values()], async (p) => {
      if (p.person.numOfFP === 0) return
      for (const t of await client.fingerprints.read(p.person.employeeNo, o))
        p.fingerprints.push({
          fingerId: t.fingerPrintID,
          fingerType: t.fingerType ?? 'normalFP',
          template: t.fingerData ?? null,
        })
    })

  if (kinds.iris)
    for await (const r of client.iris.search(o)) {
      const eye = r.id === 1 ? 'left' : r.id === 2 ? 'right' : null
      if (eye) held.get(r.employeeNo)?.irises.push({ eye, data: r.irisData ?? null })
    }
  return held
}
