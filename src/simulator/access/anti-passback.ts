// Anti-passback (guide 21.23, protocol-config/04 §9): with AntiSneakCfg enabled, a person who
// passed at a reader taking part (CardReaderAntiSneakCfg/<r>.enable) may pass next only at one of
// that reader's follow-up readers; with none listed, anywhere but the same reader again (so the
// second entry in a row is refused). The first passage must be at `startCardReaderNo` when it is
// not 0. A refusal is MAJOR_EVENT 0x0a "anti-passback fail". ClearAntiSneak forgets where the
// listed persons (or everybody) last passed; ClearAntiSneakCfg resets the rule (clear.ts).
import type { SimDevice } from '../device.js'
import { storedDoc } from './stored-doc.js'

/** MINOR_ANTI_SNEAK_FAIL (05-events major/minor table). */
export const ANTI_PASSBACK_FAIL = 10

const lastReader = new WeakMap<SimDevice, Map<string, number>>()
const passagesOf = (dev: SimDevice): Map<string, number> => {
  let m = lastReader.get(dev)
  if (!m) lastReader.set(dev, (m = new Map()))
  return m
}

function ruleOn(dev: SimDevice, readerNo: number): boolean {
  const cfg = storedDoc(dev, 'AntiSneakCfg', 0)
  if (cfg?.enable !== true) return false
  return storedDoc(dev, 'CardReaderAntiSneakCfg', readerNo)?.enable === true
}

/** Whether this person may pass at this reader now (true when the rule does not apply). */
export function antiPassbackAllows(dev: SimDevice, readerNo: number, employeeNo: string): boolean {
  if (!ruleOn(dev, readerNo)) return true
  const last = passagesOf(dev).get(employeeNo)
  if (last === undefined) {
    const start = Number(storedDoc(dev, 'AntiSneakCfg', 0)?.startCardReaderNo ?? 0)
    return start === 0 || start === readerNo
  }
  const next = storedDoc(dev, 'CardReaderAntiSneakCfg', last)?.followUpCardReader
  const allowed = Array.isArray(next) ? next.map(Number) : []
  return allowed.length > 0 ? allowed.includes(readerNo) : readerNo !== last
}

/** A person passed at a reader: remembered where the rule applies. */
export function antiPassbackPassed(dev: SimDevice, readerNo: number, employeeNo: string): void {
  if (ruleOn(dev, readerNo)) passagesOf(dev).set(employeeNo, readerNo)
}

/** ClearAntiSneak: forget the listed persons' passages, or everybody's. */
export function clearPassages(dev: SimDevice, employeeNos: string[] | 'all'): number {
  const m = passagesOf(dev)
  if (employeeNos === 'all') {
    const n = m.size
    m.clear()
    return n
  }
  return employeeNos.filter((e) => m.delete(e)).length
}

/** Where each person last passed (control API). */
export const passagesView = (dev: SimDevice): Record<string, number> =>
  Object.fromEntries(passagesOf(dev))
