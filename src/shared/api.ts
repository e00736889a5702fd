// THE contract between the UI (or the CLI) and the station: every method with its argument
// schema and result type, every pushed event. Both bridges (Electron IPC, browser-mode
// WebSocket) carry exactly this; `station.call(method, args)` validates args at the boundary.
import { z } from 'zod'
import type {
  AccessEvent,
  ApplyFailure,
  ApplyJob,
  ApplyProgressEvent,
  Device,
  DeviceStatusEvent,
  EnrollProgressEvent,
  FaceMeta,
  ImportReport,
  PersonDetail,
  PersonSummary,
  Settings,
  StationInfo,
} from './model'
import { CARD_TYPES, GENDERS, USER_TYPES } from './model'
import {
  EVENT_NAMES,
  METHOD_NAMES,
  isEventName,
  isMethodName,
  type EventName,
  type MethodName,
} from './api-names'

/** A method: its argument schema and (type-only) result. */
interface MethodSpec<S extends z.ZodType, R> {
  args: S
  result: R
}
const method =
  <R>() =>
  <S extends z.ZodType>(args: S): MethodSpec<S, R> => ({ args, result: undefined as R })

const none = z.object({}).strict()
const id = z.string().min(1).max(64)
const employeeNo = z.string().min(1).max(32)
const cardNo = z.string().regex(/^[0-9A-Za-z]{1,32}$/, 'card numbers are 1 to 32 letters or digits')
/** A face file may be large before it is normalised (a phone photo): 20 MB of JPEG. */
const MAX_FACE_UPLOAD_BASE64 = Math.ceil((20 * 1024 * 1024 * 4) / 3)

export const settingsPatch = z
  .object({
    language: z.enum(['en', 'zh']),
    theme: z.enum(['light', 'dark', 'system']),
    listenPort: z.number().int().min(1024).max(65535),
    listenAddress: z.enum(['127.0.0.1', '0.0.0.0']),
    demoOffered: z.boolean(),
  })
  .partial()
  .strict()

export const deviceInput = z
  .object({
    name: z.string().trim().min(1).max(64),
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    protocol: z.enum(['http', 'https']),
    username: z.string().min(1).max(32),
    password: z.string().min(1).max(64),
    site: z.string().max(64).default(''),
  })
  .strict()

export const personInput = z
  .object({
    employeeNo,
    name: z.string().trim().min(1).max(128),
    userType: z.enum(USER_TYPES).default('normal'),
    gender: z.enum(GENDERS).default('unknown'),
    valid: z
      .object({
        enable: z.boolean(),
        beginTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        endTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        timeType: z.enum(['local', 'UTC']).default('local'),
      })
      .refine((v) => v.beginTime <= v.endTime, { message: 'beginTime must not be after endTime' })
      .optional(),
    doorRights: z.array(z.number().int().min(1).max(64)).max(64).default([1]),
    planTemplateNo: z
      .string()
      .regex(/^\d+(,\d+)*$/)
      .default('1'),
    pin: z
      .string()
      .regex(/^\d{4,8}$/)
      .optional(),
    groupName: z.string().max(64).default(''),
    notes: z.string().max(1000).default(''),
  })
  .strict()

export const api = {
  // station
  'station.info': method<StationInfo>()(none),
  'settings.get': method<Settings>()(none),
  'settings.set': method<Settings>()(settingsPatch),

  // devices
  'devices.list': method<Device[]>()(none),
  'devices.add': method<Device>()(deviceInput),
  'devices.update': method<Device>()(z.object({ id, patch: deviceInput.partial() }).strict()),
  'devices.remove': method<{ removed: boolean }>()(z.object({ id }).strict()),
  'devices.check': method<Device>()(z.object({ id }).strict()),

  // persons (the roster)
  'persons.search': method<{ total: number; items: PersonSummary[] }>()(
    z
      .object({
        query: z.string().max(128).default(''),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  'persons.get': method<PersonDetail>()(z.object({ employeeNo }).strict()),
  'persons.groups': method<{ name: string; persons: number }[]>()(none),
  'persons.save': method<PersonDetail>()(personInput),
  'persons.remove': method<{ removed: boolean }>()(z.object({ employeeNo }).strict()),
  'persons.addCard': method<PersonDetail>()(
    z.object({ employeeNo, cardNo, cardType: z.enum(CARD_TYPES).default('normalCard') }).strict(),
  ),
  'persons.removeCard': method<PersonDetail>()(z.object({ employeeNo, cardNo }).strict()),
  'persons.setFace': method<PersonDetail>()(
    z
      .object({
        employeeNo,
        jpegBase64: z.string().min(4).max(MAX_FACE_UPLOAD_BASE64),
        source: z.enum(['file', 'webcam']),
      })
      .strict(),
  ),
  'persons.face': method<{ jpegBase64: string; meta: FaceMeta } | null>()(
    z.object({ employeeNo }).strict(),
  ),
  'persons.removeFace': method<PersonDetail>()(z.object({ employeeNo }).strict()),
  'persons.removeFingerprint': method<PersonDetail>()(
    z.object({ employeeNo, fingerId: z.number().int().min(1).max(10) }).strict(),
  ),
  'persons.removeIris': method<PersonDetail>()(
    z.object({ employeeNo, eye: z.enum(['left', 'right']) }).strict(),
  ),
  'persons.import': method<ImportReport>()(
    z.object({ csv: z.string().max(64 * 1024 * 1024) }).strict(),
  ),

  // enrollment on a terminal
  'enroll.start': method<{ sessionId: string }>()(
    z
      .object({
        deviceId: id,
        employeeNo,
        kind: z.enum(['face', 'card', 'fingerprint', 'iris']),
        fingerId: z.number().int().min(1).max(10).optional(),
      })
      .strict(),
  ),
  'enroll.cancel': method<{ cancelled: boolean }>()(z.object({ sessionId: id }).strict()),

  // apply the roster to terminals
  'apply.start': method<ApplyJob>()(z.object({ deviceIds: z.array(id).optional() }).strict()),
  'apply.status': method<ApplyJob | null>()(z.object({ jobId: id.optional() }).strict()),
  'apply.failures': method<ApplyFailure[]>()(z.object({ jobId: id }).strict()),
  'apply.retryFailed': method<ApplyJob>()(z.object({ jobId: id }).strict()),

  // access events
  'events.search': method<{ total: number; items: AccessEvent[] }>()(
    z
      .object({
        deviceId: id.optional(),
        employeeNo: employeeNo.optional(),
        from: z.string().optional(),
        to: z.string().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
} as const

/** Events the station pushes to every connected UI. */
export interface StationEvents {
  'station.ready': StationInfo
  'settings.changed': Settings
  'device.status': DeviceStatusEvent
  'roster.changed': { employeeNos: string[] }
  'enroll.progress': EnrollProgressEvent
  'apply.progress': ApplyProgressEvent
  'event.access': AccessEvent
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

export { METHOD_NAMES, EVENT_NAMES, isMethodName, isEventName, type MethodName, type EventName }
