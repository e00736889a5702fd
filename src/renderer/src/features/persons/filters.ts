// The list's filters, as persons.search takes them (groupName, userType, has / lacks, applyState,
// a department with or without its sub-departments).
import type { ArgsOf } from '@shared/api'
import type { PersonApplyState, UserType } from '@shared/model'

export const HAS = ['face', 'card', 'fingerprint', 'iris', 'noFace'] as const
export type Has = (typeof HAS)[number]

export interface Filters {
  /** A group name; '' is "no group". null means any. */
  group: string | null
  userType: UserType | null
  has: Has | null
  /** Applied / pending / failed / none over all terminals; null means any. */
  applyState: PersonApplyState | null
  /** A department path (its persons; with subDepartments, those below too); null means any. */
  department: string | null
  subDepartments: boolean
}

export const NO_FILTERS: Filters = {
  group: null,
  userType: null,
  has: null,
  applyState: null,
  department: null,
  subDepartments: true,
}

export const isFiltering = (f: Filters): boolean =>
  f.group !== null ||
  f.userType !== null ||
  f.has !== null ||
  f.applyState !== null ||
  f.department !== null

type SearchFilterArgs = Pick<
  ArgsOf<'persons.search'>,
  'groupName' | 'userType' | 'has' | 'lacks' | 'applyState' | 'department' | 'subDepartments'
>

export function filterArgs(f: Filters): SearchFilterArgs {
  return {
    ...(f.group !== null ? { groupName: f.group } : {}),
    ...(f.userType !== null ? { userType: f.userType } : {}),
    ...(f.has === 'noFace' ? { lacks: 'face' as const } : f.has !== null ? { has: f.has } : {}),
    ...(f.applyState !== null ? { applyState: f.applyState } : {}),
    ...(f.department !== null
      ? { department: f.department, subDepartments: f.subDepartments }
      : {}),
  }
}
