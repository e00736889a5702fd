import { z } from 'zod'
import type {
  ApplyStateCounts,
  FaceMeta,
  ImportPreview,
  ImportReport,
  PersonDetail,
  PersonSummary,
} from '../model'
import { CARD_TYPES, GENDERS, PERSON_APPLY_STATES, USER_TYPES } from '../model'
import { cardNo, employeeNo, method, none } from './method'
import { personListArgs } from './person-list'

/** A face file may be large before it is normalised (a phone photo): 20 MB of JPEG. */
const MAX_FACE_UPLOAD_BASE64 = Math.ceil((20 * 1024 * 1024 * 4) / 3)
const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'expected YYYY-MM-DDThh:mm:ss')

export const personInput = z
  .object({
    employeeNo,
    name: z.string().trim().min(1).max(128),
    userType: z.enum(USER_TYPES).default('normal'),
    gender: z.enum(GENDERS).default('unknown'),
    valid: z
      .object({
        enable: z.boolean(),
        beginTime: localTime,
        endTime: localTime,
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
    /** Every access group of the person, the first one first (it becomes groupName); given, it replaces them all. */
    groups: z.array(z.string().trim().min(1).max(64)).max(32).optional(),
    notes: z.string().max(1000).default(''),
  })
  .strict()

export const personsApi = {
  'persons.search': method<{ total: number; items: PersonSummary[] }>()(
    z
      .object({
        query: z.string().max(128).default(''),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        groupName: z.string().max(64).optional(),
        userType: z.enum(USER_TYPES).optional(),
        has: z.enum(['card', 'face', 'fingerprint', 'iris']).optional(),
        lacks: z.enum(['card', 'face', 'fingerprint', 'iris']).optional(),
        /** Only persons in this apply state over all terminals. */
        applyState: z.enum(PERSON_APPLY_STATES).optional(),
        ...personListArgs,
      })
      .strict(),
  ),
  'persons.get': method<PersonDetail>()(z.object({ employeeNo }).strict()),
  'persons.groups': method<{ name: string; persons: number }[]>()(none),
  /** Creates or updates; with `create: true` an existing employeeNo is a CONFLICT instead of an update. */
  'persons.save': method<PersonDetail>()(personInput.extend({ create: z.boolean().optional() })),
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
  /**
   * A CSV given as text (scripts): read and written exactly as `persons.importFile` reads a
   * .csv (the same columns, problems by row and column, slices); refused as a whole on any problem.
   */
  'persons.import': method<ImportReport>()(
    z.object({ csv: z.string().max(48 * 1024 * 1024) }).strict(),
  ),
  /** What `persons.import` would add, change and remove for this file; nothing is written. */
  'persons.importPreview': method<ImportPreview>()(
    z.object({ csv: z.string().max(48 * 1024 * 1024) }).strict(),
  ),
  /** How many persons are in each apply state (the Persons filter's counts). */
  'persons.applyStateCounts': method<ApplyStateCounts>()(none),
}
