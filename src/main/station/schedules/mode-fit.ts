// Does the station's Verify / DoorStatus roster (and this terminal's bindings) fit one terminal?
// The shape checks are the person schedules' (fit.ts); on top, every segment's mode must be one
// the terminal lists, and every binding must name a reader / door and a template number it has.
import type { BindingCapabilities, ScheduleCapabilities } from '../../isapi'
import type {
  ModeScheduleRoster,
  ScheduleBinding,
  ScheduleRangeProblem,
  ScheduleRoster,
} from '@shared/model'
import { reasonText, type Reason } from '@shared/reason-text'
import { fitProblems } from './fit'

const FAMILY_NOUN = { Verify: 'reader authentication', DoorStatus: 'door status' } as const

/** The roster without modes, for the shared shape checks. */
export function shapeOf(r: ModeScheduleRoster): ScheduleRoster {
  return {
    weekPlans: r.weekPlans.map((p) => ({
      planNo: p.planNo,
      name: p.name,
      days: Object.fromEntries(
        Object.entries(p.days).map(([d, segs]) => [
          d,
          (segs ?? []).map((s) => ({ begin: s.begin, end: s.end })),
        ]),
      ),
      updatedAt: p.updatedAt,
    })),
    holidayPlans: r.holidayPlans.map((p) => ({
      ...p,
      segments: p.segments.map((s) => ({ begin: s.begin, end: s.end })),
    })),
    holidayGroups: r.holidayGroups,
    templates: r.templates,
  }
}

export function modeFitProblems(
  r: ModeScheduleRoster,
  caps: ScheduleCapabilities,
  bindings: ScheduleBinding[],
  bindingCaps: BindingCapabilities | undefined,
): ScheduleRangeProblem[] {
  const family = r.family
  const noun = FAMILY_NOUN[family]
  const out: ScheduleRangeProblem[] = fitProblems(shapeOf(r), caps).map((p) => ({
    ...p,
    family,
    message: `${noun}: ${p.message}`,
  }))
  const allowed =
    family === 'Verify' ? (caps.weekPlan?.verifyModes ?? []) : (caps.weekPlan?.doorStatuses ?? [])
  const checkMode = (kind: 'weekPlan' | 'holidayPlan', no: number, mode: string, where: string) => {
    if (allowed.length && !allowed.includes(mode)) {
      const [day, begin] = where.includes(' ') ? where.split(' ') : ['', where]
      const reason: Reason =
        kind === 'weekPlan'
          ? {
              code: 'schedWeekModeNotOffered',
              params: { no, day: day!, begin: begin!, mode, allowed: allowed.join(', ') },
            }
          : {
              code: 'schedHolidayModeNotOffered',
              params: { no, begin: begin!, mode, allowed: allowed.join(', ') },
            }
      out.push({
        kind,
        family,
        no,
        field: 'mode',
        message: `${noun}: ${reasonText(reason, 'en')}`,
        reason,
      })
    }
  }
  for (const p of r.weekPlans)
    for (const [day, segs] of Object.entries(p.days))
      for (const s of segs ?? []) checkMode('weekPlan', p.planNo, s.mode, `${day} ${s.begin}`)
  for (const p of r.holidayPlans)
    for (const s of p.segments) checkMode('holidayPlan', p.planNo, s.mode, s.begin)

  const thing = family === 'Verify' ? 'reader' : 'door'
  const resource = family === 'Verify' ? 'CardReaderPlan' : 'DoorStatusPlan'
  const templates = new Set(r.templates.map((t) => t.templateNo))
  for (const b of bindings) {
    const add = (reason: Reason) =>
      out.push({
        kind: 'binding',
        family,
        no: b.no,
        field: b.target,
        message: `${noun}: ${reasonText(reason, 'en')}`,
        reason,
      })
    if (!bindingCaps) {
      add({ code: 'schedBindingUnsupported', params: { thing, resource } })
      continue
    }
    const { no, templateNo } = bindingCaps
    if ((no.min !== undefined && b.no < no.min) || (no.max !== undefined && b.no > no.max))
      add({
        code: 'schedBindingNoRange',
        params: { thing, no: b.no, span: `${no.min ?? 1}–${no.max ?? '…'}` },
      })
    if (b.templateNo !== 0) {
      if (!templates.has(b.templateNo))
        add({
          code: 'schedBindingTemplateGone',
          params: { thing, no: b.no, templateNo: b.templateNo },
        })
      else if (
        (templateNo.min !== undefined && b.templateNo < Math.max(1, templateNo.min)) ||
        (templateNo.max !== undefined && b.templateNo > templateNo.max)
      )
        add({
          code: 'schedBindingTemplateRange',
          params: {
            thing,
            no: b.no,
            templateNo: b.templateNo,
            span: `${templateNo.min ?? 1}–${templateNo.max ?? '…'}`,
          },
        })
    }
  }
  return out
}
