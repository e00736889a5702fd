// What a new job sends, terminal by terminal: the roster's persons that the rules send there
// (digested once for the whole plan) against what the terminal holds. A generator, so the
// journal writes each terminal's steps as they come and no whole-job array is ever built.
import type { PlannedStep } from '../../store/journal-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { desiredPersons } from './digest'
import { planDevice } from './planner'
import { personsFor } from './targets'
import { localNow, validityEnded } from './validity'

export function jobPlanner(ctx: StationContext, devices: DeviceService) {
  const { store } = ctx
  /** The plan a terminal at a time: the journal writes each as it comes (no whole-job array). */
  function* plan(deviceIds: string[] | undefined, only?: Set<string>): Generator<PlannedStep[]> {
    const rules = store.assignments.list()
    const targets = deviceIds ? deviceIds.map((id) => devices.record(id)) : store.devices.list()
    const wantedBy = targets.map((device) => {
      const assigned = personsFor(store, device, rules)
      return only ? assigned.filter((no) => only.has(no)) : assigned
    })
    // the roster is read and digested once for every terminal of the plan, not once per terminal
    const everyone = [...new Set(wantedBy.flat())]
    // a person whose validity has ended is wanted nowhere: held, they are removed
    const now = localNow(ctx.clock)
    const desiredAll = desiredPersons(
      store.snapshot.persons(everyone).filter((p) => !validityEnded(p.valid, now)),
      store.snapshot.credentials(only ? everyone : undefined),
      (sealed) => ctx.secrets.open(sealed),
    )
    for (const [i, device] of targets.entries()) {
      const desired = new Map(
        wantedBy[i]!.flatMap((no) =>
          desiredAll.has(no) ? [[no, desiredAll.get(no)!] as const] : [],
        ),
      )
      yield planDevice({
        deviceId: device.id,
        deviceName: device.name,
        desired,
        held: store.holdings.ofDevice(device.id),
        capabilities: device.capabilities,
        only,
      })
    }
  }

  /** The plan of chosen persons, terminal by terminal. */
  function* planEach(entries: Iterable<readonly [string, Set<string>]>): Generator<PlannedStep[]> {
    for (const [deviceId, persons] of entries) yield* plan([deviceId], persons)
  }

  return { plan, planEach }
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
