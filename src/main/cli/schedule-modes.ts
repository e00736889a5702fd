// Reader authentication (Verify) and door-status (DoorStatus) schedules from the command line:
//   schedules week Verify 2 Nights Mon-Fri=00:00-06:00/cardAndFace,20:00-24:00/cardAndFace
//   schedules week DoorStatus 3 Office Mon-Fri=08:00-18:00/remainOpen Sat=09:00-12:00/remainOpen
//   schedules holiday DoorStatus 1 Christmas 2026-12-24 2026-12-26 00:00-24:00/remainClosed
//   schedules group DoorStatus 1 Holidays 1,2       (holiday group 1 = holiday plans 1 and 2)
//   schedules template Verify 2 Nights 2 [1,3]     (template 2 follows week plan 2, holiday groups 1, 3)
//   schedules bind Lobby reader 1 2                (reader 1 of Lobby follows Verify template 2; 0 unbinds)
// Each saves in the station only; `schedules apply` writes to terminals.
import { WEEKDAYS, type ModeSchedules, type Weekday } from '@shared/model'
import { need, show, table, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const SHORT = WEEKDAYS.map((d) => d.slice(0, 3).toLowerCase())

function dayList(spec: string): Weekday[] {
  if (spec.toLowerCase() === 'all') return [...WEEKDAYS]
  const out: Weekday[] = []
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map((x) => SHORT.indexOf(x.trim().slice(0, 3).toLowerCase()))
    if (a === undefined || a < 0 || (b !== undefined && b < 0))
      throw new UsageError(`"${part}" is not a weekday (Mon … Sun, Mon-Fri, all)`)
    for (let i = a; i <= (b ?? a); i++) out.push(WEEKDAYS[i]!)
  }
  return out
}

/** `Mon-Fri=08:00-18:00/remainOpen,20:00-24:00/normal` → days → segments. */
export function parseDaySpecs(
  specs: string[],
): Record<string, { begin: string; end: string; mode: string }[]> {
  const days: Record<string, { begin: string; end: string; mode: string }[]> = {}
  for (const spec of specs) {
    const eq = spec.indexOf('=')
    if (eq < 0) throw new UsageError(`"${spec}": expected DAYS=HH:MM-HH:MM/MODE[,…]`)
    const segs = spec
      .slice(eq + 1)
      .split(',')
      .map((seg) => {
        const m = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})\/([A-Za-z]+)$/.exec(seg.trim())
        if (!m) throw new UsageError(`"${seg}": expected HH:MM-HH:MM/MODE`)
        return { begin: m[1]!.padStart(5, '0'), end: m[2]!.padStart(5, '0'), mode: m[3]! }
      })
    for (const d of dayList(spec.slice(0, eq))) days[d] = [...(days[d] ?? []), ...segs]
  }
  return days
}

function family(v: string | undefined): 'Verify' | 'DoorStatus' {
  if (v === 'Verify' || v === 'DoorStatus') return v
  throw new UsageError('the family is Verify (reader authentication) or DoorStatus (door status)')
}

