// Rules that never surprise: what a rule change would take away (persons × terminals that the
// new rule set no longer sends there), counted before it is saved.
import type { RuleImpact } from '@shared/contract/continuous'
import type { Assignment } from '@shared/model'
import type { Store } from '../../store'
import { personsFor } from './targets'
import { codedFailure } from '@shared/coded-failure'

export function ruleImpact(store: Store, before: Assignment[], after: Assignment[]): RuleImpact {
  const persons = new Set<string>()
  let removals = 0
  let terminals = 0
  for (const device of store.devices.list()) {
    const kept = new Set(personsFor(store, device, after))
    let lost = 0
    for (const no of personsFor(store, device, before))
      if (!kept.has(no)) {
        lost++
        persons.add(no)
      }
    removals += lost
    if (lost > 0) terminals++
  }
  return { removals, persons: persons.size, terminals }
}

/** Refuses (nothing saved) a change that takes access away unless the caller confirmed it. */
export function requireConfirmation(impact: RuleImpact, confirmed: boolean | undefined): void {
  if (impact.removals === 0 || confirmed) return
  throw codedFailure(
    'CONFIRMATION_NEEDED',
    'ruleRemovesAccess',
    { persons: impact.persons, terminals: impact.terminals, removals: impact.removals },
    { ...impact },
  )
}
