// Reader authentication (Verify) and door-status (DoorStatus) schedules: the station's
// definitions and bindings, each terminal's readers / doors (read on demand from its
// capabilities), and the last write report per family.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type {
  BindingTargets,
  ModeFamily,
  ModeHolidayGroupDef,
  ModeHolidayPlanDef,
  ModeSchedules,
  ModeTemplateDef,
  ModeWeekPlanDef,
  ScheduleApplyReport,
  ScheduleBinding,
} from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { station } from '../../../lib/station'

interface ModesState {
  modes: ModeSchedules | null
  error: AppError | null
  targets: Record<string, Result<BindingTargets> | 'loading'>
  reports: Partial<Record<ModeFamily, ScheduleApplyReport>>
  load(): Promise<void>
  saveWeekPlan(input: ArgsOf<'schedules.saveModeWeekPlan'>): Promise<Result<ModeWeekPlanDef>>
  saveHolidayPlan(
    input: ArgsOf<'schedules.saveModeHolidayPlan'>,
  ): Promise<Result<ModeHolidayPlanDef>>
  saveHolidayGroup(
    input: ArgsOf<'schedules.saveModeHolidayGroup'>,
  ): Promise<Result<ModeHolidayGroupDef>>
  saveTemplate(input: ArgsOf<'schedules.saveModeTemplate'>): Promise<Result<ModeTemplateDef>>
  bind(input: ArgsOf<'schedules.bind'>): Promise<Result<ScheduleBinding>>
  remove(input: ArgsOf<'schedules.removeMode'>): Promise<Result<{ removed: boolean }>>
  loadTargets(deviceId: string): Promise<void>
  write(family: ModeFamily): Promise<Result<ScheduleApplyReport>>
}

export const useScheduleModes = create<ModesState>((set, get) => {
  const after = async <T>(r: Result<T>): Promise<Result<T>> => {
    if (r.ok || r.error.code === 'NOT_FOUND' || r.error.code === 'CONFLICT') await get().load()
    return r
  }
  return {
    modes: null,
    error: null,
    targets: {},
    reports: {},
    async load() {
      const r = await station.schedules.modes({})
      if (r.ok) set({ modes: r.value, error: null })
      else set({ error: r.error })
    },
    saveWeekPlan: async (input) => after(await station.schedules.saveModeWeekPlan(input)),
    saveHolidayPlan: async (input) => after(await station.schedules.saveModeHolidayPlan(input)),
    saveHolidayGroup: async (input) => after(await station.schedules.saveModeHolidayGroup(input)),
    saveTemplate: async (input) => after(await station.schedules.saveModeTemplate(input)),
    bind: async (input) => after(await station.schedules.bind(input)),
    remove: async (input) => after(await station.schedules.removeMode(input)),
    async loadTargets(deviceId) {
      set({ targets: { ...get().targets, [deviceId]: 'loading' } })
      const r = await station.schedules.targets({ deviceId })
      set({ targets: { ...get().targets, [deviceId]: r } })
    },
    async write(family) {
      const r = await station.schedules.apply({ families: [family] })
      if (r.ok) set({ reports: { ...get().reports, [family]: r.value } })
      return r
    },
  }
})
