// Holiday schedules of voice prompts (guide ch. 19): a terminal's plans, each a date range whose
// own Success / Failure texts replace the daily voice-prompt texts (config TTSText). The station
// checks a plan against the terminal's capability before sending (voice-holiday-check.ts): what
// is out of range is refused with the range, nothing sent.
import { z } from 'zod'
import { id, method } from './method'

export interface VoicePromptRow {
  /** HH:MM:SS */
  beginTime: string
  endTime: string
  text: string
  language?: string
}

export interface VoiceHolidayPlan {
  enable: boolean
  prefix: string
  /** YYYY-MM-DD, inclusive. */
  beginDate: string
  endDate: string
  success: VoicePromptRow[]
  failure: VoicePromptRow[]
}

export interface VoiceListCaps {
  maxSize: number | null
  text: { min: number; max: number } | null
  time: { begin: string; end: string } | null
  languages: string[] | null
}

/** The terminal's capability for holiday plans; null where it states nothing. */
export interface VoiceHolidayCapsView {
  planIds: { min: number; max: number } | null
  enable: boolean
  prefixes: string[] | null
  dates: { min: string; max: string } | null
  success: VoiceListCaps
  failure: VoiceListCaps
}

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'a time is HH:MM:SS')
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
const row = z
  .object({
    beginTime: time,
    endTime: time,
    text: z.string().max(256),
    language: z.string().min(1).max(32).optional(),
  })
  .strict()
const planId = z.number().int().min(1).max(9999)

export const voiceHolidayPlanSchema = z
  .object({
    enable: z.boolean(),
    prefix: z.string().min(1).max(32),
    beginDate: date,
    endDate: date,
    success: z.array(row).max(16),
    failure: z.array(row).max(16),
  })
  .strict()

export const voiceHolidayApi = {
  'voice.holidayCaps': method<VoiceHolidayCapsView>()(z.object({ deviceId: id }).strict()),
  /** The plans the terminal reports as configured (its search), in id order. */
  'voice.holidayPlans': method<{ plans: (VoiceHolidayPlan & { planId: number })[] }>()(
    z.object({ deviceId: id }).strict(),
  ),
  'voice.holidayPlan': method<VoiceHolidayPlan>()(z.object({ deviceId: id, planId }).strict()),
  /** Checked against the capability, written whole, read back (the answer). */
  'voice.setHolidayPlan': method<VoiceHolidayPlan>()(
    z.object({ deviceId: id, planId, plan: voiceHolidayPlanSchema }).strict(),
  ),
}
