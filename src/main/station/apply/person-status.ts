// Per person and terminal: applied, pending, failed (with the reason) or not assigned, read in
// bulk for a batch of persons (a few queries per batch, not per person). The person drawer asks
// for one person; apply-state.ts asks for batches of thousands and keeps the aggregate.
import type { Assignment, PersonDeviceStatus } from '@shared/model'
import type { LatestFailure, PersonSelection } from '../../store/apply-state-repo'
import type { DeviceRecord } from '../../store/devices-repo'
import type { PersonRecord } from '../../store/persons-repo'
import type { StationContext } from '../context'
import { desiredPersons } from './hashes'
import { isAssigned } from './targets'
import { localNow, validityEnded, validityStartsAt } from './validity'
import { hashesOf, terminalState } from './terminal-state'
import { terminalReasonCode } from './terminal-reason'
import { codedFailure } from '@shared/coded-failure'

export interface BatchStatuses {
  /** Per employeeNo, one status per terminal, in the order of the terminals given. */
  statuses: Map<string, PersonDeviceStatus[]>
  /** Failures that no longer matter: the terminal holds the roster's version, or need not hold the person. */
  settled: { employeeNo: string; deviceId: string }[]
}

export function terminalStatuses(
  ctx: StationContext,
  persons: readonly PersonRecord[],
  devices: readonly DeviceRecord[],
  rules: Assignment[],
  /** Which rows to read: the persons' list by default; a full pass gives their employeeNo range. */
  selection: PersonSelection = { list: persons.map((p) => p.employeeNo) },
): BatchStatuses {
  const repo = ctx.store.applyState
  const desired = desiredPersons([...persons], repo.credentials(selection), (sealed) =>
    ctx.secrets.open(sealed),
  )
  const held = devices.map((d) => repo.holdings(d.id, selection))
  const failures = new Map<string, LatestFailure>()
  for (const f of repo.failures(selection)) failures.set(`${f.employeeNo}\n${f.deviceId}`, f)
  const out: BatchStatuses = { statuses: new Map(), settled: [] }
  const now = localNow(ctx.clock)
  // a person's other groups are read only when a rule names a group
  const byGroup = rules.some((r) => r.personScope.startsWith('group:'))
  for (const person of persons) {
    const no = person.employeeNo
    const want = hashesOf(desired.get(no)!)
    const wanted = !validityEnded(person.valid, now)
    const startsAt = validityStartsAt(person.valid, now)
    const groups = byGroup ? ctx.store.groups.of(no) : [person.groupName]
    out.statuses.set(
      no,
      devices.map((device, i) => {
        const holding = held[i]!.get(no)
        const failure = failures.get(`${no}\n${device.id}`) ?? null
        const { state, reason } = terminalState({
          assigned: wanted && isAssigned(rules, device, { ...person, groups }),
          held: holding,
          desired: want,
          capabilities: device.capabilities,
          failure,
        })
        if (failure && (state === 'applied' || state === 'notAssigned'))
          out.settled.push({ employeeNo: no, deviceId: device.id })
        return {
          deviceId: device.id,
          deviceName: device.name,
          state,
          reason,
          reasonCode: terminalReasonCode(state, {
            assigned: isAssigned(rules, device, person),
            held: holding,
          }),
          errorCode: state === 'failed' ? (failure?.errorCode ?? null) : null,
          updatedAt:
            state === 'applied'
              ? (holding?.updatedAt ?? null)
              : state === 'failed'
                ? (failure?.updatedAt ?? null)
                : null,
          startsAt: state === 'notAssigned' ? null : startsAt,
        }
      }),
    )
  }
  return out
}

/** Per terminal: is this person there as the roster has them, on the way, or failed (and why)? */
export function personDeviceStatus(ctx: StationContext, employeeNo: string): PersonDeviceStatus[] {
  const { store } = ctx
  const person = store.persons.get(employeeNo)
  if (!person) throw codedFailure('NOT_FOUND', 'personMissing', { employeeNo })
  const { statuses } = terminalStatuses(
    ctx,
    [person],
    store.devices.list(),
    store.assignments.list(),
  )
  return statuses.get(employeeNo)!
}
