// The fault suite's harness: a station applying a roster to 3 simulated terminals while one of
// them misbehaves, and the checks every scenario shares (healthy terminals finish, the faulty
// one's reason, completion after the fault clears, an independent read of every terminal, the
// failed logins it cost).
import type { Fleet } from '../../src/simulator'
import type { Station } from '../../src/main/station'
import type { ApplyJob, ApplyProgressEvent, Device } from '../../src/shared/model'
import { value } from '../helpers/roster-fixtures'
import { addSimulated } from '../helpers/station'
import { jobEnded } from '../helpers/apply-job'

export const FAST = {
  concurrencyPerDevice: 2,
  flushMs: 20,
  retryMs: { first: 50, max: 1000 },
  pollMs: 100,
  unlockMarginMs: 200,
}

export interface MatrixRow {
  fault: string
  persons: number
  healthyFinished: boolean
  faultyReason: string | null
  completed: boolean
  exact: boolean
  lost: number
  duplicated: number
  failedLogins: number
  ms: number
}

export async function addTerminals(station: Station, fleet: Fleet): Promise<Device[]> {
  const out: Device[] = []
  for (const [i, d] of fleet.devices.entries())
    out.push(value<Device>(await addSimulated(station, d, `T${i}`)))
  return out
}

export async function importRoster(station: Station, persons: number): Promise<void> {
  const rows = ['employeeNo,name,cards']
  for (let i = 1; i <= persons; i++) rows.push(`${i},Person ${i},${3_000_000 + i}`)
  value(await station.call('persons.import', { csv: rows.join('\n') }))
}

/** Resolves with the first progress event that satisfies `test`. */
export const progress = (station: Station, test: (p: ApplyProgressEvent) => boolean) =>
  new Promise<ApplyProgressEvent>((resolve) => {
    const off = station.subscribe((event, payload) => {
      if (event === 'apply.progress' && test(payload as ApplyProgressEvent)) {
        off()
        resolve(payload as ApplyProgressEvent)
      }
    })
  })

/** The apply job once it ended (test/helpers/apply-job.ts). */
export const settled = jobEnded

/** Plans again until a plan is empty: the terminals hold the roster (bounded). */
export async function untilHeld(station: Station): Promise<boolean> {
  for (let round = 0; round < 5; round++) {
    const job = value<ApplyJob>(await station.call('apply.start', {}))
    if (job.devices.reduce((n, d) => n + d.total, 0) === 0) return true
    const end = await settled(station, job.id)
    if (end.state === 'failed') return false
  }
  return false
}

/** An independent read of every terminal against the roster 1..persons. */
export async function independentRead(
  fleet: Fleet,
  persons: number,
): Promise<{ exact: boolean; lost: number; duplicated: number }> {
  let lost = 0
  let duplicated = 0
  for (let i = 0; i < fleet.devices.length; i++) {
    const s = await fleet.control.state(i, { events: 0 })
    const nos = s.persons.map((p) => Number(p.employeeNo))
    const cards = s.cards.map((c) => c.cardNo)
    const want = new Set(Array.from({ length: persons }, (_, k) => k + 1))
    lost += [...want].filter((n) => !nos.includes(n)).length
    lost += persons - new Set(cards).size
    duplicated += nos.length - new Set(nos).size + (cards.length - new Set(cards).size)
    duplicated += nos.filter((n) => !want.has(n)).length
  }
  return { exact: lost === 0 && duplicated === 0, lost, duplicated }
}

/** Logins the terminal refused since it started (bad credentials, or tried while locked out):
 *  a running total the terminal never resets, so a difference counts what happened between. */
export async function failedLogins(fleet: Fleet, device: number): Promise<number> {
  return (await fleet.control.failedLogins(device)).refusedTotal
}

/** Seeded PRNG (mulberry32): the SIGKILL points are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
