export type DeviceProtocol = 'http' | 'https'

export type DeviceHealth =
  'unknown' | 'online' | 'offline' | 'locked' | 'authFailed' | 'notActivated'

/** What a terminal can hold, from its capability documents; drives what the station offers. */
export interface DeviceCapabilitySummary {
  card: boolean
  fingerprint: boolean
  face: boolean
  iris: boolean
  captureCard: boolean
  captureFingerprint: boolean
  captureFace: boolean
  captureIris: boolean
  maxPersons: number | null
  maxCards: number | null
  maxFaces: number | null
  maxFingerprints: number | null
  employeeNoMaxLength: number
  employeeNoCharacters: 'any' | 'number'
  nameMaxBytes: number
  doors: number
  /** Person types the terminal knows (UserInfo userType@opt); absent: not stated. */
  userTypes?: string[]
  /** The validity range it can store (UserInfo Valid timeRangeBegin/End, local times). */
  validRange?: { min: string; max: string }
  /** Highest plan template number (RightPlan planTemplateNo@max). */
  planTemplateMax?: number
  /** Plan templates one door may carry (RightPlan maxPlanTemplate). */
  planTemplatesPerDoor?: number
  /** Deletes a person with every credential in one call (UserInfoDetail). */
  fullDelete: boolean
  /** Create-or-replace (SetUp) per record kind; older firmware lacks it (absent: all offered). */
  setUp?: { persons: boolean; cards: boolean; faces: boolean; fingerprints: boolean }
  /** What can be done to the terminal itself; absent on records checked by an older station. */
  ops?: TerminalOpsSummary
}

export type DoorCommand = 'open' | 'close' | 'alwaysOpen' | 'alwaysClose'

/** Terminal operations the capability documents offer (Terminal page, Devices actions). */
export interface TerminalOpsSummary {
  readers: number
  /** Remote door commands offered (RemoteControl/door cmd@opt); empty: no remote control. */
  doorCommands: DoorCommand[]
  /** Live door / lock / contact / reader state (AcsWorkStatus). */
  doorStatus: boolean
  upgrade: boolean
  backup: boolean
  restore: boolean
  syncTime: boolean
  reboot: boolean
  /** Factory-reset modes (full, basic, part); empty: not offered. */
  factoryReset: string[]
  /** Device accounts the terminal holds (SecurityCap.supportUserNums); 0: no account management. */
  maxAccounts: number
  /** Listening host (httpHosts push). */
  listening: boolean
  /** Its own log (ContentMgmt logSearch). */
  log: boolean
  /** External readers / modules it can upgrade (DeviceCap isSupportAcsUpdate, guide ch 12). */
  peripheralUpgrade?: boolean
}

export interface Device {
  id: string
  name: string
  host: string
  port: number
  protocol: DeviceProtocol
  username: string
  site: string
  model: string
  serialNumber: string
  firmwareVersion: string
  health: DeviceHealth
  /** Plain-language reason for a health other than online. */
  healthReason: string | null
  /** The reason as a code (AppError code: OFFLINE, TIMEOUT, AUTH_FAILED…) the UI words itself. */
  healthCode?: string | null
  /** When the terminal unlocks the account, when health is 'locked'. */
  unlockAt: string | null
  lastSeenAt: string | null
  /** Time of the newest access event stored from this terminal. */
  lastEventAt: string | null
  clockDriftSeconds: number | null
  capabilities: DeviceCapabilitySummary | null
  tlsFingerprint: string | null
  createdAt: string
}

export interface DeviceStatusEvent {
  deviceId: string
  health: DeviceHealth
  unlockAt: string | null
  lastSeenAt: string | null
  reason: string | null
  /** The reason as a code (see Device.healthCode). */
  code?: string | null
}
