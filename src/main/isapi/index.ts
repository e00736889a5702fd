// The ISAPI client's public surface. It knows ISAPI and nothing of the station or the database.
export { connect, type ConnectOptions, type IsapiClient, type Logger } from './client'
export {
  IsapiError,
  isIsapiError,
  isNotOnDevice,
  type IsapiErrorCode,
  type ErrorCategory,
} from './errors'
export { lookupError } from './error-table'
export type { AttendanceTemplate } from './endpoints/access-rules'
export { withCoverageCaller } from './http/traffic-recorder'
export {
  readTerminalDocument,
  TERMINAL_DOCUMENTS,
  type TerminalDocument,
} from './endpoints/terminal-documents'
export { ASYNC_IMPORT_FLAG, type AsyncImportTask } from './endpoints/async-import'
export { parseHttpHostPush, type PushRequest } from './endpoints/http-hosts'
export type { HttpHost } from './models/http-host'
export type { Person, Validity, RightPlan, PersonCount } from './models/person'
export type { Card } from './models/card'
export type { CardSearch, CardDeleteTarget } from './endpoints/cards'
export type { PersonSearch, FullDeleteTarget } from './endpoints/persons'
export type {
  DeviceInfo,
  DeviceTime,
  NtpServer,
  DeviceAccount,
  UserCheck,
  Picture,
} from './endpoints/system'
export type { DeviceCapabilities } from './models/capabilities'
export type { FingerprintTemplate, UpsertResult, ReaderResult } from './models/fingerprint'
export type { FingerprintDeleteTarget } from './endpoints/fingerprints'
export type {
  FaceLibrary,
  FaceRecord,
  FaceTarget,
  FaceSource,
  FaceSearch,
  FaceCount,
} from './endpoints/faces'
export type { IrisRecord, IrisInput } from './endpoints/iris'
export type {
  CapturedCard,
  CapturedFingerprint,
  CapturedFace,
  CapturedIris,
  CaptureOptions,
  FaceCaptureOptions,
} from './endpoints/capture'
export type { EventFilter, EventCapabilities, EventStorageConfig } from './endpoints/events'
export type { StreamOptions } from './endpoints/alert-stream'
export type { SubscribeSpec, SubscribeOptions } from './endpoints/subscribe'
export type { DoorCommand, DoorWorkStatus } from './endpoints/door'
export type { Page, SearchOptions } from './endpoints/paging'
export type { PollOptions } from './endpoints/common'
export type {
  FirmwareFraming,
  UpgradeSupport,
  UpgradeStatus,
  UpgradePhase,
  UpgradeProgress,
  UploadResult,
  UploadOptions,
  UpgradeOptions,
  UpgradeResult,
  WaitOptions,
  RebootWait,
  BinaryOptions,
  FlashStatus,
} from './endpoints/upgrade'
export type { ConfigOptions } from './endpoints/config-data'
export type {
  ScheduleFamily,
  Weekday,
  ScheduleSegment,
  WeekSegment,
  WeekPlan,
  WeekPlanInput,
  HolidayPlan,
  HolidayPlanInput,
  HolidayGroup,
  PlanTemplate,
  ScheduleCapabilities,
  ScheduleOptions,
  SegmentProblem,
  PlanObjectKind,
} from './endpoints/schedules'
export type { BindingKind, BindingCapabilities } from './endpoints/schedule-bindings'
export {
  isAcsAlert,
  type AcsAlert,
  type AcsEventRecord,
  type AlertEvent,
  type EventEnvelope,
  type EventKind,
} from './models/event'
export type { ResourceAddress, CapField } from './endpoints/config-resource'
export {
  sadpProbe,
  parseSadpTarget,
  LAN_SADP,
  type SadpTarget,
  type SadpResult,
} from './sadp/sadp-probe'
export type { SadpTerminal } from './sadp/sadp-answer'
