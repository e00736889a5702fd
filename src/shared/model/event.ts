import type { Reason } from '../reason-text'
export interface AccessEvent {
  /** Station-side id: deviceId + serialNo. */
  id: string
  deviceId: string
  serialNo: number
  time: string
  major: number
  minor: number
  employeeNo: string | null
  name: string | null
  cardNo: string | null
  doorNo: number | null
  verifyMode: string | null
  /** What the event is about: a passage attempt, a door, an alarm, or anything else. */
  kind: 'access' | 'door' | 'alarm' | 'other'
  /** Whether the event grants passage (true), denies it (false) or is neither (null: door/alarm). */
  granted: boolean | null
  hasPicture: boolean
  /** The picture was kept once and removed to keep the picture cache under its size. */
  pictureRemoved: boolean
  /** The roster person who holds the event's card, when the event itself names nobody (a denied card). */
  cardOwner?: { employeeNo: string; name: string }
  /** Health screening as the terminal measured it (absent: the event says nothing of it). */
  health?: EventHealth
  /** An ID card read (21.19.3): its number masked but for the last 4 digits (never stored whole). */
  idCardNo?: string
}

/** Mask and skin temperature of an access event (guide 21.24, 21.32). */
export interface EventHealth {
  /** `yes` | `no` | `unknown`, as the terminal sent it. */
  mask: string | null
  temperature: number | null
  /** `celsius` | `fahrenheit` */
  temperatureUnit: string | null
  /** Outside the terminal's thresholds. */
  temperatureAbnormal: boolean | null
}

/** What one clean-up removed (events.prune). */
export interface PruneResult {
  /** Events older than the retention, removed with their pictures. */
  events: number
  /** Pictures removed: those of the removed events and those dropped for the cache size. */
  pictures: number
  /** Bytes of the removed pictures. */
  bytes: number
  /** How long it took (ms). */
  tookMs: number
}

export interface EnrollProgressEvent {
  sessionId: string
  deviceId: string
  employeeNo: string
  kind: 'face' | 'card' | 'fingerprint' | 'iris'
  /** waiting: the terminal waits for the person; saved: the credential is in the roster. */
  phase: 'waiting' | 'captured' | 'saved' | 'failed' | 'cancelled'
  message: string
  /** The message as a code with parameters (a failure's coded reason), worded by the UI. */
  reason?: Reason
  /** Error code when failed (AppError code). */
  code?: string
  /** Fingerprint quality 1..100, when the terminal reports it. */
  quality?: number
  /** The captured face picture, for the UI to show. */
  jpegBase64?: string
  /** Captured card number. */
  cardNo?: string
}

export interface EventStreamStatus {
  deviceId: string
  mode: 'alertStream' | 'listening' | 'off'
  connected: boolean
  lastEventAt: string | null
  lastHeartbeatAt: string | null
  reason: string | null
}

export interface ListeningStatus {
  running: boolean
  address: string
  port: number
  /** Per terminal: which httpHosts slot points at the station, if any. */
  devices: {
    deviceId: string
    slot: string | null
    state: 'configured' | 'notConfigured' | 'noFreeSlot' | 'unknown'
    reason: string | null
    /** The reason as a code with parameters, worded in en and zh by the UI. */
    why?: Reason
  }[]
}

export interface PreviewFrame {
  deviceId: string
  jpegBase64: string
  at: string
}
