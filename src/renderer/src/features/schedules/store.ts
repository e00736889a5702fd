// Access schedules: the station's definitions, how many persons name each template (kept fresh
// by 'roster.changed'), and the last schedules.apply report. Saves answer with the station's
// Result so the editor that started them can place a refusal next to its field.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type {
  HolidayGroupDef,
  HolidayPlanDef,
  PlanTemplateDef,
  ScheduleApplyReport,
  ScheduleObjectKind,
  ScheduleRoster,
  ScheduleUsage,
  WeekPlanDef,
} from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { station } from '../../lib/station'

interface SchedulesState {
  roster: ScheduleRoster | null
  usage: ScheduleUsage | null
  error: AppError | null
  report: ScheduleApplyReport | null
  load(): Promise<void>
  saveWeekPlan(input: ArgsOf<'schedules.saveWeekPlan'>): Promise<Result<WeekPlanDef>>
  saveHolidayPlan(input: ArgsOf<'schedules.saveHolidayPlan'>): Promise<Result<HolidayPlanDef>>
  saveHolidayGroup(input: ArgsOf<'schedules.saveHolidayGroup'>): Promise<Result<HolidayGroupDef>>
  saveTemplate(input: ArgsOf<'schedules.saveTemplate'>): Promise<Result<PlanTemplateDef>>
  remove(kind: ScheduleObjectKind, no: number): Promise<Result<{ removed: boolean }>>
  apply(deviceIds: string[] | undefined, clear: boolean): Promise<Result<ScheduleApplyReport>>
}

let usageTimer: ReturnType<typeof setTimeout> | undefined

export const useSchedules = create<SchedulesState>((set, get) => {
  const loadUsage = async () => {
    const r = await station.schedules.usage({})
    if (r.ok) set({ usage: r.value })
  }
  station.on('roster.changed', () => {
    if (get().usage === null) return
    clearTimeout(usageTimer)
    usageTimer = setTimeout(() => void loadUsage(), 300)
  })
  // the socket came back: the schedules (and their usage) as the station has them now
  station.on('station.ready', () => {
    if (get().roster === null) return
    void get().load()
    if (get().usage !== null) void loadUsage()
  })
  /** After a save or removal: the roster again (references, times normalised by the station). */
  const after = async <T>(r: Result<T>): Promise<Result<T>> => {
    if (r.ok || r.error.code === 'NOT_FOUND' || r.error.code === 'CONFLICT') await get().load()
    return r
  }
  return {
    roster: null,
    usage: null,
    error: null,
    report: null,
    async load() {
      const [roster] = await Promise.all([station.schedules.list({}), loadUsage()])
      if (roster.ok) set({ roster: roster.value, error: null })
      else set({ error: roster.error })
    },
    saveWeekPlan: async (input) => after(await station.schedules.saveWeekPlan(input)),
    saveHolidayPlan: async (input) => after(await station.schedules.saveHolidayPlan(input)),
    saveHolidayGroup: async (input) => after(await station.schedules.saveHolidayGroup(input)),
    saveTemplate: async (input) => after(await station.schedules.saveTemplate(input)),
    remove: async (kind, no) => after(await station.schedules.remove({ kind, no })),
    async apply(deviceIds, clear) {
      // person schedules only: the reader and door families are written from their own tabs
      const families: ['UserRight'] = ['UserRight']
      const r = await station.schedules.apply(
        deviceIds ? { deviceIds, clear, families } : { clear, families },
      )
      if (r.ok) set({ report: r.value })
      return r
    },
  }
})
