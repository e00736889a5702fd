// Access schedules (UserRight family): the station's own week plans, holiday plans, holiday
// groups and templates, and `schedules.apply`, which writes them to terminals. Numbers are
// bounded here by what any terminal documents (1–1024); each terminal's own, often smaller,
// ranges are checked by apply before anything is sent to it.
import { z } from 'zod'
import {
  WEEKDAYS,
  type HolidayGroupDef,
  type HolidayPlanDef,
  type PlanTemplateDef,
  type ScheduleApplyReport,
  type ScheduleRoster,
  type ScheduleUsage,
  type WeekPlanDef,
} from '../model/schedule'
import type {
  BindingTargets,
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeSchedules,
  ModeTemplateDef,
  ModeWeekPlanDef,
  ScheduleBinding,
} from '../model/schedule-modes'
import { id, method, none } from './method'

const seconds = (t: string): number =>
  t === '24:00:00'
    ? 86_400
    : Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + Number(t.slice(6, 8))

/** `HH:MM` or `HH:MM:SS` (00:00–23:59:59, and 24:00 as an end), normalised to `HH:MM:SS`. */
const timeOfDay = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?|24:00(:00)?)$/, 'expected a time HH:MM or HH:MM:SS')
  .transform((t) => (t.length === 5 ? `${t}:00` : t))

export const timeRange = z
  .object({ begin: timeOfDay, end: timeOfDay })
  .strict()
  .refine((r) => r.begin !== '24:00:00', {
    message: 'a segment cannot begin at 24:00',
    path: ['begin'],
  })
  .refine((r) => seconds(r.begin) < seconds(r.end), {
    message: 'a segment must begin before it ends',
    path: ['end'],
  })

/** Up to 8 segments in a day, none overlapping (sorted on the way in). */
const segmentsOf = <T extends z.ZodType<{ begin: string; end: string }>>(segment: T) =>
  z
    .array(segment)
    .max(8, 'at most 8 segments a day')
    .transform((segs) => [...segs].sort((a, b) => seconds(a.begin) - seconds(b.begin)))
    .refine(
      (segs) => segs.every((s, i) => i === 0 || seconds(s.begin) >= seconds(segs[i - 1]!.end)),
      {
        message: 'segments of one day must not overlap',
      },
    )
const daySegments = segmentsOf(timeRange)

/** A verify mode or door status, verbatim as terminals name it (each terminal's list is checked by apply). */
const modeName = z.string().regex(/^[A-Za-z]{1,40}$/, 'expected a mode name such as cardAndFace')
const modeSegment = z
  .object({ begin: timeOfDay, end: timeOfDay, mode: modeName })
  .strict()
  .refine((r) => r.begin !== '24:00:00', {
    message: 'a segment cannot begin at 24:00',
    path: ['begin'],
  })
  .refine((r) => seconds(r.begin) < seconds(r.end), {
    message: 'a segment must begin before it ends',
    path: ['end'],
  })
const modeDaySegments = segmentsOf(modeSegment)

