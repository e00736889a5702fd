import type { Database } from 'better-sqlite3'
import type {
  BindingTarget,
  ModeFamily,
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeScheduleRoster,
  ModeTemplateDef,
  ModeWeekPlanDef,
  ScheduleBinding,
  ScheduleObjectKind,
} from '@shared/model'

interface WeekRow {
  family: ModeFamily
  plan_no: number
  name: string
  days: string
  updated_at: string
}
interface HolidayRow {
  family: ModeFamily
  plan_no: number
  name: string
  begin_date: string
  end_date: string
  segments: string
  updated_at: string
}
interface GroupRow {
  family: ModeFamily
  group_no: number
  name: string
  plan_nos: string
  updated_at: string
}
interface TemplateRow {
  family: ModeFamily
  template_no: number
  name: string
  week_plan_no: number
  group_nos: string
  updated_at: string
}
interface BindingRow {
  device_id: string
  target: BindingTarget
  no: number
  template_no: number
}

const TABLE: Record<ScheduleObjectKind, [string, string]> = {
  weekPlan: ['schedule_mode_week_plans', 'plan_no'],
  holidayPlan: ['schedule_mode_holiday_plans', 'plan_no'],
  holidayGroup: ['schedule_mode_holiday_groups', 'group_no'],
  template: ['schedule_mode_templates', 'template_no'],
}

/** Verify and DoorStatus schedule definitions, by family, and their bindings to readers and doors. */
export function scheduleModesRepo(db: Database) {
  const weekAll = db.prepare<[string], WeekRow>(
    'SELECT * FROM schedule_mode_week_plans WHERE family = ? ORDER BY plan_no',
  )
  const holidayAll = db.prepare<[string], HolidayRow>(
    'SELECT * FROM schedule_mode_holiday_plans WHERE family = ? ORDER BY plan_no',
  )
  const groupAll = db.prepare<[string], GroupRow>(
    'SELECT * FROM schedule_mode_holiday_groups WHERE family = ? ORDER BY group_no',
  )
  const templateAll = db.prepare<[string], TemplateRow>(
    'SELECT * FROM schedule_mode_templates WHERE family = ? ORDER BY template_no',
  )
  const putWeek = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO schedule_mode_week_plans (family, plan_no, name, days, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (family, plan_no) DO UPDATE SET name = excluded.name, days = excluded.days, updated_at = excluded.updated_at',
  )
  const putHoliday = db.prepare<[string, number, string, string, string, string, string]>(
    'INSERT INTO schedule_mode_holiday_plans (family, plan_no, name, begin_date, end_date, segments, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (family, plan_no) DO UPDATE SET name = excluded.name, begin_date = excluded.begin_date, end_date = excluded.end_date, segments = excluded.segments, updated_at = excluded.updated_at',
  )
  const putGroup = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO schedule_mode_holiday_groups (family, group_no, name, plan_nos, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (family, group_no) DO UPDATE SET name = excluded.name, plan_nos = excluded.plan_nos, updated_at = excluded.updated_at',
  )
  const putTemplate = db.prepare<[string, number, string, number, string, string]>(
    'INSERT INTO schedule_mode_templates (family, template_no, name, week_plan_no, group_nos, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (family, template_no) DO UPDATE SET name = excluded.name, week_plan_no = excluded.week_plan_no, group_nos = excluded.group_nos, updated_at = excluded.updated_at',
  )
  const removers = Object.fromEntries(
    Object.entries(TABLE).map(([kind, [table, key]]) => [
      kind,
      db.prepare<[string, number]>(`DELETE FROM ${table} WHERE family = ? AND ${key} = ?`),
    ]),
  ) as Record<ScheduleObjectKind, ReturnType<typeof db.prepare<[string, number]>>>
  const bindingsAll = db.prepare<[], BindingRow>(
    'SELECT device_id, target, no, template_no FROM schedule_bindings ORDER BY device_id, target, no',
  )
  const putBinding = db.prepare<[string, string, number, number, string]>(
    'INSERT INTO schedule_bindings (device_id, target, no, template_no, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, target, no) DO UPDATE SET template_no = excluded.template_no, updated_at = excluded.updated_at',
  )

  return {
    list: (family: ModeFamily): ModeScheduleRoster => ({
      family,
      weekPlans: weekAll.all(family).map((r) => ({
        family,
        planNo: r.plan_no,
        name: r.name,
        days: JSON.parse(r.days) as ModeWeekPlanDef['days'],
        updatedAt: r.updated_at,
      })),
      holidayPlans: holidayAll.all(family).map((r) => ({
        family,
        planNo: r.plan_no,
        name: r.name,
        beginDate: r.begin_date,
        endDate: r.end_date,
        segments: JSON.parse(r.segments) as ModeHolidayPlanDef['segments'],
        updatedAt: r.updated_at,
      })),
      holidayGroups: groupAll.all(family).map((r) => ({
        family,
        groupNo: r.group_no,
        name: r.name,
        holidayPlanNos: JSON.parse(r.plan_nos) as number[],
        updatedAt: r.updated_at,
      })),
      templates: templateAll.all(family).map((r) => ({
        family,
        templateNo: r.template_no,
        name: r.name,
        weekPlanNo: r.week_plan_no,
        holidayGroupNos: JSON.parse(r.group_nos) as number[],
        updatedAt: r.updated_at,
      })),
    }),
    putWeekPlan: (p: ModeWeekPlanDef): void =>
      void putWeek.run(p.family, p.planNo, p.name, JSON.stringify(p.days), p.updatedAt),
    putHolidayPlan: (p: ModeHolidayPlanDef): void =>
      void putHoliday.run(
        p.family,
        p.planNo,
        p.name,
        p.beginDate,
        p.endDate,
        JSON.stringify(p.segments),
        p.updatedAt,
      ),
    putHolidayGroup: (g: ModeHolidayGroupDef): void =>
      void putGroup.run(g.family, g.groupNo, g.name, JSON.stringify(g.holidayPlanNos), g.updatedAt),
    putTemplate: (t: ModeTemplateDef): void =>
      void putTemplate.run(
        t.family,
        t.templateNo,
        t.name,
        t.weekPlanNo,
        JSON.stringify(t.holidayGroupNos),
        t.updatedAt,
      ),
    remove: (family: ModeFamily, kind: ScheduleObjectKind, no: number): boolean =>
      removers[kind].run(family, no).changes > 0,
    bindings: (): ScheduleBinding[] =>
      bindingsAll.all().map((r) => ({
        deviceId: r.device_id,
        target: r.target,
        no: r.no,
        templateNo: r.template_no,
      })),
    putBinding: (b: ScheduleBinding, at: string): void =>
      void putBinding.run(b.deviceId, b.target, b.no, b.templateNo, at),
  }
}
