// Does the station's schedule roster fit one terminal? Checked against the terminal's own
// capability ranges before anything is sent, so a misfit writes nothing (never half a set).
import type { ScheduleCapabilities } from '../../isapi'
import type { ScheduleObjectKind, ScheduleRangeProblem, ScheduleRoster } from '@shared/model'
import { reasonText, type Reason } from '@shared/reason-text'

type Range = { min?: number; max?: number }
const inRange = (n: number, r: Range): boolean =>
  (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max)
const span = (r: Range): string => `${r.min ?? 1}–${r.max ?? '…'}`
const bytes = (s: string): number => new TextEncoder().encode(s).length

export function fitProblems(r: ScheduleRoster, caps: ScheduleCapabilities): ScheduleRangeProblem[] {
  const out: ScheduleRangeProblem[] = []
  const add = (kind: ScheduleObjectKind, no: number, field: string, reason: Reason) =>
    out.push({ kind, no, field, message: reasonText(reason, 'en'), reason })
  const number = (
    kind: ScheduleObjectKind,
    no: number,
    range: Range | undefined,
    field: string,
  ) => {
    if (range && !inRange(no, range))
      add(kind, no, field, {
        code: 'schedNumberRange',
        params: { kind, no, span: span(range) },
      })
  }
  const refs = (
    kind: ScheduleObjectKind,
    no: number,
    what: ScheduleObjectKind,
    nos: number[],
    range: Range | undefined,
    field: string,
  ) => {
    for (const n of nos)
      if (range && !inRange(n, range))
        add(kind, no, field, {
          code: 'schedRefRange',
          params: { kind, no, what, ref: n, span: span(range) },
        })
  }
  const unsupported = (kind: ScheduleObjectKind, count: number, present: boolean) => {
    if (count > 0 && !present)
      add(kind, 0, kind, { code: 'schedKindUnsupported', params: { kind } })
  }
  unsupported('weekPlan', r.weekPlans.length, caps.weekPlan !== undefined)
  unsupported('holidayPlan', r.holidayPlans.length, caps.holidayPlan !== undefined)
  unsupported('holidayGroup', r.holidayGroups.length, caps.holidayGroup !== undefined)
  unsupported('template', r.templates.length, caps.template !== undefined)

  const w = caps.weekPlan
  if (w)
    for (const p of r.weekPlans) {
      number('weekPlan', p.planNo, w.planNo, 'planNo')
      const perDay = Math.min(w.segmentsPerDay.max ?? 8, Math.floor(w.maxRows / 7))
      for (const [day, segs] of Object.entries(p.days))
        if ((segs?.length ?? 0) > perDay)
          add('weekPlan', p.planNo, `days.${day}`, {
            code: 'schedSegmentsPerDay',
            params: { no: p.planNo, count: segs?.length ?? 0, day, max: perDay },
          })
    }
  const h = caps.holidayPlan
  if (h)
    for (const p of r.holidayPlans) {
      number('holidayPlan', p.planNo, h.planNo, 'planNo')
      if (p.segments.length > h.maxSegments)
        add('holidayPlan', p.planNo, 'segments', {
          code: 'schedHolidaySegments',
          params: { no: p.planNo, count: p.segments.length, max: h.maxSegments },
        })
      if (h.beginDate && p.beginDate < h.beginDate)
        add('holidayPlan', p.planNo, 'beginDate', {
          code: 'schedHolidayFrom',
          params: { no: p.planNo, date: h.beginDate },
        })
      if (h.endDate && p.endDate > h.endDate)
        add('holidayPlan', p.planNo, 'endDate', {
          code: 'schedHolidayUntil',
          params: { no: p.planNo, date: h.endDate },
        })
    }
  const g = caps.holidayGroup
  if (g)
    for (const x of r.holidayGroups) {
      number('holidayGroup', x.groupNo, g.groupNo, 'groupNo')
      refs(
        'holidayGroup',
        x.groupNo,
        'holidayPlan',
        x.holidayPlanNos,
        g.holidayPlanNo,
        'holidayPlanNos',
      )
      if (g.maxPlans !== undefined && x.holidayPlanNos.length > g.maxPlans)
        add('holidayGroup', x.groupNo, 'holidayPlanNos', {
          code: 'schedGroupPlans',
          params: { no: x.groupNo, count: x.holidayPlanNos.length, max: g.maxPlans },
        })
      if (g.groupName?.max !== undefined && bytes(x.name) > g.groupName.max)
        add('holidayGroup', x.groupNo, 'name', {
          code: 'schedNameTooLong',
          params: { kind: 'holidayGroup', no: x.groupNo, max: g.groupName.max },
        })
    }
  const t = caps.template
  if (t)
    for (const x of r.templates) {
      number('template', x.templateNo, t.templateNo, 'templateNo')
      refs('template', x.templateNo, 'weekPlan', [x.weekPlanNo], t.weekPlanNo, 'weekPlanNo')
      refs(
        'template',
        x.templateNo,
        'holidayGroup',
        x.holidayGroupNos,
        t.holidayGroupNo,
        'holidayGroupNos',
      )
      if (t.templateName?.max !== undefined && bytes(x.name) > t.templateName.max)
        add('template', x.templateNo, 'name', {
          code: 'schedNameTooLong',
          params: { kind: 'template', no: x.templateNo, max: t.templateName.max },
        })
    }
  return out
}
