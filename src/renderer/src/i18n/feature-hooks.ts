// One `use…Text()` hook per feature of features.ts, with a `t` typed by that feature's keys.
import { featureText, type FeatureT } from './feature-text'
import type { FeaturesEn } from './features'

const hook = <N extends keyof FeaturesEn>(name: N) => featureText<FeaturesEn[N]>(name)

export const useOverviewText = hook('overview')
export type OverviewT = FeatureT<FeaturesEn['overview']>

export const useDevicesText = hook('devices')
export type DevicesT = FeatureT<FeaturesEn['devices']>

export const useMaintenanceText = hook('maintenance')
export type MaintenanceT = FeatureT<FeaturesEn['maintenance']>

export const usePersonsText = hook('persons')
export type PersonsT = FeatureT<FeaturesEn['persons']>

export const usePersonDrawerText = hook('drawer')
export type PersonDrawerT = FeatureT<FeaturesEn['drawer']>

export const useWebcamText = hook('webcam')
export type WebcamT = FeatureT<FeaturesEn['webcam']>

export const usePersonFormText = hook('form')
export type PersonFormT = FeatureT<FeaturesEn['form']>

export const usePersonImportText = hook('import')
export type PersonImportT = FeatureT<FeaturesEn['import']>

export const useEnrollText = hook('enroll')
export type EnrollT = FeatureT<FeaturesEn['enroll']>

export const useSchedulesText = hook('schedules')
export type SchedulesT = FeatureT<FeaturesEn['schedules']>

export const useApplyText = hook('apply')
export type ApplyT = FeatureT<FeaturesEn['apply']>

export const useEventsText = hook('events')
export type EventsT = FeatureT<FeaturesEn['events']>

export const useSettingsText = hook('settings')
export type SettingsT = FeatureT<FeaturesEn['settings']>

export const useTerminalOpsText = hook('terminalOps')
export type TerminalOpsT = FeatureT<FeaturesEn['terminalOps']>
export const useTerminalText = hook('terminal')
export type TerminalT = FeatureT<FeaturesEn['terminal']>
export const useDemoText = hook('demo')
export type DemoT = FeatureT<FeaturesEn['demo']>
export const useScheduleModesText = hook('scheduleModes')
export type ScheduleModesT = FeatureT<FeaturesEn['scheduleModes']>

export const useBatchText = hook('batch')
export type BatchT = FeatureT<FeaturesEn['batch']>

export const usePendingText = hook('pending')
export type PendingT = FeatureT<FeaturesEn['pending']>
export const useProfilesText = hook('profiles')
export type ProfilesT = FeatureT<FeaturesEn['profiles']>
export const useRulesText = hook('rules')
export type RulesT = FeatureT<FeaturesEn['rules']>
export const useAuditText = hook('audit')

export const useOnboardText = hook('onboard')
export type OnboardT = FeatureT<FeaturesEn['onboard']>

export const useTerminalDocumentsText = hook('terminalDocuments')

export const useFaceLibraryManageText = hook('faceLibraryManage')

export const useTerminalMoreText = hook('terminalMore')
