export const PROFILE_IDS = ['face-fp', 'face-lite', 'iris-face', 'card-door'] as const
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

export interface Profile {
  id: ProfileId
  model: string
  deviceType: string
  firmwareVersion: string
  firmwareReleasedDate: string
  /** How the 401 challenge looks: older firmware (model realm, hex nonce) or V4.x (opaque realm, hex:ms nonce). */
  authStyle: 'old' | 'new'
  /** Body of a 401 to a request without credentials. */
  unauthBody: 'html' | 'userCheck'
  nonceMaxUses: number
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
  /** Timezone offset in minutes east of UTC (device local time). */
  tzOffsetMinutes: number
}
