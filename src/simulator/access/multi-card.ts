// Multi-factor (multi-person) authentication of a door (guide 21.27, protocol-config/04 §10):
// with MultiCardCfg/<door> enabled, a rule (GroupCfg item) opens the door only after its steps
// (GroupCombination by sequenceNo: memberNum persons of groupNo) are met in order, each next
// person within `swipeIntervalTimeout` seconds of the previous one. A person counts for a group
// when GroupCfg/<groupNo> is enabled (and valid now) and the person's belongGroup lists it.
// Minors are the SDK's MINOR_* codes (05-events): 0x0c not in a multi-factor group, 0x10 multi-
// factor authentication passed, 0x23 repeated authentication, 0x24 timed out. While the door
// waits, each person in time is remembered and no event is logged. Waits expire when the clock is
// next looked at (a presentation or a clock change), never by a timer.
import type { SimDevice } from '../device.js'
import type { EventRec, PersonRec } from '../state/model.js'
import { storedDoc } from './stored-doc.js'

export const MULTI = { notInGroup: 12, passed: 16, repeated: 35, timeout: 36 } as const

/** groupNo 65534 (super password) and 65535 (remote open) are not persons' groups. */
const SPECIAL = new Set([65534, 65535])

interface Step {
  groupNo: number
  memberNum: number
}
interface Rule {
  id: number
  steps: Step[]
}
interface Waiting {
  rule: Rule
  step: number
  inStep: number
  persons: Set<string>
  deadline: number
  fields: Record<string, unknown>
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const waits = new WeakMap<SimDevice, Map<number, Waiting>>()
const waitsOf = (dev: SimDevice): Map<number, Waiting> => {
  let m = waits.get(dev)
  if (!m) waits.set(dev, (m = new Map()))
  return m
}

function rulesOf(cfg: Json): Rule[] {
  const list = Array.isArray(cfg.GroupCfg) ? cfg.GroupCfg.filter(isObj) : []
  return list
    .filter((r) => r.enable === true)
    .map((r) => ({
      id: Number(r.id),
      steps: (Array.isArray(r.GroupCombination) ? r.GroupCombination.filter(isObj) : [])
        .filter((s) => s.enable === true && !SPECIAL.has(Number(s.groupNo)))
        .sort((a, b) => Number(a.sequenceNo) - Number(b.sequenceNo))
        .map((s) => ({ groupNo: Number(s.groupNo), memberNum: Math.max(1, Number(s.memberNum)) })),
    }))
    .filter((r) => r.steps.length > 0)
}

function groupValid(dev: SimDevice, groupNo: number): boolean {
  const g = storedDoc(dev, 'GroupCfg', groupNo)
  if (g?.enable !== true) return false
  const period = isObj(g.ValidPeriodCfg) ? g.ValidPeriodCfg : undefined
  if (period?.enable !== true) return true
  // validity times are UTC (protocol-config/04 §10)
  const now = new Date(dev.now()).toISOString().slice(0, 19)
  return now >= String(period.beginTime) && now <= String(period.endTime)
}

const groupsOf = (dev: SimDevice, p: PersonRec): Set<number> =>
  new Set(
    p.belongGroup
      .split(',')
      .map((g) => Number(g.trim()))
      .filter((g) => Number.isInteger(g) && g > 0 && groupValid(dev, g)),
  )

export type MultiVerdict =
  | { kind: 'none' } // no multi-factor rule on this door: the person's own verdict stands
  | { kind: 'waiting' }
  | { kind: 'passed' }
  | { kind: 'refused'; minor: number }

/** Timeout events of doors whose wait expired. */
export function expireMultiWaits(dev: SimDevice): EventRec[] {
  const out: EventRec[] = []
  for (const [doorNo, w] of waitsOf(dev)) {
    if (w.deadline > dev.now()) continue
    waitsOf(dev).delete(doorNo)
    out.push(dev.recordEvent(5, MULTI.timeout, { doorNo, ...w.fields }))
  }
  return out
}

/** The door's multi-factor verdict on one authenticated person. */
export function multiVerdict(
  dev: SimDevice,
  doorNo: number,
  person: PersonRec,
  fields: Record<string, unknown>,
): MultiVerdict {
  const cfg = storedDoc(dev, 'MultiCardCfg', doorNo)
  if (!cfg || cfg.enable !== true) return { kind: 'none' }
  const rules = rulesOf(cfg)
  if (rules.length === 0) return { kind: 'none' }
  const timeoutMs = Math.max(1, Number(cfg.swipeIntervalTimeout ?? 10)) * 1000
  const groups = groupsOf(dev, person)
  const doors = waitsOf(dev)
  const w = doors.get(doorNo)
  if (w) {
    if (w.persons.has(person.employeeNo)) return { kind: 'refused', minor: MULTI.repeated }
    const step = w.rule.steps[w.step]!
    if (!groups.has(step.groupNo)) return { kind: 'refused', minor: MULTI.notInGroup }
    w.persons.add(person.employeeNo)
    w.inStep++
    if (w.inStep >= step.memberNum) {
      w.step++
      w.inStep = 0
    }
    if (w.step >= w.rule.steps.length) {
      doors.delete(doorNo)
      return { kind: 'passed' }
    }
    w.deadline = dev.now() + timeoutMs
    w.fields = fields
    return { kind: 'waiting' }
  }
  const rule = rules.find((r) => groups.has(r.steps[0]!.groupNo))
  if (!rule) return { kind: 'refused', minor: MULTI.notInGroup }
  const first = rule.steps[0]!
  const done = first.memberNum <= 1 && rule.steps.length === 1
  if (done) return { kind: 'passed' }
  doors.set(doorNo, {
    rule,
    step: first.memberNum <= 1 ? 1 : 0,
    inStep: first.memberNum <= 1 ? 0 : 1,
    persons: new Set([person.employeeNo]),
    deadline: dev.now() + timeoutMs,
    fields,
  })
  return { kind: 'waiting' }
}

/** What each door waits for (control API). */
export const multiWaitsView = (dev: SimDevice): Record<string, unknown>[] =>
  [...waitsOf(dev)].map(([doorNo, w]) => ({
    doorNo,
    rule: w.rule.id,
    step: w.step + 1,
    persons: [...w.persons],
    deadline: dev.iso(w.deadline),
  }))

export function clearMultiWaits(dev: SimDevice): void {
  waits.delete(dev)
}
