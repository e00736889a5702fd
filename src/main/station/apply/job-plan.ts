// What a new job sends, terminal by terminal: the roster's persons that the rules send there
// against what the terminal holds. Read and planned a page of persons at a time (each page's
// roster rows hashed once for every terminal of the plan), so neither the roster, nor what a
// terminal holds, nor a terminal's steps are ever in memory whole: the journal writes each page's
// steps as they come. Per terminal the removals come first (they free room), then the persons
// in roster order.
import type { PlannedStep } from '../../store/journal-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { desiredPersons } from './hashes'
import { devicePlan } from './planner'
import { assignsEveryone, isAssigned, personsFor } from './targets'
import { localNow, validityEnded } from './validity'

/** Persons read, hashed and planned at a time. */
export const PLAN_PAGE = 1000

function* pages<T>(list: readonly T[], size = PLAN_PAGE): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size)
}

export function jobPlanner(ctx: StationContext, devices: Pick<DeviceService, 'record'>) {
  const { store } = ctx
  /** The plan a page at a time, each batch one terminal's steps (no whole-job or whole-terminal array). */
  function* plan(deviceIds: string[] | undefined, only?: Set<string>): Generator<PlannedStep[]> {
    const rules = store.assignments.list()
    const targets = deviceIds ? deviceIds.map((id) => devices.record(id)) : store.devices.list()
    const onlyList = only ? [...only] : undefined
    // whom each terminal wants: everyone, or the set its rules name (for chosen persons, asked
    // of them alone: a change of one person reads one person, not the groups it belongs to)
    const chosen = onlyList && store.snapshot.persons(onlyList)
    const groupsOf = new Map(
      chosen ? chosen.map((p) => [p.employeeNo, store.groups.of(p.employeeNo)]) : [],
    )
    const wants = targets.map((device) => {
      if (assignsEveryone(device, rules)) return null
      if (chosen)
        return new Set(
          chosen
            .filter((p) => isAssigned(rules, device, { ...p, groups: groupsOf.get(p.employeeNo) }))
            .map((p) => p.employeeNo),
        )
      return new Set(personsFor(store, device, rules))
    })
    const wanted = (i: number, no: string) => wants[i] === null || wants[i]!.has(no)
    const roster = wants.includes(null)
      ? store.snapshot.employeeNos(onlyList)
      : store.snapshot.employeeNos([...new Set(wants.flatMap((w) => [...w!]))])
    // a person whose validity has ended is wanted nowhere: held, they are removed
    const now = localNow(ctx.clock)
    const plans = targets.map((device) =>
      devicePlan({
        deviceId: device.id,
        deviceName: device.name,
        capabilities: device.capabilities,
      }),
    )

    for (const [i, device] of targets.entries()) {
      const held = onlyList
        ? [...store.holdings.ofDeviceFor(device.id, onlyList).keys()]
        : store.holdings.employeeNosOf(device.id)
      for (const page of pages(held)) {
        const staying = new Set(
          store.snapshot
            .persons(page.filter((no) => wanted(i, no)))
            .filter((p) => !validityEnded(p.valid, now))
            .map((p) => p.employeeNo),
        )
        const removed = page.filter((no) => !staying.has(no))
        if (removed.length > 0) yield plans[i]!.removals(removed, new Map())
      }
    }

    for (const page of pages(roster)) {
      const desired = desiredPersons(
        store.snapshot.persons(page).filter((p) => !validityEnded(p.valid, now)),
        store.snapshot.credentials(page),
        (sealed) => ctx.secrets.open(sealed),
      )
      for (const [i, device] of targets.entries()) {
        const mine = wants[i] === null ? desired : filterKeys(desired, wants[i]!)
        if (mine.size === 0) continue
        const steps = plans[i]!.persons(
          mine,
          store.holdings.ofDeviceFor(device.id, [...mine.keys()]),
        )
        if (steps.length > 0) yield steps
      }
    }
  }

  /** The plan of chosen persons, terminal by terminal. */
  function* planEach(entries: Iterable<readonly [string, Set<string>]>): Generator<PlannedStep[]> {
    for (const [deviceId, persons] of entries) yield* plan([deviceId], persons)
  }

  return { plan, planEach }
}

function filterKeys<V>(map: Map<string, V>, keys: Set<string>): Map<string, V> {
  const out = new Map<string, V>()
  for (const [k, v] of map) if (keys.has(k)) out.set(k, v)
  return out
}

/** The batches of a plan, or null when every batch is empty (read lazily: no whole-job array). */
export function nonEmpty(batches: Iterable<PlannedStep[]>): Iterable<PlannedStep[]> | null {
  const it = batches[Symbol.iterator]()
  for (let next = it.next(); !next.done; next = it.next())
    if (next.value.length > 0) {
      const head = next.value
      return (function* () {
        yield head
        for (let rest = it.next(); !rest.done; rest = it.next()) yield rest.value
      })()
    }
  return null
}
