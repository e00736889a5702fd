// schedules.apply: writes the station's definitions to terminals, in parallel, each terminal in
// dependency order (week plans, holiday plans, holiday groups, templates). Per terminal: read its
// schedule capabilities, refuse the whole set (nothing sent) if any definition does not fit,
// otherwise (after an optional ClearPlansCfg of the UserRight family) write. Every write is a PUT
// of a fixed slot, so a re-run is idempotent. Removing a definition in the station does not touch
// terminals; apply with `clear` empties the slots the station no longer defines.
import { isIsapiError, type IsapiClient, type ScheduleCapabilities } from '../../isapi'
import type {
  ScheduleApplyReport,
  ScheduleDeviceResult,
  ScheduleObjectKind,
  ScheduleRoster,
} from '../../../shared/model'
import { AppFailure } from '../../../shared/result'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { fitProblems } from './fit'

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

export function schedulesApply(ctx: StationContext, devices: DeviceService) {
  const one = async (
    id: string,
    roster: ScheduleRoster,
    clear: boolean,
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
      const caps = await client.schedules.capabilities('UserRight')
      devices.observe(id)
      if (!caps.weekPlan && !caps.holidayPlan && !caps.holidayGroup && !caps.template)
        throw new AppFailure('NOT_SUPPORTED', `${record.name} does not offer access schedules.`, {
          reason: 'NO_SCHEDULES',
        })
      const problems = fitProblems(roster, caps)
      if (problems.length)
        throw new AppFailure(
          'NOT_SUPPORTED',
          `${record.name} cannot hold these schedules (nothing was sent): ${problems.map((p) => p.message).join('; ')}.`,
          {
            reason: 'OUT_OF_RANGE',
            problems,
          },
        )
      if (clear) {
        const flags = await client.schedules.clearCapabilities()
        if (!flags.includes('userRightTemplate'))
          throw new AppFailure(
            'NOT_SUPPORTED',
            `${record.name} cannot clear its schedules (no ClearPlansCfg); nothing was sent.`,
            { reason: 'NO_CLEAR' },
          )
        await client.schedules.clear(['UserRight'])
        result.cleared = true
      }
      await write(client, roster, caps, result.written)
      devices.observe(id)
      result.ok = true
    } catch (error) {
      if (isIsapiError(error)) devices.observe(id, error)
      const failure = devices.mapError(error, record.name)
      result.error =
        failure instanceof AppFailure
          ? failure.toAppError()
          : {
              code: 'INTERNAL',
              message: `${record.name}: ${error instanceof Error ? error.message : String(error)}`,
            }
    }
    ctx.store.audit.record({
      at: ctx.clock.now().toISOString(),
      actor: 'operator',
      action: 'schedules.apply',
      subject: `device:${id}`,
      details: {
        ok: result.ok,
        cleared: result.cleared,
        written: result.written.length,
        ...(result.error ? { code: result.error.code } : {}),
      },
    })
    return result
  }

  return {
    async apply(deviceIds?: string[], clear = false): Promise<ScheduleApplyReport> {
      const ids = deviceIds ?? devices.list().map((d) => d.id)
      for (const id of ids) devices.record(id) // unknown ids: NOT_FOUND before anything is sent
      const roster = ctx.store.schedules.list()
      return { devices: await Promise.all([...new Set(ids)].map((id) => one(id, roster, clear))) }
    },
  }
}
