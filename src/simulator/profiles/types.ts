export const PROFILE_IDS = [
  'face-fp',
  'face-lite',
  'iris-face',
  'card-door',
  'face-legacy',
] as const
export type ProfileId = (typeof PROFILE_IDS)[number]

export type Feature =
  | 'card'
  | 'fingerprint'
  | 'face'
  | 'infraredFace'
  | 'iris'
  | 'captureCard'
  | 'captureFinger'
  | 'captureFace'
  | 'captureIris'
  | 'snapshot'
  | 'httpHosts'
  | 'subscribeEvent'
  | 'userInfoDetailDelete'
  | 'fingerPrintSearch'
  | 'temperature'
  | 'mask'
  /** FDLib/searchByPic: the terminal compares a picture with a face library. */
  | 'faceSearchByPicture'
  /** A resident ID-card reader: ID card events and the ID-card block list (21.19). */
  | 'idCard'
  /** Older firmware: no SetUp requests (set-up.ts). */
  | 'noSetUp'

export interface Capacity {
  persons: number
  cards: number
  faces: number
  fingerprints: number
  irises: number
  events: number
  cardsPerPerson: number
  fingersPerPerson: number
  irisesPerPerson: number
}

export interface FaceLimits {
  minBytes: number
  maxBytes: number
  minWidth: number
  minHeight: number
  maxWidth: number
  maxHeight: number
}

import type { FirmwareId } from './firmware.js'

export interface Profile {
  id: ProfileId
  /** The AcsWorkStatus fields the terminal reports (its capability lists the same); absent: all the simulator knows. */
  acsWorkStatusFields?: readonly string[]
  model: string
  deviceType: string
  firmwareVersion: string
  firmwareReleasedDate: string
  /** Nonce form: older firmware (hex of base64 of a timestamp) or V4.x (32 hex:epoch ms); V4.x answers a full slot table with 404. */
  authStyle: 'old' | 'new'
  /** How this firmware family writes the wire (headers, challenge, 401 bodies, event parts). */
  firmware: FirmwareId
  /** Uses allowed per nonce; the next use is answered with a fresh challenge (stale="true"). */
  nonceMaxUses: number
  /** Which of nonceMaxUses / nonceTtlMs were measured on a device, which inferred. */
  nonceBasis: string
  nonceTtlMs: number
  features: ReadonlySet<Feature>
  capacity: Capacity
  employeeNo: { min: number; max: number; characterType: 'any' | 'number' }
  nameMax: number
  userTypes: readonly string[]
  verifyModes: readonly string[]
  cardTypes: readonly string[]
  face: FaceLimits
  doors: number
  cardReaders: number
  alarmIn: number
  alarmOut: number
  alertStreamSlots: number
  /** Whether alertStream carries the event picture as a part (some firmware only give pictureURL). */
  alertPictures: boolean
  httpHostSlots: number
  /** 'block': capture POSTs wait for the person; 'poll': answer progress 0 at once. */
  captureStyle: 'block' | 'poll'
  /**
   * Largest UserInfo / CardInfo search page (capabilities maxResults max). 30 on most firmware;
   * a terminal accepting 32 is reported in issue 13 (model not stated).
   */
  searchPageMax: number
  /** Timezone offset in minutes east of UTC (device local time). */
  tzOffsetMinutes: number
}
