// A voice-prompt holiday plan checked against the terminal's own capability, before anything is
// sent: the station refuses the first problem with its coded reason, the Terminal page shows
// them all beside the fields. Pure: the same words for both (src/shared/error-reasons-voice.ts).
import type { VoiceHolidayCapsView, VoiceHolidayPlan } from './contract/voice-holiday'
import type { Reason } from './reason-text'

export interface PlanProblem {
  /** Where it is: `planId`, `prefix`, `beginDate`, `endDate`, `success.0.text` … */
  field: string
  reason: Reason
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/
const bytes = (s: string): number => new TextEncoder().encode(s).length

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

export function holidayPlanProblems(
  terminal: string,
  planId: number,
  plan: VoiceHolidayPlan,
  caps: VoiceHolidayCapsView,
): PlanProblem[] {
  const out: PlanProblem[] = []
  const add = (field: string, code: Reason['code'], params: Reason['params']) =>
    out.push({ field, reason: { code, params: { terminal, ...params } } })
  const ids = caps.planIds
  if (ids && (planId < ids.min || planId > ids.max))
    add('planId', 'voicePlanIdOutOfRange', { min: ids.min, max: ids.max, planId })
  if (caps.prefixes && !caps.prefixes.includes(plan.prefix))
    add('prefix', 'voiceOptionRefused', {
      field: 'prefix',
      options: caps.prefixes.join(', '),
      value: plan.prefix,
    })
  for (const k of ['beginDate', 'endDate'] as const) {
    const d = plan[k]
    const r = caps.dates
    if (!isCalendarDate(d) || (r && (d < r.min || d > r.max)))
      add(k, 'voiceDateOutOfRange', { min: r?.min ?? '', max: r?.max ?? '', date: d })
  }
  if (plan.endDate < plan.beginDate)
    add('endDate', 'voiceDateOrder', { beginDate: plan.beginDate, endDate: plan.endDate })
  for (const outcome of ['success', 'failure'] as const) {
    const rows = plan[outcome]
    const c = caps[outcome]
    if (c.maxSize !== null && rows.length > c.maxSize)
      add(outcome, 'voiceTooManyRows', { outcome, max: c.maxSize, count: rows.length })
    rows.forEach((r, i) => {
      const at = `${outcome}.${i}`
      const n = bytes(r.text)
      const len = c.text ?? { min: 1, max: Number.MAX_SAFE_INTEGER }
      if (n < len.min || n > len.max)
        add(`${at}.text`, 'voiceTextLength', {
          outcome,
          row: i + 1,
          min: len.min,
          max: len.max,
          bytes: n,
        })
      for (const k of ['beginTime', 'endTime'] as const)
        if (!TIME.test(r[k]))
          add(`${at}.${k}`, 'voiceTimeFormat', { outcome, row: i + 1, value: r[k] })
      if (r.endTime < r.beginTime)
        add(`${at}.endTime`, 'voiceTimeOrder', {
          outcome,
          row: i + 1,
          beginTime: r.beginTime,
          endTime: r.endTime,
        })
      if (r.language !== undefined && c.languages && !c.languages.includes(r.language))
        add(`${at}.language`, 'voiceOptionRefused', {
          field: 'language',
          options: c.languages.join(', '),
          value: r.language,
        })
    })
  }
  return out
}
