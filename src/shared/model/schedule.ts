// Access schedules the station defines once and writes to every terminal (the UserRight family:
// when a person may pass). Persons refer to a template by number (Person.planTemplateNo).
import type { Reason } from '../reason-text'

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A span of one day, device-local `HH:MM:SS`; `end` may be `24:00:00`. */
export interface TimeRange {
  begin: string
  end: string
}

/** When access is allowed on each weekday (a day left out or empty = no access that day). */
export interface WeekPlanDef {
  planNo: number
  name: string
  days: Partial<Record<Weekday, TimeRange[]>>
  updatedAt: string
}

/** Dates that follow their own segments instead of the week plan; no segments = closed all day. */
export interface HolidayPlanDef {
  planNo: number
  name: string
  /** YYYY-MM-DD, inclusive. */
  beginDate: string
  endDate: string
  segments: TimeRange[]
  updatedAt: string
}

export interface HolidayGroupDef {
  groupNo: number
  name: string
  holidayPlanNos: number[]
  updatedAt: string
}

/** What a person refers to: a week plan plus the holiday groups that override it. */
export interface PlanTemplateDef {
  templateNo: number
  name: string
  weekPlanNo: number
  holidayGroupNos: number[]
  updatedAt: string
}

/** Which persons name a template (persons refer to templates by number, in a comma list). */
export interface TemplateUsage {
  templateNo: number
  persons: number
  /** Up to five of them, by employee number. */
  employeeNos: string[]
}

/** Every template number persons refer to, defined in the station or not (1 = factory all-day). */
export interface ScheduleUsage {
  templates: TemplateUsage[]
}

export interface ScheduleRoster {
  weekPlans: WeekPlanDef[]
  holidayPlans: HolidayPlanDef[]
  holidayGroups: HolidayGroupDef[]
  templates: PlanTemplateDef[]
}

export type ScheduleObjectKind = 'weekPlan' | 'holidayPlan' | 'holidayGroup' | 'template'

/** Why a definition does not fit a terminal (checked before anything is sent). */
export interface ScheduleRangeProblem {
  kind: ScheduleObjectKind | 'binding'
  /** Set for reader authentication (Verify) and door-status (DoorStatus) definitions. */
  family?: 'Verify' | 'DoorStatus'
  no: number
  field: string
  message: string
  /** The same as a code with parameters, worded in en and zh (src/shared/schedule-fit-reasons.ts). */
  reason?: Reason
}

export interface ScheduleDeviceResult {
  deviceId: string
  deviceName: string
  ok: boolean
  /** The terminal's UserRight plans were reset to factory state before writing (apply with `clear`). */
  cleared: boolean
  /** What was written, by kind and number (in the order written). */
  written: {
    kind: ScheduleObjectKind | 'binding'
    no: number
    /** Set for Verify / DoorStatus objects (absent: person schedules, UserRight). */
    family?: 'Verify' | 'DoorStatus'
    /** For a binding: reader or door `no` now follows template `templateNo`. */
    target?: 'reader' | 'door'
    templateNo?: number
  }[]
  /** Set when ok is false: a coded error (NOT_SUPPORTED with `details.problems` for range misfits). */
  error?: { code: string; message: string; details?: Record<string, unknown> }
}

export interface ScheduleApplyReport {
  devices: ScheduleDeviceResult[]
}
