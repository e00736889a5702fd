// schedules.apply: writes the station's definitions to terminals, in parallel, each terminal in
// dependency order (week plans, holiday plans, holiday groups, templates). Per terminal: read its
// schedule capabilities, refuse the whole set (nothing sent) if any definition does not fit,
// otherwise (after an optional ClearPlansCfg of the UserRight family) write. Every write is a PUT
// of a fixed slot, so a re-run is idempotent. Removing a definition in the station does not touch
// terminals; apply with `clear` empties the slots the station no longer defines. The reader
// authentication and door-status families (mode-apply.ts) follow, each checked before anything is
// sent, their bindings to this terminal's readers and doors last.
import { isIsapiError, type IsapiClient, type ScheduleCapabilities } from '../../isapi'
import type {
  ModeSchedules,
  ScheduleApplyReport,
  ScheduleDeviceResult,
  ScheduleObjectKind,
  ScheduleRoster,
} from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { fitProblems } from './fit'
import { hasWork, planModeFamily, writeModeFamily, type ModePlan } from './mode-write'
import { FAMILY_TARGET, MODE_FAMILIES } from '@shared/model'
import type { ScheduleFamily } from '../../isapi'
import { codedFailure } from '@shared/coded-failure'

async function write(
  client: IsapiClient,
  r: ScheduleRoster,
  caps: ScheduleCapabilities,
  written: ScheduleDeviceResult['written'],
): Promise<void> {
  const o = { capabilities: caps }
  const done = (kind: ScheduleObjectKind, no: number) => written.push({ kind, no })
  for (const p of r.weekPlans) {
    const segments = Object.entries(p.days).flatMap(([week, segs]) =>
      (segs ?? []).map((s) => ({ week: week as 'Monday', beginTime: s.begin, endTime: s.end })),
    )
    await client.schedules.setWeekPlan(p.planNo, { enable: true, segments }, o)
    done('weekPlan', p.planNo)
  }
  for (const p of r.holidayPlans) {
    await client.schedules.setHolidayPlan(
      p.planNo,
      {
        enable: true,
        beginDate: p.beginDate,
        endDate: p.endDate,
        segments: p.segments.map((s) => ({ beginTime: s.begin, endTime: s.end })),
      },
      o,
    )
    done('holidayPlan', p.planNo)
  }
  for (const g of r.holidayGroups) {
    await client.schedules.setHolidayGroup(
      g.groupNo,
      { enable: true, groupName: g.name, holidayPlanNos: g.holidayPlanNos },
      o,
    )
    done('holidayGroup', g.groupNo)
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
    done('template', t.templateNo)
  }
}

const CLEAR_FLAG: Record<ScheduleFamily, string> = {
  UserRight: 'userRightTemplate',
  Verify: 'cardReaderTemplate',
  DoorStatus: 'doorStatusTemplate',
}
const ALL_FAMILIES: readonly ScheduleFamily[] = ['UserRight', 'Verify', 'DoorStatus']

const isEmpty = (r: ScheduleRoster): boolean =>
  r.weekPlans.length + r.holidayPlans.length + r.holidayGroups.length + r.templates.length === 0

export function schedulesWriter(ctx: StationContext, devices: DeviceService) {
  const one = async (
    id: string,
    roster: ScheduleRoster,
    modes: ModeSchedules,
    clear: boolean,
    families: ReadonlySet<ScheduleFamily>,
  ): Promise<ScheduleDeviceResult> => {
    const record = devices.record(id)
    const result: ScheduleDeviceResult = {
      deviceId: id,
      deviceName: record.name,
      ok: false,
      cleared: false,
      written: [],
    }
    try {
      const client = devices.client(id)
      // Check every family first: a misfit anywhere sends nothing to this terminal.
      const plans: ModePlan[] = []
      for (const family of MODE_FAMILIES) {
        if (!families.has(family)) continue
        const mine = modes.bindings.filter((b) => b.deviceId === id)
        if (
          hasWork(
            modes[family],
            mine.filter((b) => b.target === FAMILY_TARGET[family]),
          )
        )
          plans.push(await planModeFamily(client, modes[family], modes.bindings, id))
      }
      const problems = plans.flatMap((p) => p.problems)
      let caps: ScheduleCapabilities | undefined
      if (families.has('UserRight')) {
        caps = await client.schedules.capabilities('UserRight')
        devices.observe(id)
        const offered = caps.weekPlan || caps.holidayPlan || caps.holidayGroup || caps.template
        if (!offered && (!isEmpty(roster) || plans.length === 0))
          throw codedFailure(
            'NOT_SUPPORTED',
            'schedulesUnsupported',
            { terminal: record.name },
            { misfit: 'NO_SCHEDULES' },
          )
        if (!offered) caps = undefined
        else problems.unshift(...fitProblems(roster, caps))
      }
      if (problems.length)
        throw codedFailure(
          'NOT_SUPPORTED',
          'schedulesDoNotFit',
          { terminal: record.name, count: problems.length },
          { misfit: 'OUT_OF_RANGE', problems },
        )
      if (clear) {
        const toClear = [
          ...(caps ? (['UserRight'] as const) : []),
          ...plans.map((p) => p.roster.family),
        ]
        const flags = await client.schedules.clearCapabilities()
        const lacking = toClear.filter((f) => !flags.includes(CLEAR_FLAG[f]))
        if (lacking.length)
          throw codedFailure(
            'NOT_SUPPORTED',
            'schedulesNoClear',
            { terminal: record.name, lacking: lacking.join(', ') },
            { misfit: 'NO_CLEAR' },
          )
        if (toClear.length) await client.schedules.clear(toClear)
        result.cleared = toClear.length > 0
      }
      if (caps) await write(client, roster, caps, result.written)
      for (const plan of plans) await writeModeFamily(client, plan, result.written)
      devices.observe(id)
      result.ok = true
    } catch (error) {
      if (isIsapiError(error)) devices.observe(id, error)
      result.error = devices.mapError(error, record.name).toAppError()
    }
    ctx.audit('schedules.apply', `device:${id}`, {
      ok: result.ok,
      cleared: result.cleared,
      written: result.written.length,
      ...(result.error ? { code: result.error.code } : {}),
    })
    return result
  }

  return {
    async apply(
      deviceIds?: string[],
      clear = false,
      families: readonly ScheduleFamily[] = ALL_FAMILIES,
    ): Promise<ScheduleApplyReport> {
      const ids = deviceIds ?? devices.list().map((d) => d.id)
      for (const id of ids) devices.record(id) // unknown ids: NOT_FOUND before anything is sent
      const roster = ctx.store.schedules.list()
      const m = ctx.store.schedules.modes
      const modes: ModeSchedules = {
        Verify: m.list('Verify'),
        DoorStatus: m.list('DoorStatus'),
        bindings: m.bindings(),
      }
      const wanted = new Set(families)
      return {
        devices: await Promise.all(
          [...new Set(ids)].map((id) => one(id, roster, modes, clear, wanted)),
        ),
      }
    },
  }
}
