// Writing the Verify and DoorStatus families to one terminal: read the family's capabilities and
// the binding capability, check everything (mode-fit.ts), then write week plans, holiday plans,
// holiday groups, templates, and last the bindings of this terminal's readers / doors. Checking
// is split from writing so that apply can refuse a terminal before ANY family is sent to it.
import type { BindingCapabilities, IsapiClient, ScheduleCapabilities } from '../../isapi'
import type {
  ModeFamily,
  ModeScheduleRoster,
  ScheduleBinding,
  ScheduleDeviceResult,
  ScheduleRangeProblem,
} from '@shared/model'
import { FAMILY_TARGET } from '@shared/model'
import { modeFitProblems } from './mode-fit'

export interface ModePlan {
  roster: ModeScheduleRoster
  bindings: ScheduleBinding[]
  caps: ScheduleCapabilities
  bindingCaps: BindingCapabilities | undefined
  problems: ScheduleRangeProblem[]
}

/** Whether the station has anything of this family for the terminal. */
export const hasWork = (r: ModeScheduleRoster, bindings: ScheduleBinding[]): boolean =>
  r.weekPlans.length + r.holidayPlans.length + r.holidayGroups.length + r.templates.length > 0 ||
  bindings.length > 0

export async function planModeFamily(
  client: IsapiClient,
  roster: ModeScheduleRoster,
  allBindings: ScheduleBinding[],
  deviceId: string,
): Promise<ModePlan> {
  const target = FAMILY_TARGET[roster.family]
  const bindings = allBindings.filter((b) => b.deviceId === deviceId && b.target === target)
  const caps = await client.schedules.capabilities(roster.family)
  const bindingCaps = bindings.length
    ? await client.schedules.bindingCapabilities(target)
    : undefined
  const problems = modeFitProblems(roster, caps, bindings, bindingCaps)
  return { roster, bindings, caps, bindingCaps, problems }
}

export async function writeModeFamily(
  client: IsapiClient,
  plan: ModePlan,
  written: ScheduleDeviceResult['written'],
): Promise<void> {
  const { roster: r, caps } = plan
  const family: ModeFamily = r.family
  const o = { family, capabilities: caps }
  const modeKey = family === 'Verify' ? 'verifyMode' : 'doorStatus'
  for (const p of r.weekPlans) {
    const segments = Object.entries(p.days).flatMap(([week, segs]) =>
      (segs ?? []).map((s) => ({
        week: week as 'Monday',
        beginTime: s.begin,
        endTime: s.end,
        [modeKey]: s.mode,
      })),
    )
    await client.schedules.setWeekPlan(p.planNo, { enable: true, segments }, o)
    written.push({ kind: 'weekPlan', family, no: p.planNo })
  }
  for (const p of r.holidayPlans) {
    await client.schedules.setHolidayPlan(
      p.planNo,
      {
        enable: true,
        beginDate: p.beginDate,
        endDate: p.endDate,
        segments: p.segments.map((s) => ({
          beginTime: s.begin,
          endTime: s.end,
          [modeKey]: s.mode,
        })),
      },
      o,
    )
    written.push({ kind: 'holidayPlan', family, no: p.planNo })
  }
  for (const g of r.holidayGroups) {
    await client.schedules.setHolidayGroup(
      g.groupNo,
      { enable: true, groupName: g.name, holidayPlanNos: g.holidayPlanNos },
      o,
    )
    written.push({ kind: 'holidayGroup', family, no: g.groupNo })
  }
  for (const t of r.templates) {
    await client.schedules.setTemplate(
      t.templateNo,
      {
        enable: true,
        templateName: t.name,
        weekPlanNo: t.weekPlanNo,
        holidayGroupNos: t.holidayGroupNos,
      },
      o,
    )
    written.push({ kind: 'template', family, no: t.templateNo })
  }
  for (const b of plan.bindings) {
    await client.schedules.setBinding(b.target, b.no, b.templateNo, {
      ...(plan.bindingCaps ? { capabilities: plan.bindingCaps } : {}),
    })
    written.push({ kind: 'binding', family, no: b.no, target: b.target, templateNo: b.templateNo })
  }
}