const no = z.number().int().min(1).max(1024)
const name = z.string().trim().min(1, 'a name is required').max(32, 'at most 32 characters')
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`)
    return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d)
  }, 'not a calendar date')
const numbers = (max: number) =>
  z
    .array(no)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'each number once')

export const weekPlanInput = z
  .object({
    planNo: no,
    name,
    days: z.partialRecord(z.enum(WEEKDAYS), daySegments),
  })
  .strict()

export const holidayPlanInput = z
  .object({ planNo: no, name, beginDate: date, endDate: date, segments: daySegments.default([]) })
  .strict()
  .refine((p) => p.beginDate <= p.endDate, {
    message: 'the holiday ends before it begins',
    path: ['endDate'],
  })

export const holidayGroupInput = z
  .object({ groupNo: no, name, holidayPlanNos: numbers(64) })
  .strict()

export const templateInput = z
  .object({ templateNo: no, name, weekPlanNo: no, holidayGroupNos: numbers(16).default([]) })
  .strict()

export const modeFamily = z.enum(['Verify', 'DoorStatus'])
export const scheduleFamily = z.enum(['UserRight', 'Verify', 'DoorStatus'])

export const modeWeekPlanInput = z
  .object({
    family: modeFamily,
    planNo: no,
    name,
    days: z.partialRecord(z.enum(WEEKDAYS), modeDaySegments),
  })
  .strict()

export const modeHolidayPlanInput = z
  .object({
    family: modeFamily,
    planNo: no,
    name,
    beginDate: date,
    endDate: date,
    segments: modeDaySegments.default([]),
  })
  .strict()
  .refine((p) => p.beginDate <= p.endDate, {
    message: 'the holiday ends before it begins',
    path: ['endDate'],
  })

export const modeHolidayGroupInput = z
  .object({ family: modeFamily, groupNo: no, name, holidayPlanNos: numbers(64) })
  .strict()

export const modeTemplateInput = z
  .object({
    family: modeFamily,
    templateNo: no,
    name,
    weekPlanNo: no,
    holidayGroupNos: numbers(16).default([]),
  })
  .strict()

export const bindingInput = z
  .object({
    deviceId: id,
    target: z.enum(['reader', 'door']),
    no: z.number().int().min(1).max(256),
    /** 0 = no template (the reader / door follows its own default). */
    templateNo: z.number().int().min(0).max(1024),
  })
  .strict()

export const scheduleKind = z.enum(['weekPlan', 'holidayPlan', 'holidayGroup', 'template'])

export const schedulesApi = {
  /** Every definition the station holds, by number. */
  'schedules.list': method<ScheduleRoster>()(none),
  /** How many persons name each template number (for "in use by N persons"). */
  'schedules.usage': method<ScheduleUsage>()(none),
  /** Creates or replaces week plan `planNo`. */
  'schedules.saveWeekPlan': method<WeekPlanDef>()(weekPlanInput),
  'schedules.saveHolidayPlan': method<HolidayPlanDef>()(holidayPlanInput),
  /** Every holiday plan named must exist in the station. */
  'schedules.saveHolidayGroup': method<HolidayGroupDef>()(holidayGroupInput),
  /** The week plan and every holiday group named must exist in the station. */
  'schedules.saveTemplate': method<PlanTemplateDef>()(templateInput),
  /** Removes a definition; refused (CONFLICT) while another definition refers to it. Terminals keep what they hold. */
  'schedules.remove': method<{ removed: boolean }>()(z.object({ kind: scheduleKind, no }).strict()),
  /**
   * Writes every definition to each terminal (all terminals when `deviceIds` is absent): week
   * plans, holiday plans, holiday groups, then templates. A terminal whose ranges cannot hold a
   * definition gets nothing and is reported NOT_SUPPORTED with the reasons. With `clear`, the
   * terminal's UserRight plans are first reset to factory state (ClearPlansCfg), so slots the
   * station no longer defines are emptied too (factory template 1 is all-day access again).
   */
  'schedules.apply': method<ScheduleApplyReport>()(
    z
      .object({
        deviceIds: z.array(id).min(1).max(1000).optional(),
        clear: z.boolean().default(false),
        /** Which families to write (default all three; a family the station defines nothing for is skipped). */
        families: z.array(scheduleFamily).min(1).max(3).optional(),
      })
      .strict(),
  ),
  /** Reader authentication (Verify) and door-status (DoorStatus) definitions, and every binding. */
  'schedules.modes': method<ModeSchedules>()(none),
  'schedules.saveModeWeekPlan': method<ModeWeekPlanDef>()(modeWeekPlanInput),
  'schedules.saveModeHolidayPlan': method<ModeHolidayPlanDef>()(modeHolidayPlanInput),
  /** Every holiday plan named must exist in the family. */
  'schedules.saveModeHolidayGroup': method<ModeHolidayGroupDef>()(modeHolidayGroupInput),
  /** The week plan and every holiday group named must exist in the family. */
  'schedules.saveModeTemplate': method<ModeTemplateDef>()(modeTemplateInput),
  /** Refused (CONFLICT) while another definition or a binding refers to it. */
  'schedules.removeMode': method<{ removed: boolean }>()(
    z.object({ family: modeFamily, kind: scheduleKind, no }).strict(),
  ),
  /**
   * Binds a Verify template to reader `no` (target reader) or a DoorStatus template to door `no`
   * (target door) of one terminal, in the station; `schedules.apply` writes it. The template must
   * exist in the station; templateNo 0 binds nothing (the terminal's reader / door default).
   */
  'schedules.bind': method<ScheduleBinding>()(bindingInput),
  /** The readers and doors a terminal offers for bindings, and its verify modes / door statuses. */
  'schedules.targets': method<BindingTargets>()(z.object({ deviceId: id }).strict()),
}
