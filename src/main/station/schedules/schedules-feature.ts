import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { scheduleModesRoster } from './schedule-modes-roster'
import { scheduleTargets } from './schedule-targets'
import { schedulesApply } from './schedules-apply'
import { schedulesRoster } from './schedules-roster'
import { schedulesUsage } from './schedules-usage'

/** Access schedules: the station's definitions and writing them to terminals (contract/schedules.ts). */
export function schedulesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const roster = schedulesRoster(ctx)
  const applier = schedulesApply(ctx, devices)
  const usage = schedulesUsage(ctx)
  const modes = scheduleModesRoster(ctx)
  const targets = scheduleTargets(devices)
  return {
    handlers: {
      'schedules.list': () => roster.list(),
      'schedules.usage': () => usage(),
      'schedules.saveWeekPlan': (a) => roster.saveWeekPlan(a),
      'schedules.saveHolidayPlan': (a) => roster.saveHolidayPlan(a),
      'schedules.saveHolidayGroup': (a) => roster.saveHolidayGroup(a),
      'schedules.saveTemplate': (a) => roster.saveTemplate(a),
      'schedules.remove': (a) => roster.remove(a),
      'schedules.apply': ({ deviceIds, clear, families }) =>
        applier.apply(deviceIds, clear, families),
      'schedules.modes': () => modes.list(),
      'schedules.saveModeWeekPlan': (a) => modes.saveWeekPlan(a),
      'schedules.saveModeHolidayPlan': (a) => modes.saveHolidayPlan(a),
      'schedules.saveModeHolidayGroup': (a) => modes.saveHolidayGroup(a),
      'schedules.saveModeTemplate': (a) => modes.saveTemplate(a),
      'schedules.removeMode': (a) => modes.remove(a),
      'schedules.bind': (a) => modes.bind(a, devices.record(a.deviceId).name),
      'schedules.targets': ({ deviceId }) => targets(deviceId),
    },
  }
}
