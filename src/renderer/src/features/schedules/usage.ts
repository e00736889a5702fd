// Who refers to a definition: templates name week plans and holiday groups, groups name holiday
// plans (all in the station's roster), persons name templates (counted by schedules.usage).
// The station refuses to remove anything still referred to; this says so before asking.
import type { ScheduleObjectKind, ScheduleRoster, ScheduleUsage } from '@shared/model'

export interface UsedBy {
  /** Definitions that refer to it, by kind and number. */
  refs: { kind: ScheduleObjectKind; no: number; name: string }[]
  /** Persons who name it (templates only). */
  persons: number
  /** Up to five of those persons. */
  employeeNos: string[]
}

export function usedBy(
  roster: ScheduleRoster,
  usage: ScheduleUsage | null,
  kind: ScheduleObjectKind,
  no: number,
): UsedBy {
  const none: UsedBy = { refs: [], persons: 0, employeeNos: [] }
  switch (kind) {
    case 'weekPlan':
      return {
        ...none,
        refs: roster.templates
          .filter((t) => t.weekPlanNo === no)
          .map((t) => ({ kind: 'template', no: t.templateNo, name: t.name })),
      }
    case 'holidayPlan':
      return {
        ...none,
        refs: roster.holidayGroups
          .filter((g) => g.holidayPlanNos.includes(no))
          .map((g) => ({ kind: 'holidayGroup', no: g.groupNo, name: g.name })),
      }
    case 'holidayGroup':
      return {
        ...none,
        refs: roster.templates
          .filter((t) => t.holidayGroupNos.includes(no))
          .map((t) => ({ kind: 'template', no: t.templateNo, name: t.name })),
      }
    case 'template': {
      const u = usage?.templates.find((x) => x.templateNo === no)
      return { ...none, persons: u?.persons ?? 0, employeeNos: u?.employeeNos ?? [] }
    }
  }
}

export const inUse = (u: UsedBy): boolean => u.refs.length > 0 || u.persons > 0

/** The lowest free number from `from` up (1 is left to the terminals' factory all-day plan). */
export function nextFree(taken: readonly number[], from = 2): number {
  const set = new Set(taken)
  let n = from
  while (set.has(n)) n++
  return n
}
