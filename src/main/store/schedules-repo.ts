import type { Database } from 'better-sqlite3'
import type {
  HolidayGroupDef,
  HolidayPlanDef,
  PlanTemplateDef,
  ScheduleObjectKind,
  ScheduleRoster,
  WeekPlanDef,
} from '@shared/model'
import { scheduleModesRepo } from './schedule-modes-repo'

interface WeekRow {
  plan_no: number
  name: string
  days: string
  updated_at: string
}
interface HolidayRow {
  plan_no: number
  name: string
  begin_date: string
  end_date: string
  segments: string
  updated_at: string
}
interface GroupRow {
  group_no: number
  name: string
  plan_nos: string
  updated_at: string
}
interface TemplateRow {
  template_no: number
  name: string
  week_plan_no: number
  group_nos: string
  updated_at: string
}

const TABLE: Record<ScheduleObjectKind, [string, string]> = {
  weekPlan: ['schedule_week_plans', 'plan_no'],
  holidayPlan: ['schedule_holiday_plans', 'plan_no'],
  holidayGroup: ['schedule_holiday_groups', 'group_no'],
  template: ['schedule_templates', 'template_no'],
}

/** The station's schedule definitions (week plans, holiday plans, holiday groups, templates). */
export function schedulesRepo(db: Database) {
  const weekAll = db.prepare<[], WeekRow>('SELECT * FROM schedule_week_plans ORDER BY plan_no')
  const holidayAll = db.prepare<[], HolidayRow>(
    'SELECT * FROM schedule_holiday_plans ORDER BY plan_no',
  )
  const groupAll = db.prepare<[], GroupRow>(
    'SELECT * FROM schedule_holiday_groups ORDER BY group_no',
  )
  const templateAll = db.prepare<[], TemplateRow>(
    'SELECT * FROM schedule_templates ORDER BY template_no',
  )
  const putWeek = db.prepare<[number, string, string, string]>(
    'INSERT INTO schedule_week_plans (plan_no, name, days, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (plan_no) DO UPDATE SET name = excluded.name, days = excluded.days, updated_at = excluded.updated_at',
  )
  const putHoliday = db.prepare<[number, string, string, string, string, string]>(
    'INSERT INTO schedule_holiday_plans (plan_no, name, begin_date, end_date, segments, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_no) DO UPDATE SET name = excluded.name, begin_date = excluded.begin_date, end_date = excluded.end_date, segments = excluded.segments, updated_at = excluded.updated_at',
  )
  const putGroup = db.prepare<[number, string, string, string]>(
    'INSERT INTO schedule_holiday_groups (group_no, name, plan_nos, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (group_no) DO UPDATE SET name = excluded.name, plan_nos = excluded.plan_nos, updated_at = excluded.updated_at',
  )
  const putTemplate = db.prepare<[number, string, number, string, string]>(
    'INSERT INTO schedule_templates (template_no, name, week_plan_no, group_nos, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (template_no) DO UPDATE SET name = excluded.name, week_plan_no = excluded.week_plan_no, group_nos = excluded.group_nos, updated_at = excluded.updated_at',
  )
  const removers = Object.fromEntries(
    Object.entries(TABLE).map(([kind, [table, key]]) => [
      kind,
      db.prepare<[number]>(`DELETE FROM ${table} WHERE ${key} = ?`),
    ]),
  ) as Record<ScheduleObjectKind, ReturnType<typeof db.prepare<[number]>>>

  const personsUsing = db.prepare<[string], { employee_no: string }>(
    "SELECT employee_no FROM persons WHERE ',' || replace(plan_template_no, ' ', '') || ',' LIKE '%,' || ? || ',%' ORDER BY employee_no LIMIT 5",
  )

  const templateLists = db.prepare<[], { plan: string; n: number }>(
    'SELECT plan_template_no AS plan, count(*) AS n FROM persons GROUP BY plan_template_no',
  )

  return {
    /** Reader authentication and door-status schedules, and their bindings. */
    modes: scheduleModesRepo(db),
    /** How many persons name each distinct template list (Person.planTemplateNo, comma-separated). */
    templateListCounts: (): { plan: string; n: number }[] => templateLists.all(),
    /** Up to five persons whose planTemplateNo names this template. */
    personsUsingTemplate: (templateNo: number): string[] =>
      personsUsing.all(String(templateNo)).map((r) => r.employee_no),
    list: (): ScheduleRoster => ({
      weekPlans: weekAll.all().map((r) => ({
        planNo: r.plan_no,
        name: r.name,
        days: JSON.parse(r.days) as WeekPlanDef['days'],
        updatedAt: r.updated_at,
      })),
      holidayPlans: holidayAll.all().map((r) => ({
        planNo: r.plan_no,
        name: r.name,
        beginDate: r.begin_date,
        endDate: r.end_date,
        segments: JSON.parse(r.segments) as HolidayPlanDef['segments'],
        updatedAt: r.updated_at,
      })),
      holidayGroups: groupAll.all().map((r) => ({
        groupNo: r.group_no,
        name: r.name,
        holidayPlanNos: JSON.parse(r.plan_nos) as number[],
        updatedAt: r.updated_at,
      })),
      templates: templateAll.all().map((r) => ({
        templateNo: r.template_no,
        name: r.name,
        weekPlanNo: r.week_plan_no,
        holidayGroupNos: JSON.parse(r.group_nos) as number[],
        updatedAt: r.updated_at,
      })),
    }),
    putWeekPlan: (p: WeekPlanDef): void =>
      void putWeek.run(p.planNo, p.name, JSON.stringify(p.days), p.updatedAt),
    putHolidayPlan: (p: HolidayPlanDef): void =>
      void putHoliday.run(
        p.planNo,
        p.name,
        p.beginDate,
        p.endDate,
        JSON.stringify(p.segments),
        p.updatedAt,
      ),
    putHolidayGroup: (g: HolidayGroupDef): void =>
      void putGroup.run(g.groupNo, g.name, JSON.stringify(g.holidayPlanNos), g.updatedAt),
    putTemplate: (t: PlanTemplateDef): void =>
      void putTemplate.run(
        t.templateNo,
        t.name,
        t.weekPlanNo,
        JSON.stringify(t.holidayGroupNos),
        t.updatedAt,
      ),
    remove: (kind: ScheduleObjectKind, no: number): boolean => removers[kind].run(no).changes > 0,
  }
}
