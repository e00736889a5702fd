// Which persons go to which terminal. Rules pair a person scope ('all', 'group:<name>',
// 'department:<path>' (and its sub-departments), 'person:<employeeNo>') with a device scope
// ('all', 'site:<name>', 'device:<id>'). With no rules at all, every person goes to every
// terminal — the common single-site case. A person in several access groups goes where any of
// their groups goes (the union).
import type { Assignment } from '@shared/model'
import type { DeviceRecord } from '../../store/devices-repo'
import type { Store } from '../../store'

export function deviceMatches(scope: string, device: Pick<DeviceRecord, 'id' | 'site'>): boolean {
  return scope === 'all' || scope === `device:${device.id}` || scope === `site:${device.site}`
}

/** Whether the rules send every roster person to this device (no rule narrows it). */
export function assignsEveryone(device: Pick<DeviceRecord, 'id' | 'site'>, rules: Assignment[]) {
  return (
    rules.length === 0 ||
    rules.some((r) => r.personScope === 'all' && deviceMatches(r.deviceScope, device))
  )
}

/** employeeNos assigned to a device, in roster order. */
export function personsFor(
  store: Store,
  device: Pick<DeviceRecord, 'id' | 'site'>,
  rules: Assignment[],
): string[] {
  if (rules.length === 0) return store.snapshot.employeeNos()
  const scopes = rules.filter((r) => deviceMatches(r.deviceScope, device)).map((r) => r.personScope)
  if (scopes.includes('all')) return store.snapshot.employeeNos()
  const chosen = new Set<string>()
  for (const scope of scopes) {
    if (scope.startsWith('group:'))
      for (const no of store.groups.members(scope.slice(6))) chosen.add(no)
    else if (scope.startsWith('person:')) chosen.add(scope.slice(7))
    else if (scope.startsWith('department:'))
      for (const no of store.departments.members(scope.slice(11))) chosen.add(no)
  }
  return store.snapshot.employeeNos([...chosen])
}

/** Whether a rule set sends this person to this device. */
export function isAssigned(
  rules: readonly Assignment[],
  device: Pick<DeviceRecord, 'id' | 'site'>,
  /** `groups`: every group of the person (store.groups.of); without it, groupName alone. */
  person: { employeeNo: string; groupName: string; groups?: readonly string[] },
): boolean {
  if (rules.length === 0) return true
  const groups = new Set(person.groups ?? [person.groupName])
  return rules.some(
    (r) =>
      deviceMatches(r.deviceScope, device) &&
      (r.personScope === 'all' ||
        r.personScope === `person:${person.employeeNo}` ||
        (r.personScope.startsWith('group:') &&
          r.personScope !== 'group:' &&
          groups.has(r.personScope.slice(6))) ||
        inDepartment(r.personScope, person.groupName)),
  )
}

/** A 'department:<path>' scope holds the persons of that department and its sub-departments. */
function inDepartment(scope: string, groupName: string): boolean {
  if (!scope.startsWith('department:') || groupName === '') return false
  const path = scope.slice(11)
  return groupName === path || groupName.startsWith(`${path}/`)
}
