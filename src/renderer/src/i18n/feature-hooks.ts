// One `use…Text()` hook per feature of features.ts, with a `t` typed by that feature's keys.
import { featureText, type FeatureT } from './feature-text'
import type { FeaturesEn } from './features'

const hook = <N extends keyof FeaturesEn>(name: N) => featureText<FeaturesEn[N]>(name)

export const useSchedulesText = hook('schedules')
export type SchedulesT = FeatureT<FeaturesEn['schedules']>
