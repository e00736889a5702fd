// Voice prompts beyond the daily texts (those are the config registry's TTSText): the holiday
// schedules of guide ch. 19 (holiday-plan-service.ts).
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { voiceHolidayService } from './holiday-plan-service'

export function voiceFeature(ctx: StationContext, devices: DeviceService): Feature {
  const holiday = voiceHolidayService(ctx, devices)
  return {
    handlers: {
      'voice.holidayCaps': ({ deviceId }) => holiday.caps(deviceId),
      'voice.holidayPlans': ({ deviceId }) => holiday.list(deviceId),
      'voice.holidayPlan': ({ deviceId, planId }) => holiday.get(deviceId, planId),
      'voice.setHolidayPlan': ({ deviceId, planId, plan }) => holiday.set(deviceId, planId, plan),
    },
  }
}
