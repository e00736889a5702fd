// `schedules list` (all three families) and `schedules apply [--device D]… [--clear]
// [--family F,…]` (--clear: reset the terminals' plans of the families written first, so slots the
// station no longer defines are emptied). Reader authentication and door-status schedules are
// defined with `schedules week|template|bind` (schedule-modes.ts). Definitions are saved with
// `call schedules.saveWeekPlan '{…}'` (and saveHolidayPlan / saveHolidayGroup / saveTemplate).
import type {
  Device,
  ModeSchedules,
  ScheduleApplyReport,
  ScheduleRoster,
  ScheduleRangeProblem,
  TimeRange,
} from '@shared/model'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDeviceFlags } from './devices'
import { modesText, scheduleModeCommands } from './schedule-modes'

const FAMILIES = ['UserRight', 'Verify', 'DoorStatus'] as const
type Family = (typeof FAMILIES)[number]

/** `--family Verify,DoorStatus` (default: every family). */
function familiesFlag(cli: CliContext): Family[] | undefined {
  const v = flag(cli, 'family')
  if (v === undefined) return undefined
  const list = v.split(',').map((s) => s.trim())
  for (const f of list)
    if (!(FAMILIES as readonly string[]).includes(f))
      throw new UsageError(`--family takes ${FAMILIES.join(', ')}`)
  return list as Family[]
}

const ranges = (segs: TimeRange[] | undefined): string =>
  segs?.length ? segs.map((s) => `${s.begin.slice(0, 5)}–${s.end.slice(0, 5)}`).join(' ') : 'closed'

function rosterText(r: ScheduleRoster): string {
  const lines: string[] = []
  if (r.templates.length)
    lines.push(
      'TEMPLATES',
      table([
        ['NO', 'NAME', 'WEEK PLAN', 'HOLIDAY GROUPS'],
        ...r.templates.map((t) => [
          t.templateNo,
          t.name,
          t.weekPlanNo,
          t.holidayGroupNos.join(',') || '-',
        ]),
      ]),
    )
  for (const p of r.weekPlans)
    lines.push(
      `WEEK PLAN ${p.planNo} ${p.name}`,
      ...(
        ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
      ).map((d) => `  ${d.slice(0, 3)}  ${ranges(p.days[d])}`),
    )
  for (const p of r.holidayPlans)
    lines.push(
      `HOLIDAY PLAN ${p.planNo} ${p.name}: ${p.beginDate}..${p.endDate} ${ranges(p.segments)}`,
    )
  for (const g of r.holidayGroups)
    lines.push(`HOLIDAY GROUP ${g.groupNo} ${g.name}: plans ${g.holidayPlanNos.join(',') || '-'}`)
  return lines.length ? lines.join('\n') : 'No schedules defined.'
}

export const schedulesCommands: Record<string, Command> = {
  list: async (cli: CliContext) => {
    const r = need<ScheduleRoster>(cli, await cli.station.call('schedules.list', {}))
    const m = need<ModeSchedules>(cli, await cli.station.call('schedules.modes', {}))
    const devices = need<Device[]>(cli, await cli.station.call('devices.list', {}))
    if (!r || !m || !devices) return 1
    const name = (id: string) => devices.find((d) => d.id === id)?.name ?? id
    return show(
      cli,
      { ...r, Verify: m.Verify, DoorStatus: m.DoorStatus, bindings: m.bindings },
      () => [rosterText(r), modesText(m, name)].filter(Boolean).join('\n'),
    )
  },
  ...scheduleModeCommands,
  apply: async (cli: CliContext) => {
    const deviceIds = await resolveDeviceFlags(cli)
    if (!deviceIds) return 1
    const report = need<ScheduleApplyReport>(
      cli,
      await cli.station.call('schedules.apply', {
        ...(deviceIds.length ? { deviceIds } : {}),
        clear: cli.flags.clear === true,
        ...(familiesFlag(cli) ? { families: familiesFlag(cli) } : {}),
      }),
    )
    if (!report) return 1
    show(cli, report, () =>
      report.devices.length
        ? table([
            ['TERMINAL', 'RESULT', 'WRITTEN', 'REASON'],
            ...report.devices.map((d) => [
              d.deviceName,
              d.ok ? 'ok' : (d.error?.code ?? 'failed'),
              d.written.length,
              [d.error?.message ?? '', ...misfitWords(d.error?.details?.problems)].join(' '),
            ]),
          ])
        : 'No terminals.',
    )
    return report.devices.every((d) => d.ok) ? 0 : 1
  },
}

/** The problems of a set that does not fit a terminal, in English (the words of their codes). */
function misfitWords(problems: unknown): string[] {
  return Array.isArray(problems) ? (problems as ScheduleRangeProblem[]).map((p) => p.message) : []
}
