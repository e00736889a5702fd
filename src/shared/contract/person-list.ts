// The Persons list's tools: sorting and the department filter (arguments of persons.search),
// bulk edit and removal of a selection (picked persons, or everyone a search matches), and
// small face thumbnails for the rows in view.
import { z } from 'zod'
import { PERSON_APPLY_STATES, PERSON_SORT_KEYS, USER_TYPES } from '../model'
import { departmentPath } from './departments'
import { employeeNo, method } from './method'

/** What persons.search takes besides its filters: the order and a department subtree. */
export const personListArgs = {
  sort: z.object({ by: z.enum(PERSON_SORT_KEYS), desc: z.boolean().default(false) }).optional(),
  /** Persons whose department (first group) is this path… */
  department: departmentPath.optional(),
  /** …or, ticked, any path below it. */
  subDepartments: z.boolean().default(false),
}

const credentialKind = z.enum(['card', 'face', 'fingerprint', 'iris'])

/** The most persons one selection names. */
const MAX_SELECTION = 200_000

/** A search and its filters as the list shows them (what "all matching" and ranges refer to). */
const listFilter = z
  .object({
    query: z.string().max(128).default(''),
    groupName: z.string().max(64).optional(),
    userType: z.enum(USER_TYPES).optional(),
    has: credentialKind.optional(),
    lacks: credentialKind.optional(),
    applyState: z.enum(PERSON_APPLY_STATES).optional(),
    ...personListArgs,
  })
  .strict()

/** Which persons a bulk action touches: picked ones, or every person a search matches. */
export const personSelection = z.union([
  z.object({ employeeNos: z.array(employeeNo).min(1).max(MAX_SELECTION) }).strict(),
  z.object({ filter: listFilter }).strict(),
])

const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'expected YYYY-MM-DDThh:mm:ss')
const groupName = z.string().trim().min(1).max(64)

/** What a bulk edit changes; a field left out is kept as each person has it. */
export const bulkChanges = z
  .object({
    /** The department path; '' takes persons out of any department. */
    department: z.union([departmentPath, z.literal('')]).optional(),
    valid: z
      .union([
        z.object({ enable: z.literal(false) }).strict(),
        z
          .object({ enable: z.literal(true), beginTime: localTime, endTime: localTime })
          .strict()
          .refine((v) => v.beginTime <= v.endTime, {
            message: 'beginTime must not be after endTime',
          }),
      ])
      .optional(),
    userType: z.enum(USER_TYPES).optional(),
    planTemplateNo: z
      .string()
      .regex(/^\d+(,\d+)*$/)
      .optional(),
    /** Access groups to add to each person (besides the department). */
    addGroups: z.array(groupName).max(32).optional(),
    /** Access groups to take away. */
    removeGroups: z.array(groupName).max(32).optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'name at least one change',
  })

export interface PersonThumbnail {
  employeeNo: string
  /** The face's hash: the renderer's cache key (a new face, a new thumbnail). */
  sha256: string
  jpegBase64: string
}

export const personListApi = {
  /**
   * Changes the selected persons in one transaction (one audit entry). `expected` is the count
   * the user confirmed: when the selection now names another number, nothing is changed.
   */
  'persons.bulkEdit': method<{ persons: number }>()(
    z
      .object({
        selection: personSelection,
        expected: z.number().int().min(1),
        set: bulkChanges,
      })
      .strict(),
  ),
  /** Removes the selected persons in one transaction; `expected` as for bulkEdit. */
  'persons.bulkRemove': method<{ removed: number }>()(
    z.object({ selection: personSelection, expected: z.number().int().min(1) }).strict(),
  ),
  /**
   * A shift-click range resolved by the station: the persons from one to the other (both
   * included) in the list's order for this search, filters and sort — rows the list never
   * loaded included. Either end no longer in that order: NOT_FOUND, nothing picked.
   */
  'persons.range': method<{ employeeNos: string[] }>()(
    z.object({ filter: listFilter, from: employeeNo, to: employeeNo }).strict(),
  ),
  /** Small face pictures (at most 64 px a side) for the rows in view; persons without a face are left out. */
  'persons.thumbnails': method<PersonThumbnail[]>()(
    z.object({ employeeNos: z.array(employeeNo).max(200) }).strict(),
  ),
}
