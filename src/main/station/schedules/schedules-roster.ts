// The station's schedule definitions: saved by number, references checked both ways (a template
// names an existing week plan and holiday groups; a definition still referred to cannot go).
import type { ParsedArgsOf } from '@shared/api'
import type {
  HolidayGroupDef,
  HolidayPlanDef,
  PlanTemplateDef,
  ScheduleObjectKind,
  ScheduleRoster,
  WeekPlanDef,
} from '@shared/model'
import type { StationContext } from '../context'
import { codedFailure } from '@shared/coded-failure'

export function schedulesRoster(ctx: StationContext) {
  const { store } = ctx
  const now = () => ctx.clock.now().toISOString()
  const audit = (action: string, kind: ScheduleObjectKind, no: number) =>
    ctx.audit(action, `schedule:${kind}:${no}`)

  const missing = (kind: ScheduleObjectKind, nos: number[], have: Set<number>) => {
    const gone = nos.filter((n) => !have.has(n))
    if (gone.length)
      throw codedFailure(
        'NOT_FOUND',
        'schedulesMissing',
        { kind, missing: gone.join(', ') },
        { kind, missing: gone },
      )
  }

  return {
    list: (): ScheduleRoster => store.schedules.list(),

    saveWeekPlan(a: ParsedArgsOf<'schedules.saveWeekPlan'>): WeekPlanDef {
      const def: WeekPlanDef = { planNo: a.planNo, name: a.name, days: a.days, updatedAt: now() }
      store.tx(() => {
        store.schedules.putWeekPlan(def)
        audit('schedules.saveWeekPlan', 'weekPlan', a.planNo)
      })
      return def
    },

    saveHolidayPlan(a: ParsedArgsOf<'schedules.saveHolidayPlan'>): HolidayPlanDef {
      const def: HolidayPlanDef = { ...a, updatedAt: now() }
      store.tx(() => {
        store.schedules.putHolidayPlan(def)
        audit('schedules.saveHolidayPlan', 'holidayPlan', a.planNo)
      })
      return def
    },

    saveHolidayGroup(a: ParsedArgsOf<'schedules.saveHolidayGroup'>): HolidayGroupDef {
      const def: HolidayGroupDef = { ...a, updatedAt: now() }
      store.tx(() => {
        missing(
          'holidayPlan',
          a.holidayPlanNos,
          new Set(store.schedules.list().holidayPlans.map((p) => p.planNo)),
        )
        store.schedules.putHolidayGroup(def)
        audit('schedules.saveHolidayGroup', 'holidayGroup', a.groupNo)
      })
      return def
    },

    saveTemplate(a: ParsedArgsOf<'schedules.saveTemplate'>): PlanTemplateDef {
      const def: PlanTemplateDef = { ...a, updatedAt: now() }
      store.tx(() => {
        const r = store.schedules.list()
        missing('weekPlan', [a.weekPlanNo], new Set(r.weekPlans.map((p) => p.planNo)))
        missing('holidayGroup', a.holidayGroupNos, new Set(r.holidayGroups.map((g) => g.groupNo)))
        store.schedules.putTemplate(def)
        audit('schedules.saveTemplate', 'template', a.templateNo)
      })
      return def
    },

    remove({ kind, no }: ParsedArgsOf<'schedules.remove'>): { removed: boolean } {
      return store.tx(() => {
        const r = store.schedules.list()
        const users: string[] =
          kind === 'weekPlan'
            ? r.templates.filter((t) => t.weekPlanNo === no).map((t) => String(t.templateNo))
            : kind === 'holidayPlan'
              ? r.holidayGroups
                  .filter((g) => g.holidayPlanNos.includes(no))
                  .map((g) => String(g.groupNo))
              : kind === 'holidayGroup'
                ? r.templates
                    .filter((t) => t.holidayGroupNos.includes(no))
                    .map((t) => String(t.templateNo))
                : store.schedules.personsUsingTemplate(no)
        const userKind =
          kind === 'weekPlan' || kind === 'holidayGroup'
            ? 'template'
            : kind === 'holidayPlan'
              ? 'holidayGroup'
              : 'person'
        if (users.length)
          throw codedFailure(
            'CONFLICT',
            'scheduleInUse',
            { kind, no, userKind, usedBy: users.join(', ') },
            { kind, no, userKind, usedBy: users },
          )
        const removed = store.schedules.remove(kind, no)
        if (removed) audit('schedules.remove', kind, no)
        return { removed }
      })
    },
  }
}
