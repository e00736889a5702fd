// The two schedule families that switch a terminal's behaviour rather than a person's right:
// reader authentication (Verify: which verify mode a reader enforces when) and door status
// (DoorStatus: remain open / closed / normal when). Same shape as the person schedules, but
// every segment carries its mode, and a template reaches a reader or a door through a binding
// (CardReaderPlan / DoorStatusPlan on the terminal) that the station keeps per terminal.
import type { TimeRange, Weekday } from './schedule'

export type ModeFamily = 'Verify' | 'DoorStatus'
export const MODE_FAMILIES: readonly ModeFamily[] = ['Verify', 'DoorStatus']

/** A segment with what holds during it: a verify mode (Verify) or a door status (DoorStatus). */
export interface ModeSegment extends TimeRange {
  mode: string
}

export interface ModeWeekPlanDef {
  family: ModeFamily
  planNo: number
  name: string
  days: Partial<Record<Weekday, ModeSegment[]>>
  updatedAt: string
}

export interface ModeHolidayPlanDef {
  family: ModeFamily
  planNo: number
  name: string
  beginDate: string
  endDate: string
  segments: ModeSegment[]
  updatedAt: string
}

export interface ModeHolidayGroupDef {
  family: ModeFamily
  groupNo: number
  name: string
  holidayPlanNos: number[]
  updatedAt: string
}

export interface ModeTemplateDef {
  family: ModeFamily
  templateNo: number
  name: string
  weekPlanNo: number
  holidayGroupNos: number[]
  updatedAt: string
}

/** Verify templates bind to readers, DoorStatus templates to doors. */
export type BindingTarget = 'reader' | 'door'
export const FAMILY_TARGET: Record<ModeFamily, BindingTarget> = {
  Verify: 'reader',
  DoorStatus: 'door',
}

/** Reader `no` (or door `no`) of one terminal follows template `templateNo` of its family. */
export interface ScheduleBinding {
  deviceId: string
  target: BindingTarget
  no: number
  templateNo: number
}

export interface ModeScheduleRoster {
  family: ModeFamily
  weekPlans: ModeWeekPlanDef[]
  holidayPlans: ModeHolidayPlanDef[]
  holidayGroups: ModeHolidayGroupDef[]
  templates: ModeTemplateDef[]
}

export interface ModeSchedules {
  Verify: ModeScheduleRoster
  DoorStatus: ModeScheduleRoster
  bindings: ScheduleBinding[]
}

/** What one terminal offers for these families, read from its capability documents. */
export interface BindingTargets {
  deviceId: string
  /** Reader numbers a Verify template can bind to (empty: the terminal has no CardReaderPlan). */
  readers: number[]
  /** Door numbers a DoorStatus template can bind to (empty: no DoorStatusPlan). */
  doors: number[]
  verifyModes: string[]
  doorStatuses: string[]
  /** What the terminal holds now, by reader / door number (0 = none bound). */
  readerTemplates: Record<number, number>
  doorTemplates: Record<number, number>
}
