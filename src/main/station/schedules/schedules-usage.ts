// "In use by N persons": persons name their templates in a comma list (Person.planTemplateNo), so
// the count is one GROUP BY over the distinct lists (schedules-repo), split here.
import type { ScheduleUsage } from '@shared/model'
import type { StationContext } from '../context'

export function schedulesUsage(ctx: StationContext) {
  return (): ScheduleUsage => {
    const counts = new Map<number, number>()
    for (const { plan, n } of ctx.store.schedules.templateListCounts()) {
      const nos = new Set(
        plan
          .split(',')
          .map((s) => Number(s.trim()))
          .filter((x) => Number.isInteger(x) && x > 0),
      )
      for (const no of nos) counts.set(no, (counts.get(no) ?? 0) + n)
    }
    return {
      templates: [...counts.entries()]
        .sort(([a], [b]) => a - b)
        .map(([templateNo, persons]) => ({
          templateNo,
          persons,
          employeeNos: ctx.store.schedules.personsUsingTemplate(templateNo),
        })),
    }
  }
}
