import type { PersonDeviceStatus } from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { StationContext } from '../context'
import { desiredPersons } from './digest'
import { isAssigned } from './targets'

/** Per terminal: is this person there as the roster has them, on the way, or failed (and why)? */
export function personDeviceStatus(ctx: StationContext, employeeNo: string): PersonDeviceStatus[] {
  const { store } = ctx
  const person = store.persons.get(employeeNo)
  if (!person)
    throw new AppFailure(
      'NOT_FOUND',
      `There is no person with employee number ${employeeNo} in the roster.`,
    )
  const desired = desiredPersons([person], store.snapshot.credentials([employeeNo]), (sealed) =>
    ctx.secrets.open(sealed),
  ).get(employeeNo)!
  const rules = store.assignments.list()
  const steps = store.journal.stepsForPerson(employeeNo)
  return store.devices.list().map((device) => {
    const held = store.holdings.get(device.id, employeeNo)
    const base = { deviceId: device.id, deviceName: device.name, updatedAt: null }
    if (!isAssigned(rules, device, person)) {
      return held
        ? {
            ...base,
            state: 'pending',
            reason: 'To be removed from this terminal at the next apply.',
          }
        : { ...base, state: 'notAssigned', reason: null }
    }
    // compare only what this terminal can hold: a face on a card-only controller is not "pending"
    const can = device.capabilities
    const want = (ok: boolean | undefined, entries: string[]) =>
      (ok === false ? [] : entries).join()
    const same =
      held &&
      held.personDigest === desired.personDigest &&
      (can?.face === false || held.faceDigest === desired.faceDigest) &&
      held.cards.join() === want(can?.card, desired.cards) &&
      held.fingerprints.join() === want(can?.fingerprint, desired.fingerprints) &&
      held.irises.join() === want(can?.iris, desired.irises)
    const latest = steps.find((s) => s.deviceId === device.id)
    if (same)
      return { ...base, state: 'applied', reason: null, updatedAt: latest?.updatedAt ?? null }
    if (latest?.state === 'failed')
      return { ...base, state: 'failed', reason: latest.reason, updatedAt: latest.updatedAt }
    return {
      ...base,
      state: 'pending',
      reason: held ? 'Changed since the last apply.' : 'Not applied yet.',
    }
  })
}
