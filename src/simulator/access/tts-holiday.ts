// Holiday schedules of voice prompts (guide ch. 19; protocol-config 07 §6.2): a plan is a date
// range (`beginDate`..`endDate`, inclusive) during which its own Success / Failure texts replace
// the daily ones (TTSText). Plans are kept by id in the device's documents (reset with them);
// an id never written reads as the factory plan S2 answers. This simulator's capability:
// plan ids 1–16, up to 4 entries per outcome, texts of 1–64 bytes, dates 2000-01-01..2037-12-31.
import type { SimDevice } from '../device.js'

export interface TtsEntry {
  TimeSegment: { beginTime: string; endTime: string }
  language: string
  text: string
}

export interface TtsHolidayPlan {
  enable: boolean
  prefix: string
  beginDate: string
  endDate: string
  Success: TtsEntry[]
  Failure: TtsEntry[]
}

export const TTS_PLAN_IDS = { min: 1, max: 16 }
export const TTS_ENTRIES_MAX = 4
export const TTS_TEXT = { min: 1, max: 64 }
export const TTS_DATES = { min: '2000-01-01', max: '2037-12-31' }
export const TTS_PREFIXES = ['name', 'none']
export const TTS_LANGUAGES = ['SimChinese', 'TraChinese', 'English']

const DOC = 'TTSTextHolidayPlans'

export const factoryPlan = (): TtsHolidayPlan => ({
  enable: false,
  prefix: 'none',
  beginDate: TTS_DATES.min,
  endDate: TTS_DATES.max,
  Success: [],
  Failure: [],
})

/** The plans written so far, by id. */
export function ttsHolidayPlans(dev: SimDevice): Record<string, TtsHolidayPlan> {
  const held = dev.data.docs[DOC]
  if (held && typeof held === 'object') return held as Record<string, TtsHolidayPlan>
  const fresh: Record<string, TtsHolidayPlan> = {}
  dev.data.docs[DOC] = fresh
  return fresh
}

/** The enabled plan whose date range holds this device-local date (YYYY-MM-DD), lowest id first. */
export function holidayPlanOn(dev: SimDevice, date: string): TtsHolidayPlan | null {
  const plans = Object.entries(ttsHolidayPlans(dev)).sort(([a], [b]) => Number(a) - Number(b))
  for (const [, p] of plans) if (p.enable && p.beginDate <= date && date <= p.endDate) return p
  return null
}
