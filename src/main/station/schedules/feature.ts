import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { scheduleModesRoster } from './schedule-modes-roster'
import { scheduleTargets } from './schedule-targets'
import { schedulesWriter } from './schedules-write'
import { schedulesKeeper } from './schedules-keeper'
import { schedulesRoster } from './schedules-roster'
import { schedulesUsage } from './schedules-usage'
import { recordChange } from '../apply/change-feed'

/** Access schedules: the station's definitions and writing them to terminals (contract/schedules.ts). */
export function schedulesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const roster = schedulesRoster(ctx)
  const applier = schedulesWriter(ctx, devices)
  const usage = schedulesUsage(ctx)
  const modes = scheduleModesRoster(ctx)
  const targets = scheduleTargets(devices)
  const keeper = schedulesKeeper(ctx, devices, applier.apply)
  /** A definition or binding changed: with continuous apply, the terminals follow by themselves. */
  const thenKeep =
    <A, R>(fn: (a: A) => R) =>
    (a: A): R => {
      const r = fn(a)
      const changed = () => {
        recordChange(ctx, 'schedules') // a running station (this is a CLI command) follows it
        keeper.changed()
      }
      if (r instanceof Promise) void r.then(changed, () => {})
      else changed()
      return r
    }
  return {
    start: keeper.start,
    close: async () => keeper.close(),
    handlers: {
      'schedules.list': () => roster.list(),
      'schedules.usage': () => usage(),
      'schedules.saveWeekPlan': thenKeep((a) => roster.saveWeekPlan(a)),
      'schedules.saveHolidayPlan': thenKeep((a) => roster.saveHolidayPlan(a)),
      'schedules.saveHolidayGroup': thenKeep((a) => roster.saveHolidayGroup(a)),
      'schedules.saveTemplate': thenKeep((a) => roster.saveTemplate(a)),
      'schedules.remove': thenKeep((a) => roster.remove(a)),
      'schedules.apply': ({ deviceIds, clear, families }) =>
        keeper.apply(deviceIds, clear, families),
      'schedules.modes': () => modes.list(),
      'schedules.saveModeWeekPlan': thenKeep((a) => modes.saveWeekPlan(a)),
      'schedules.saveModeHolidayPlan': thenKeep((a) => modes.saveHolidayPlan(a)),
      'schedules.saveModeHolidayGroup': thenKeep((a) => modes.saveHolidayGroup(a)),
      'schedules.saveModeTemplate': thenKeep((a) => modes.saveTemplate(a)),
      'schedules.removeMode': thenKeep((a) => modes.remove(a)),
      'schedules.bind': thenKeep((a) => modes.bind(a, devices.record(a.deviceId).name)),
      'schedules.targets': ({ deviceId }) => targets(deviceId),
    },
  }
}
