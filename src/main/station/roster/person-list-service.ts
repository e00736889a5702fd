// The Persons list's tools on the station side (registered by roster/feature.ts): bulk edit and
// removal of a selection, each in one transaction with one audit entry and one roster.changed
// (continuous apply and the apply states follow it like any edit), and face thumbnails at a
// bounded size.
import type { ParsedArgsOf } from '@shared/api'
import { AppFailure } from '@shared/result'
import { codedFailure } from '@shared/coded-failure'
import { normaliseGroups } from '../../store/access-groups-repo'
import type { StationContext } from '../context'
import type { RosterService } from './roster-service'
import { checkPersonFits } from './terminal-fit'
import { faceThumbnails } from './face-thumbnails'
import { searchFilters } from './search-filters'

type Selection = ParsedArgsOf<'persons.bulkEdit'>['selection']
type Changes = ParsedArgsOf<'persons.bulkEdit'>['set']
type RangeArgs = ParsedArgsOf<'persons.range'>

export function personListService(ctx: StationContext, roster: RosterService) {
  const { store } = ctx
  const thumbnails = faceThumbnails(store)

  /** The employee numbers a selection names, each once; unknown ones refused. */
  const resolve = (selection: Selection, expected: number): string[] => {
    let nos: string[]
    if ('employeeNos' in selection) {
      nos = [...new Set(selection.employeeNos)]
      const missing = nos.filter((n) => !store.persons.get(n))
      if (missing.length > 0)
        throw new AppFailure(
          'NOT_FOUND',
          `${missing.length} of the selected persons are no longer in the roster (${missing.slice(0, 5).join(', ')}).`,
          { reason: { code: 'bulkPersonsGone', params: { count: missing.length } } },
        )
    } else {
      const { query, sort: _sort, ...filters } = selection.filter
      nos = store.search.matching(query, searchFilters(filters))
    }
    if (nos.length !== expected)
      throw new AppFailure(
        'CONFLICT',
        `The selection now holds ${nos.length} persons, not the ${expected} confirmed; nothing was changed.`,
        { reason: { code: 'bulkCountChanged', params: { expected, found: nos.length } } },
      )
    return nos
  }

  /** `checked`: the fit verdicts already given (persons alike in what terminals check share one). */
  const edit = (employeeNo: string, set: Changes, at: string, checked: Set<string>): void => {
    const existing = store.persons.get(employeeNo)!
    const groups = store.groups.of(employeeNo)
    const department = set.department ?? existing.groupName
    const removed = new Set(set.removeGroups ?? [])
    const others = normaliseGroups([...groups.slice(1), ...(set.addGroups ?? [])]).filter(
      (g) => !removed.has(g) && g !== department,
    )
    const input: ParsedArgsOf<'persons.save'> = {
      employeeNo,
      name: existing.name,
      userType: set.userType ?? existing.userType,
      gender: existing.gender,
      valid: set.valid
        ? set.valid.enable
          ? { ...set.valid, timeType: existing.valid.timeType }
          : { ...existing.valid, enable: false }
        : existing.valid,
      doorRights: existing.doorRights,
      planTemplateNo: set.planTemplateNo ?? existing.planTemplateNo,
      groupName: department,
      groups: department === '' ? others : [department, ...others],
      notes: existing.notes,
    }
    const fitKey = JSON.stringify([
      input.groups,
      input.userType,
      input.valid,
      input.planTemplateNo,
      input.doorRights,
    ])
    if (!checked.has(fitKey)) {
      checkPersonFits(ctx, input) // a terminal the person goes to would refuse it: nothing is written
      checked.add(fitKey)
    }
    store.persons.put(roster.toRecord(input, existing, at))
    store.groups.setOthers(employeeNo, others)
  }

  return {
    /** Edits every person of the selection, if it still holds `expected` persons. */
    bulkEdit(selection: Selection, expected: number, set: Changes): { persons: number } {
      const at = ctx.clock.now().toISOString()
      const nos = store.tx(() => {
        const nos = resolve(selection, expected)
        const checked = new Set<string>()
        for (const n of nos) edit(n, set, at, checked)
        ctx.audit('persons.bulkEdit', 'persons:bulk', {
          persons: nos.length,
          set,
          employeeNos: nos.slice(0, 100),
        })
        return nos
      })
      ctx.bus.emit('roster.changed', { employeeNos: nos })
      return { persons: nos.length }
    },
    /** Removes every person of the selection, if it still holds `expected` persons. */
    bulkRemove(selection: Selection, expected: number): { removed: number } {
      const nos = store.tx(() => {
        const nos = resolve(selection, expected)
        for (const n of nos) store.persons.remove(n)
        ctx.audit('persons.bulkRemove', 'persons:bulk', {
          persons: nos.length,
          employeeNos: nos.slice(0, 100),
        })
        return nos
      })
      ctx.bus.emit('roster.changed', { employeeNos: nos })
      return { removed: nos.length }
    },
    thumbnails: (employeeNos: readonly string[]) => thumbnails.of(employeeNos),
    /** Everyone between two persons of the list's order (search, filters, sort), either way round. */
    range(filter: RangeArgs['filter'], from: string, to: string): { employeeNos: string[] } {
      const { query, sort, ...filters } = filter
      const employeeNos = store.search.between(query, searchFilters(filters), sort, from, to)
      if (!employeeNos) throw codedFailure('NOT_FOUND', 'rangeEndGone', { from, to }, { from, to })
      return { employeeNos }
    },
  }
}
