// One `use…Text()` hook per feature of features.ts, with a `t` typed by that feature's keys.
import { featureText, type FeatureT } from './feature-text'
import type { FeaturesEn } from './features'

const hook = <N extends keyof FeaturesEn>(name: N) => featureText<FeaturesEn[N]>(name)

export const useOverviewText = hook('overview')

export const useDevicesText = hook('devices')

export const useMaintenanceText = hook('maintenance')

export const usePersonsText = hook('persons')
export type PersonsT = FeatureT<FeaturesEn['persons']>

export const usePersonDrawerText = hook('drawer')
export type PersonDrawerT = FeatureT<FeaturesEn['drawer']>

export const useWebcamText = hook('webcam')
export type WebcamT = FeatureT<FeaturesEn['webcam']>

export const usePersonFormText = hook('form')
export type PersonFormT = FeatureT<FeaturesEn['form']>

export const usePersonImportText = hook('import')

export const useEnrollText = hook('enroll')

export const useSchedulesText = hook('schedules')

export const useApplyText = hook('apply')

export const useEventsText = hook('events')
export type EventsT = FeatureT<FeaturesEn['events']>

export const useSettingsText = hook('settings')

export const useTerminalOpsText = hook('terminalOps')
export const useTerminalText = hook('terminal')
export type TerminalT = FeatureT<FeaturesEn['terminal']>
export const useDemoText = hook('demo')
export const useScheduleModesText = hook('scheduleModes')

export const useBatchText = hook('batch')

export const usePendingText = hook('pending')
export const useProfilesText = hook('profiles')
export const useRulesText = hook('rules')
export const useAuditText = hook('audit')

export const useOnboardText = hook('onboard')
export type OnboardT = FeatureT<FeaturesEn['onboard']>

export const useTerminalDocumentsText = hook('terminalDocuments')
export const useImportTasksText = hook('importTasks')

export const useFaceLibraryManageText = hook('faceLibraryManage')

export const usePersonListText = hook('personList')
export type PersonListT = FeatureT<FeaturesEn['personList']>
export const useTerminalMoreText = hook('terminalMore')

export const useAccountsCertsText = hook('accountsCerts')
export const useCredentialsText = hook('credentials')
export const useVoiceText = hook('voice')
