// What is wrong with a definition, field by field, before it is sent: the contract's own schemas
// decide (the station checks the same ones), this only names each problem so the editor can say
// it in the operator's language next to the field.
import type { z } from 'zod'
import type { ArgsOf } from '@shared/api'
import {
  holidayGroupInput,
  holidayPlanInput,
  templateInput,
  weekPlanInput,
} from '@shared/contract/schedules'

export type Problem =
  | 'number'
  | 'nameRequired'
  | 'nameTooLong'
  | 'timeFormat'
  | 'beginAt24'
  | 'endBeforeBegin'
  | 'overlap'
  | 'tooMany'
  | 'date'
  | 'dateOrder'
  | 'required'
  | 'other'

/** Field path ("name", "days.Monday", "days.Monday.0.end", "segments.1.begin") → its problem. */
export type Problems = Record<string, Problem>

interface Issue {
  path: PropertyKey[]
  code: string
}

const isCalendarDate = (d: unknown): boolean => {
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return false
  const t = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d)
}

function classify(issue: Issue, input: Record<string, unknown>): Problem {
  const path = issue.path.map(String)
  const last = path[path.length - 1]
  const top = path[0]
  if (top === 'planNo' || top === 'groupNo' || top === 'templateNo') return 'number'
  if (top === 'name') return issue.code === 'too_big' ? 'nameTooLong' : 'nameRequired'
  if (top === 'weekPlanNo') return 'required'
  if (top === 'beginDate') return 'date'
  if (top === 'endDate') return isCalendarDate(input.endDate) ? 'dateOrder' : 'date'
  if (last === 'begin' || last === 'end') {
    if (issue.code === 'invalid_format') return 'timeFormat'
    return last === 'begin' ? 'beginAt24' : 'endBeforeBegin'
  }
  if ((top === 'days' && path.length === 2) || (top === 'segments' && path.length === 1))
    return issue.code === 'too_big' ? 'tooMany' : 'overlap'
  return 'other'
}

/** The first problem of each field; an unreadable time is not also called reversed. */
export function problemsOf(issues: readonly Issue[], input: Record<string, unknown>): Problems {
  const out: Problems = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.')
    if (out[key]) continue
    const problem = classify(issue, input)
    if (problem === 'endBeforeBegin') {
      const segment = key.slice(0, -'.end'.length)
      if (
        issues.some(
          (i) =>
            i.code === 'invalid_format' && i.path.map(String).join('.').startsWith(`${segment}.`),
        )
      )
        continue
    }
    out[key] = problem
  }
  return out
}

const check =
  <S extends z.ZodType>(schema: S) =>
  (input: z.input<S>): Problems => {
    const r = schema.safeParse(input)
    return r.success ? {} : problemsOf(r.error.issues, input as Record<string, unknown>)
  }

export const checkWeekPlan: (input: ArgsOf<'schedules.saveWeekPlan'>) => Problems =
  check(weekPlanInput)
export const checkHolidayPlan: (input: ArgsOf<'schedules.saveHolidayPlan'>) => Problems =
  check(holidayPlanInput)
export const checkHolidayGroup: (input: ArgsOf<'schedules.saveHolidayGroup'>) => Problems =
  check(holidayGroupInput)
export const checkTemplate: (input: ArgsOf<'schedules.saveTemplate'>) => Problems =
  check(templateInput)

/** Problems under a prefix ("days.Monday") — for a row that shows its own. */
export const under = (problems: Problems, prefix: string): boolean =>
  Object.keys(problems).some((k) => k === prefix || k.startsWith(`${prefix}.`))
