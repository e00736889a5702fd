// THE contract between the UI (or the CLI) and the station: every method with its argument
// schema and result type, every pushed event. Both bridges (Electron IPC, browser-mode
// WebSocket) carry exactly this; `station.call(method, args)` validates args at the boundary.
// Each feature keeps its methods in src/shared/contract/<feature>.ts.
import type { z } from 'zod'
import type {
  AccessEvent,
  ApplyProgressEvent,
  ApplyStateCounts,
  DeviceStatusEvent,
  EnrollProgressEvent,
  HoldingsNotice,
  PreviewFrame,
  Settings,
  StationInfo,
} from './model'
import {
  EVENT_NAMES,
  METHOD_NAMES,
  isMethodName,
  type EventName,
  type MethodName,
} from './api-names'
import { applyApi } from './contract/apply'
import { auditApi } from './contract/audit'
import { configApi } from './contract/config'
import { continuousApi } from './contract/continuous'
import type { ChangeKind } from './contract/continuous'
import { profilesApi } from './contract/profiles'
import { reportApi } from './contract/report'
import { siteApi } from './contract/site'
import { demoApi } from './contract/demo'
import { batchApi, type BatchProgressEvent } from './contract/batch'
import { devicesApi } from './contract/devices'
import type { PreviewStatusEvent } from './contract/preview'
import { enrollApi } from './contract/enroll'
import { eventsApi } from './contract/events'
import { maintenanceApi, type UpgradeProgressEvent } from './contract/maintenance'
import { personsApi } from './contract/persons'
import { personFilesApi, type ImportProgressEvent } from './contract/person-files'
import { departmentsApi } from './contract/departments'
import { personListApi } from './contract/person-list'
import { peripheralApi } from './contract/peripheral'
import { rulesApi } from './contract/rules'
import { faceLibrariesApi } from './contract/face-libraries'
import { schedulesApi } from './contract/schedules'
import { stationApi } from './contract/station'
import { syncApi } from './contract/sync'
import { terminalApi } from './contract/terminal'
import { onboardApi } from './contract/onboard'
import { faceCheckApi } from './contract/face-check'
import type { FaceCheckProgressEvent } from './contract/face-check'
import { accountPermissionsApi } from './contract/account-permissions'
import { accountRightsApi } from './contract/account-rights'
import { certificatesApi } from './contract/certificates'
import { listeningSlotAdminApi } from './contract/listening-slot-admin'
import { terminalDocumentsApi } from './contract/terminal-documents'
import { faceLibraryManageApi } from './contract/face-library-manage'
import { importTasksApi } from './contract/import-tasks'
import { pictureApi } from './contract/picture'
import { listeningHostsApi } from './contract/listening-hosts'
import { faceRecordsApi } from './contract/face-records'
import { fingerprintTypeApi } from './contract/fingerprint-type'
import { idBlockListApi } from './contract/id-block-list'
import { voiceHolidayApi } from './contract/voice-holiday'

export const api = {
  ...stationApi,
  ...devicesApi,
  ...personsApi,
  ...personFilesApi,
  ...departmentsApi,
  ...personListApi,
  ...enrollApi,
  ...applyApi,
  ...eventsApi,
  ...syncApi,
  ...maintenanceApi,
  ...schedulesApi,
  ...terminalApi,
  ...configApi,
  ...profilesApi,
  ...reportApi,
  ...siteApi,
  ...demoApi,
  ...batchApi,
  ...peripheralApi,
  ...continuousApi,
  ...rulesApi,
  ...faceLibrariesApi,
  ...auditApi,
  ...onboardApi,
  ...faceCheckApi,
  ...accountPermissionsApi,
  ...accountRightsApi,
  ...certificatesApi,
  ...listeningSlotAdminApi,
  ...terminalDocumentsApi,
  ...faceLibraryManageApi,
  ...importTasksApi,
  ...pictureApi,
  ...listeningHostsApi,
  ...faceRecordsApi,
  ...fingerprintTypeApi,
  ...idBlockListApi,
  ...voiceHolidayApi,
} as const

/** Events the station pushes to every connected UI. */
export interface StationEvents {
  'station.ready': StationInfo
  'settings.changed': Settings
  'device.status': DeviceStatusEvent
  'roster.changed': { employeeNos: string[] }
  /** Some persons' apply state changed (at most a few times a second): the new counts. */
  'applyState.changed': { counts: ApplyStateCounts }
  'enroll.progress': EnrollProgressEvent
  'apply.progress': ApplyProgressEvent
  'event.access': AccessEvent
  'preview.frame': PreviewFrame
  /** A terminal's preview changed mode (RTSP failed: snapshots now), with the reason. */
  'preview.status': PreviewStatusEvent
  'upgrade.progress': UpgradeProgressEvent
  /** A terminal did not hold what the station believed (reset, swapped, changed elsewhere). */
  'holdings.notice': HoldingsNotice
  /** A terminal's state in a batch (devices.upgradeMany / devices.timeMany). */
  'batch.progress': BatchProgressEvent
  /** A file import's progress (persons.importFile). */
  'import.progress': ImportProgressEvent
  /** The roster faces' comparison on a terminal (persons.checkFaces): n of N faces. */
  'faceCheck.progress': FaceCheckProgressEvent
  /** Another process (a CLI command) on this data folder changed something the station keeps. */
  'station.changedElsewhere': { kind: ChangeKind }
}

export type Api = typeof api
/** What a caller passes (defaults may be omitted). */
export type ArgsOf<M extends MethodName> = z.input<Api[M]['args']>
/** What a handler receives (defaults filled, validated). */
export type ParsedArgsOf<M extends MethodName> = z.output<Api[M]['args']>
export type ResultOf<M extends MethodName> = Api[M]['result']

// Both ways: every listed name has a schema, every schema is listed; every event is typed.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _methodsAgree: Exact<keyof Api, MethodName> = true
const _eventsAgree: Exact<keyof StationEvents, EventName> = true
void _methodsAgree
void _eventsAgree

export { personInput } from './contract/persons'
export { eventFilter } from './contract/events'
export { METHOD_NAMES, EVENT_NAMES, isMethodName, type MethodName, type EventName }
