// The roster's vocabulary. Enum spellings follow ISAPI (`blackList` in UserInfo).
import type { PersonApplyState } from './apply'

export const USER_TYPES = ['normal', 'visitor', 'blackList'] as const
export type UserType = (typeof USER_TYPES)[number]

export const GENDERS = ['male', 'female', 'unknown'] as const
export type Gender = (typeof GENDERS)[number]

export const CARD_TYPES = [
  'normalCard',
  'patrolCard',
  'hijackCard',
  'superCard',
  'dismissingCard',
  'emergencyCard',
] as const
export type CardType = (typeof CARD_TYPES)[number]

export const FINGER_TYPES = ['normalFP', 'hijackFP', 'patrolFP', 'superFP', 'dismissingFP'] as const
export type FingerType = (typeof FINGER_TYPES)[number]

export interface Validity {
  enable: boolean
  /** Local time without offset, as ISAPI's UserInfo.Valid carries it: 2026-01-01T00:00:00 */
  beginTime: string
  endTime: string
  timeType: 'local' | 'UTC'
}

export interface Person {
  employeeNo: string
  name: string
  userType: UserType
  gender: Gender
  valid: Validity
  /** Door numbers this person may open (ISAPI doorRight). */
  doorRights: number[]
  /** Plan template numbers (ISAPI RightPlan.planTemplateNo); "1" is the built-in all-day plan. */
  planTemplateNo: string
  hasPin: boolean
  groupName: string
  notes: string
  createdAt: string
  updatedAt: string
}

export interface Card {
  employeeNo: string
  cardNo: string
  cardType: CardType
}

export interface Fingerprint {
  employeeNo: string
  /** Finger slot 1..10 (ISAPI fingerPrintID). */
  fingerId: number
  fingerType: FingerType
  /** Base64 template as the terminal produced it. */
  template: string
  quality: number | null
  sourceModel: string
}

export interface FaceMeta {
  employeeNo: string
  bytes: number
  width: number
  height: number
  sha256: string
  source: 'terminal' | 'file' | 'webcam' | 'sync' | 'demo'
  capturedAt: string
}

export interface Iris {
  employeeNo: string
  /** 'left' | 'right' eye. */
  eye: 'left' | 'right'
  /** Base64 iris data as the terminal produced it. */
  data: string
  sourceModel: string
}

export interface PersonSummary {
  employeeNo: string
  name: string
  userType: UserType
  groupName: string
  cards: number
  fingerprints: number
  hasFace: boolean
  irises: number
  /** Over all terminals; null until the station has computed it (just after an upgrade). */
  applyState: PersonApplyState | null
  /** The validity period when one is set (null: valid always). */
  valid: { beginTime: string; endTime: string } | null
}

/** Columns the Persons list sorts by (in SQL, by the store). */
export const PERSON_SORT_KEYS = [
  'employeeNo',
  'name',
  'department',
  'validity',
  'applyState',
] as const
export type PersonSortKey = (typeof PERSON_SORT_KEYS)[number]
export interface PersonSort {
  by: PersonSortKey
  desc: boolean
}

export type FingerprintMeta = Omit<Fingerprint, 'template'>
export type IrisMeta = Omit<Iris, 'data'>

/** A person with every credential, as the person drawer shows it. */
export interface PersonDetail extends Person {
  /** Every access group of the person (groupName first); the rules of any of them apply. */
  groups: string[]
  cards: Card[]
  fingerprints: FingerprintMeta[]
  face: FaceMeta | null
  irises: IrisMeta[]
}

export interface ImportReport {
  rows: number
  created: number
  updated: number
  cards: number
  /** Cards the file left out of a filled `cards` cell (they are removed from the person). */
  cardsRemoved?: number
}

/** What an import would do, nothing written (`persons.importPreview`). */
export interface ImportPreview {
  rows: number
  adds: { employeeNo: string; name: string; cards: string[] }[]
  changes: {
    employeeNo: string
    name: string
    /** Person fields the file changes ('name', 'doorRights', …). */
    fields: string[]
    cardsAdded: string[]
    cardsRemoved: string[]
  }[]
  unchanged: number
}
