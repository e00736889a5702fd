// The access decision of one reader, for a credential whose holder the terminal already knows
// and finds valid (card found, face / finger matched, PIN right). Under the reader's effective
// verify mode the credential either opens alone, starts a combination (the reader waits for the
// next factor of the same person, up to its timeout), completes one, or is refused. Waiting is
// kept per device and reader; an expired wait is reported as the combination's timeout event
// when the clock is next looked at (presentation, clock change), never by a timer.
import type { SimDevice } from '../device.js'
import type { EventRec } from '../state/model.js'
import { PLAN_SLEEP_MINOR } from './door-gate.js'
import { effectiveVerifyMode, secondFactorTimeoutMs } from './reader-mode.js'
import { alternatives, type Factor } from './verify-mode.js'

/** Pass / fail / timeout minors of MAJOR_EVENT (5) per factor combination (05-events §11). */
const COMBO: Record<string, [number, number, number]> = {
  'card+pw': [2, 3, 4],
  'card+fp': [40, 41, 42],
  'card+fp+pw': [43, 44, 45], // 0x2b–0x2d: SDK numbering, not in the guide's excerpt [INF]
  'fp+pw': [46, 47, 48],
  'face+fp': [54, 55, 56],
  'face+pw': [57, 58, 59],
  'card+face': [60, 61, 62],
  'face+fp+pw': [63, 64, 65],
  'card+face+fp': [66, 67, 68],
  'employeeno+fp': [69, 70, 71],
  'employeeno+fp+pw': [72, 73, 74],
  'employeeno+face': [77, 78, 79],
  'employeeno+pw': [101, 102, 103],
}
/** Combined verification pass / timeout (0x99 / 0x9a); verification mode mismatch (0x9b). */
const GENERIC: [number, number, number] = [153, 155, 154]
export const MODE_MISMATCH = 155

const key = (fs: Iterable<Factor>): string => [...fs].sort().join('+')
const codes = (fs: Iterable<Factor>): [number, number, number] => COMBO[key(fs)] ?? GENERIC

interface Waiting {
  employeeNo: string
  have: Set<Factor>
  alts: Factor[][]
  deadline: number
  mode: string
  fields: Record<string, unknown>
}

const waiting = new WeakMap<SimDevice, Map<number, Waiting>>()
const pendingOf = (dev: SimDevice): Map<number, Waiting> => {
  let m = waiting.get(dev)
  if (!m) waiting.set(dev, (m = new Map()))
  return m
}

export type Verdict =
  | { kind: 'alone'; mode: string } // this credential opens by itself: the caller's usual pass event
  | { kind: 'waiting'; mode: string; needs: Factor[][] }
  | { kind: 'combined'; mode: string; minor: number }
  | { kind: 'refused'; mode: string; minor: number }

export interface Presented {
  readerNo: number
  factor: Factor
  employeeNo: string
  /** Event fields of the person (name, employeeNoString, userType). */
  fields: Record<string, unknown>
}

/** Reports expired waits (timeout events) on every reader of the device. */
export function expireWaits(dev: SimDevice): EventRec[] {
  const out: EventRec[] = []
  const now = dev.now()
  for (const [readerNo, w] of pendingOf(dev)) {
    if (w.deadline > now) continue
    pendingOf(dev).delete(readerNo)
    const alt = w.alts.find((a) => [...w.have].every((f) => a.includes(f))) ?? [...w.have]
    out.push(
      dev.recordEvent(5, codes(alt)[2], {
        cardReaderNo: readerNo,
        doorNo: 1,
        ...w.fields,
        currentVerifyMode: w.mode,
        mask: 'unknown',
      }),
    )
  }
  return out
}

export function decide(dev: SimDevice, p: Presented): Verdict {
  const readers = pendingOf(dev)
  const w = readers.get(p.readerNo)
  if (w) {
    readers.delete(p.readerNo)
    const have = new Set([...w.have, p.factor])
    const done = w.alts.find((a) => a.every((f) => have.has(f)))
    if (w.employeeNo !== p.employeeNo || w.have.has(p.factor))
      return { kind: 'refused', mode: w.mode, minor: codes(w.alts[0] ?? have)[1] }
    if (done) return { kind: 'combined', mode: w.mode, minor: codes(done)[0] }
    const still = w.alts.filter((a) => [...have].every((f) => a.includes(f)))
    if (!still.length) return { kind: 'refused', mode: w.mode, minor: codes(w.alts[0]!)[1] }
    readers.set(p.readerNo, { ...w, have, alts: still })
    return { kind: 'waiting', mode: w.mode, needs: still }
  }
  const mode = effectiveVerifyMode(dev, p.readerNo)
  const alts = alternatives(mode)
  if (alts.some((a) => a.length === 1 && a[0] === p.factor)) return { kind: 'alone', mode }
  const withIt = alts.filter((a) => a.includes(p.factor))
  if (!withIt.length)
    return { kind: 'refused', mode, minor: mode === 'sleep' ? PLAN_SLEEP_MINOR : MODE_MISMATCH }
  readers.set(p.readerNo, {
    employeeNo: p.employeeNo,
    have: new Set([p.factor]),
    alts: withIt,
    deadline: dev.now() + secondFactorTimeoutMs(dev, p.readerNo),
    mode,
    fields: p.fields,
  })
  return { kind: 'waiting', mode, needs: withIt }
}

/** What each reader waits for (control API). */
export function waitsView(dev: SimDevice): Record<string, unknown>[] {
  return [...pendingOf(dev)].map(([readerNo, w]) => ({
    readerNo,
    employeeNo: w.employeeNo,
    have: [...w.have],
    mode: w.mode,
    deadline: dev.iso(w.deadline),
  }))
}

export function clearWaits(dev: SimDevice): void {
  waiting.delete(dev)
}

/**
 * The events of a verdict other than "alone" (which the caller records as its usual pass):
 * none while waiting, the combination's pass (and the door opens) or its failure.
 */
export function verdictEvents(
  dev: SimDevice,
  v: Exclude<Verdict, { kind: 'alone' }>,
  fields: Record<string, unknown>,
  open: () => void,
): EventRec[] {
  if (v.kind === 'waiting') return []
  const rec = dev.recordEvent(5, v.minor, { ...fields, currentVerifyMode: v.mode })
  if (v.kind === 'combined') open()
  return [rec]
}

/** Whether a reader waits for the next factor of a combination. */
export const isWaiting = (dev: SimDevice, readerNo: number): boolean => pendingOf(dev).has(readerNo)
