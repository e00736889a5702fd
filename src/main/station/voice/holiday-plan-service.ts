// Voice-prompt holiday plans of a terminal (guide ch. 19): read its capability, list the plans it
// reports (its search, paged), read one, write one. A plan is checked against the terminal's
// capability before anything is sent (src/shared/voice-holiday-check.ts): the first problem is
// refused with its coded reason and every problem in `details`. Written whole, then read back.
import { randomUUID } from 'node:crypto'
import type { VoiceHolidayCapsView, VoiceHolidayPlan } from '@shared/contract/voice-holiday'
import { codedFailure } from '@shared/coded-failure'
import { holidayPlanProblems } from '@shared/voice-holiday-check'
import type { IsapiClient } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'

/** Pages read at most when listing (a terminal keeps a few dozen plans at most). */
const MAX_PAGES = 20

export function voiceHolidayService(ctx: StationContext, devices: DeviceService) {
  const checkId = (deviceId: string, planId: number, caps: VoiceHolidayCapsView) => {
    const problem = holidayPlanProblems(
      devices.record(deviceId).name,
      planId,
      emptyPlan,
      caps,
    ).find((p) => p.field === 'planId')
    if (problem) throw codedFailure('INVALID_ARGS', problem.reason.code, problem.reason.params)
  }

  return {
    caps: (deviceId: string): Promise<VoiceHolidayCapsView> =>
      devices.call(deviceId, (c) => c.voiceHoliday.capabilities()),

    list: (deviceId: string) => devices.call(deviceId, async (c) => ({ plans: await allPlans(c) })),

    get: (deviceId: string, planId: number): Promise<VoiceHolidayPlan> =>
      devices.call(deviceId, async (c) => {
        checkId(deviceId, planId, await c.voiceHoliday.capabilities())
        return c.voiceHoliday.get(planId)
      }),

    async set(deviceId: string, planId: number, plan: VoiceHolidayPlan) {
      const saved = await devices.call(deviceId, async (c) => {
        const caps = await c.voiceHoliday.capabilities()
        const problems = holidayPlanProblems(devices.record(deviceId).name, planId, plan, caps)
        const first = problems[0]
        if (first)
          throw codedFailure('INVALID_ARGS', first.reason.code, first.reason.params, {
            problems,
          })
        await c.voiceHoliday.set(planId, plan)
        return c.voiceHoliday.get(planId)
      })
      ctx.audit('voice.setHolidayPlan', `device:${deviceId}`, {
        planId,
        enable: plan.enable,
        beginDate: plan.beginDate,
        endDate: plan.endDate,
        success: plan.success.length,
        failure: plan.failure.length,
      })
      return saved
    },
  }
}

const emptyPlan: VoiceHolidayPlan = {
  enable: false,
  prefix: '',
  beginDate: '2000-01-01',
  endDate: '2000-01-01',
  success: [],
  failure: [],
}

async function allPlans(c: IsapiClient) {
  const searchID = randomUUID()
  const plans: (VoiceHolidayPlan & { planId: number })[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const r = await c.voiceHoliday.search({ searchID, position: plans.length, max: 16 })
    plans.push(...r.plans)
    if (!r.more || r.plans.length === 0) break
  }
  return plans
}
