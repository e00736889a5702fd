// The station's reader authentication (Verify) and door-status (DoorStatus) definitions and their
// bindings to terminals' readers and doors. References are checked both ways, as for the person
// schedules: a template names existing plans and groups, and nothing still referred to (by a
// definition or a binding) can go.
import type { ParsedArgsOf } from '@shared/api'
import type {
  ModeFamily,
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeSchedules,
  ModeTemplateDef,
  ModeWeekPlanDef,
  ScheduleBinding,
  ScheduleObjectKind,
} from '@shared/model'
import { FAMILY_TARGET } from '@shared/model'
import type { StationContext } from '../context'
import { codedFailure } from '@shared/coded-failure'

export function scheduleModesRoster(ctx: StationContext) {
  const { store } = ctx
  const repo = store.schedules.modes
  const now = () => ctx.clock.now().toISOString()
  const audit = (action: string, subject: string, details: Record<string, unknown> | null = null) =>
    ctx.audit(action, subject, details)

  const missing = (family: ModeFamily, kind: ScheduleObjectKind, nos: number[], have: number[]) => {
    const gone = nos.filter((n) => !have.includes(n))
    if (gone.length)
      throw codedFailure(
        'NOT_FOUND',
        'modeSchedulesMissing',
        { family, kind, missing: gone.join(', ') },
        { family, kind, missing: gone },
      )
  }

  return {
    list: (): ModeSchedules => ({
      Verify: repo.list('Verify'),
      DoorStatus: repo.list('DoorStatus'),
      bindings: repo.bindings(),
    }),

    saveWeekPlan(a: ParsedArgsOf<'schedules.saveModeWeekPlan'>): ModeWeekPlanDef {
      const def: ModeWeekPlanDef = { ...a, updatedAt: now() }
      store.tx(() => {
        repo.putWeekPlan(def)
        audit('schedules.saveModeWeekPlan', `schedule:${a.family}:weekPlan:${a.planNo}`)
      })
      return def
    },

    saveHolidayPlan(a: ParsedArgsOf<'schedules.saveModeHolidayPlan'>): ModeHolidayPlanDef {
      const def: ModeHolidayPlanDef = { ...a, updatedAt: now() }
      store.tx(() => {
        repo.putHolidayPlan(def)
        audit('schedules.saveModeHolidayPlan', `schedule:${a.family}:holidayPlan:${a.planNo}`)
      })
      return def
    },

    saveHolidayGroup(a: ParsedArgsOf<'schedules.saveModeHolidayGroup'>): ModeHolidayGroupDef {
      const def: ModeHolidayGroupDef = { ...a, updatedAt: now() }
      store.tx(() => {
        const r = repo.list(a.family)
        missing(
          a.family,
          'holidayPlan',
          a.holidayPlanNos,
          r.holidayPlans.map((p) => p.planNo),
        )
        repo.putHolidayGroup(def)
        audit('schedules.saveModeHolidayGroup', `schedule:${a.family}:holidayGroup:${a.groupNo}`)
      })
      return def
    },

    saveTemplate(a: ParsedArgsOf<'schedules.saveModeTemplate'>): ModeTemplateDef {
      const def: ModeTemplateDef = { ...a, updatedAt: now() }
      store.tx(() => {
        const r = repo.list(a.family)
        missing(
          a.family,
          'weekPlan',
          [a.weekPlanNo],
          r.weekPlans.map((p) => p.planNo),
        )
        missing(
          a.family,
          'holidayGroup',
          a.holidayGroupNos,
          r.holidayGroups.map((g) => g.groupNo),
        )
        repo.putTemplate(def)
        audit('schedules.saveModeTemplate', `schedule:${a.family}:template:${a.templateNo}`)
      })
      return def
    },

    remove({ family, kind, no }: ParsedArgsOf<'schedules.removeMode'>): { removed: boolean } {
      return store.tx(() => {
        const r = repo.list(family)
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
                : repo
                    .bindings()
                    .filter((b) => b.target === FAMILY_TARGET[family] && b.templateNo === no)
                    .map((b) => {
                      const name = store.devices.get(b.deviceId)?.name ?? b.deviceId
                      return `${name} #${b.no}`
                    })
        const userKind =
          kind === 'weekPlan' || kind === 'holidayGroup'
            ? 'template'
            : kind === 'holidayPlan'
              ? 'holidayGroup'
              : FAMILY_TARGET[family]
        if (users.length)
          throw codedFailure(
            'CONFLICT',
            'modeScheduleInUse',
            { family, kind, no, userKind, usedBy: users.join(', ') },
            { family, kind, no, userKind, usedBy: users },
          )
        const removed = repo.remove(family, kind, no)
        if (removed) audit('schedules.removeMode', `schedule:${family}:${kind}:${no}`)
        return { removed }
      })
    },

    bind(a: ParsedArgsOf<'schedules.bind'>, deviceName: string): ScheduleBinding {
      const family: ModeFamily = a.target === 'reader' ? 'Verify' : 'DoorStatus'
      return store.tx(() => {
        if (a.templateNo !== 0)
          missing(
            family,
            'template',
            [a.templateNo],
            repo.list(family).templates.map((t) => t.templateNo),
          )
        repo.putBinding(a, now())
        audit('schedules.bind', `device:${a.deviceId}`, {
          device: deviceName,
          target: a.target,
          no: a.no,
          templateNo: a.templateNo,
        })
        return { deviceId: a.deviceId, target: a.target, no: a.no, templateNo: a.templateNo }
      })
    },
  }
}
