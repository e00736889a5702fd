// Does the station's schedule roster fit one terminal? Checked against the terminal's own
// capability ranges before anything is sent, so a misfit writes nothing (never half a set).
import type { ScheduleCapabilities } from '../../isapi'
import type { ScheduleObjectKind, ScheduleRangeProblem, ScheduleRoster } from '@shared/model'

type Range = { min?: number; max?: number }
const inRange = (n: number, r: Range): boolean =>
  (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max)
const span = (r: Range): string => `${r.min ?? 1}–${r.max ?? '…'}`
const bytes = (s: string): number => new TextEncoder().encode(s).length

const NOUN: Record<ScheduleObjectKind, string> = {
  weekPlan: 'week plan',
  holidayPlan: 'holiday plan',
  holidayGroup: 'holiday group',
  template: 'template',
}

export function fitProblems(r: ScheduleRoster, caps: ScheduleCapabilities): ScheduleRangeProblem[] {
  const out: ScheduleRangeProblem[] = []
  const add = (kind: ScheduleObjectKind, no: number, field: string, message: string) =>
    out.push({ kind, no, field, message })
  const number = (
    kind: ScheduleObjectKind,
    no: number,
    range: Range | undefined,
    field: string,
  ) => {
    if (range && !inRange(no, range))
      add(
        kind,
        no,
        field,
        `${NOUN[kind]} ${no}: ${NOUN[kind]} numbers go ${span(range)} on this terminal`,
      )
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
        add(
          kind,
          no,
          field,
          `${NOUN[kind]} ${no} refers to ${NOUN[what]} ${n}; this terminal takes ${NOUN[what]}s ${span(range)} there`,
        )
  }
  const unsupported = (kind: ScheduleObjectKind, count: number, present: boolean) => {
    if (count > 0 && !present) add(kind, 0, kind, `this terminal does not offer ${NOUN[kind]}s`)
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
          add(
            'weekPlan',
            p.planNo,
            `days.${day}`,
            `week plan ${p.planNo}: ${segs?.length} segments on ${day}, this terminal takes ${perDay}`,
          )
    }
  const h = caps.holidayPlan
  if (h)
    for (const p of r.holidayPlans) {
      number('holidayPlan', p.planNo, h.planNo, 'planNo')
      if (p.segments.length > h.maxSegments)
        add(
          'holidayPlan',
          p.planNo,
          'segments',
          `holiday plan ${p.planNo}: ${p.segments.length} segments, this terminal takes ${h.maxSegments}`,
        )
      if (h.beginDate && p.beginDate < h.beginDate)
        add(
          'holidayPlan',
          p.planNo,
          'beginDate',
          `holiday plan ${p.planNo}: this terminal takes dates from ${h.beginDate}`,
        )
      if (h.endDate && p.endDate > h.endDate)
        add(
          'holidayPlan',
          p.planNo,
          'endDate',
          `holiday plan ${p.planNo}: this terminal takes dates up to ${h.endDate}`,
        )
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
        add(
          'holidayGroup',
          x.groupNo,
          'holidayPlanNos',
          `holiday group ${x.groupNo}: ${x.holidayPlanNos.length} holiday plans, this terminal takes ${g.maxPlans} per group`,
        )
      if (g.groupName?.max !== undefined && bytes(x.name) > g.groupName.max)
        add(
          'holidayGroup',
          x.groupNo,
          'name',
          `holiday group ${x.groupNo}: the name is longer than ${g.groupName.max} bytes`,
        )
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
        add(
          'template',
          x.templateNo,
          'name',
          `template ${x.templateNo}: the name is longer than ${t.templateName.max} bytes`,
        )
    }
  return out
}