function positiveInt(v: string | undefined, what: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${what} must be a number`)
  return n
}

const numberList = (v: string): number[] =>
  v.split(',').map((x) => positiveInt(x.trim(), 'each number'))

export function modesText(m: ModeSchedules, deviceName: (id: string) => string): string {
  const lines: string[] = []
  for (const f of ['Verify', 'DoorStatus'] as const) {
    const r = m[f]
    if (!r.weekPlans.length && !r.templates.length) continue
    lines.push(f === 'Verify' ? 'READER AUTHENTICATION (Verify)' : 'DOOR STATUS (DoorStatus)')
    for (const t of r.templates)
      lines.push(
        `  TEMPLATE ${t.templateNo} ${t.name}: week plan ${t.weekPlanNo}${t.holidayGroupNos.length ? `, holiday groups ${t.holidayGroupNos.join(',')}` : ''}`,
      )
    for (const p of r.holidayPlans)
      lines.push(
        `  HOLIDAY PLAN ${p.planNo} ${p.name}: ${p.beginDate}..${p.endDate} ${p.segments.map((s) => `${s.begin.slice(0, 5)}–${s.end.slice(0, 5)} ${s.mode}`).join(', ') || '-'}`,
      )
    for (const g of r.holidayGroups)
      lines.push(`  HOLIDAY GROUP ${g.groupNo} ${g.name}: plans ${g.holidayPlanNos.join(',')}`)
    for (const p of r.weekPlans) {
      lines.push(`  WEEK PLAN ${p.planNo} ${p.name}`)
      for (const d of WEEKDAYS) {
        const segs = p.days[d] ?? []
        lines.push(
          `    ${d.slice(0, 3)}  ${segs.length ? segs.map((s) => `${s.begin.slice(0, 5)}–${s.end.slice(0, 5)} ${s.mode}`).join(', ') : '-'}`,
        )
      }
    }
  }
  if (m.bindings.length)
    lines.push(
      'BINDINGS',
      table([
        ['TERMINAL', 'TARGET', 'NO', 'TEMPLATE'],
        ...m.bindings.map((b) => [deviceName(b.deviceId), b.target, b.no, b.templateNo || 'none']),
      ]),
    )
  return lines.join('\n')
}

export const scheduleModeCommands: Record<string, Command> = {
  week: async (cli: CliContext) => {
    const [fam, no, name, ...specs] = cli.args
    if (!name || !specs.length)
      throw new UsageError('schedules week Verify|DoorStatus PLAN_NO NAME DAYS=HH:MM-HH:MM/MODE …')
    const r = need(
      cli,
      await cli.station.call('schedules.saveModeWeekPlan', {
        family: family(fam),
        planNo: positiveInt(no, 'PLAN_NO'),
        name,
        days: parseDaySpecs(specs),
      }),
    )
    return r ? show(cli, r, () => `Saved ${fam} week plan ${no} ${name}.`) : 1
  },
  holiday: async (cli: CliContext) => {
    const [fam, no, name, from, to, ...segs] = cli.args
    if (!to)
      throw new UsageError(
        'schedules holiday Verify|DoorStatus PLAN_NO NAME FROM TO [HH:MM-HH:MM/MODE,…]',
      )
    const segments = segs.length ? (parseDaySpecs([`Mon=${segs.join(',')}`]).Monday ?? []) : []
    const r = need(
      cli,
      await cli.station.call('schedules.saveModeHolidayPlan', {
        family: family(fam),
        planNo: positiveInt(no, 'PLAN_NO'),
        name,
        beginDate: from,
        endDate: to,
        segments,
      }),
    )
    return r ? show(cli, r, () => `Saved ${fam} holiday plan ${no} ${name}.`) : 1
  },
  group: async (cli: CliContext) => {
    const [fam, no, name, plans] = cli.args
    if (!plans) throw new UsageError('schedules group Verify|DoorStatus GROUP_NO NAME PLAN_NO,…')
    const r = need(
      cli,
      await cli.station.call('schedules.saveModeHolidayGroup', {
        family: family(fam),
        groupNo: positiveInt(no, 'GROUP_NO'),
        name,
        holidayPlanNos: numberList(plans),
      }),
    )
    return r ? show(cli, r, () => `Saved ${fam} holiday group ${no} ${name}.`) : 1
  },
  template: async (cli: CliContext) => {
    const [fam, no, name, week, groups] = cli.args
    if (!week)
      throw new UsageError(
        'schedules template Verify|DoorStatus TEMPLATE_NO NAME WEEK_PLAN_NO [GROUP_NO,…]',
      )
    const r = need(
      cli,
      await cli.station.call('schedules.saveModeTemplate', {
        family: family(fam),
        templateNo: positiveInt(no, 'TEMPLATE_NO'),
        name,
        weekPlanNo: positiveInt(week, 'WEEK_PLAN_NO'),
        ...(groups ? { holidayGroupNos: numberList(groups) } : {}),
      }),
    )
    return r ? show(cli, r, () => `Saved ${fam} template ${no} ${name}.`) : 1
  },
  bind: async (cli: CliContext) => {
    const [ref, target, no, templateNo] = cli.args
    if (target !== 'reader' && target !== 'door')
      throw new UsageError('schedules bind D reader|door NO TEMPLATE_NO (0 unbinds)')
    const device = await resolveDevice(cli, ref)
    if (!device) return 1
    const r = need(
      cli,
      await cli.station.call('schedules.bind', {
        deviceId: device.id,
        target,
        no: positiveInt(no, 'NO'),
        templateNo: positiveInt(templateNo, 'TEMPLATE_NO'),
      }),
    )
    return r
      ? show(
          cli,
          r,
          () => `${device.name} ${target} ${no} → template ${templateNo} (apply to write it).`,
        )
      : 1
  },
}
