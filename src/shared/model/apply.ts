import type { Reason } from '../reason-text'

export type ApplyJobState = 'planned' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled'
export type ApplyStepKind =
  | 'person'
  | 'card'
  | 'face'
  | 'fingerprint'
  | 'iris'
  | 'deletePerson'
  | 'deleteCard'
  | 'deleteFace'
  | 'deleteFingerprint'
  | 'deleteIris'
export type ApplyStepState = 'pending' | 'done' | 'failed' | 'skipped'

export interface ApplyDeviceProgress {
  deviceId: string
  total: number
  done: number
  failed: number
  skipped: number
  /**
   * Why steps were skipped: the terminal cannot hold the credential, its person was refused
   * first (so it was not sent), or something else (gone meanwhile, replaced by a newer plan).
   */
  skippedBy?: { cannotHold: number; personRefused: number; other: number }
  /** Why the device's queue is paused (locked, offline), when it is. */
  pausedReason: string | null
  /** The same as a code plus parameters (src/shared/reason-text.ts): what the UI words. */
  pausedCode?: Reason | null
  /**
   * What a paused queue waits for: a retry (offline, busy), the terminal's unlock time, new
   * credentials, activation, or the operator (a full terminal, a changed certificate).
   */
  pausedUntil?: ApplyPauseUntil | null
}

export type ApplyPauseUntil = 'retry' | 'unlock' | 'credentials' | 'activation' | 'operator'

export interface ApplyJob {
  id: string
  state: ApplyJobState
  createdAt: string
  finishedAt: string | null
  devices: ApplyDeviceProgress[]
}

export interface ApplyFailure {
  jobId: string
  deviceId: string
  employeeNo: string
  step: ApplyStepKind
  code: string
  reason: string
  deviceCode: {
    statusCode?: number
    subStatusCode?: string
    errorCode?: number
    errorMsg?: string
  } | null
  /** The person's name in the roster (null when the person is gone). */
  name?: string | null
  /** The refusal in the operator's terms, from the device's codes (src/shared/reason-text.ts). */
  deviceReason?: Reason | null
}

export interface ApplyProgressEvent {
  jobId: string
  state: ApplyJobState
  device: ApplyDeviceProgress
  ratePerSecond: number
  secondsLeft: number | null
}

/** Who goes where: person scope 'all' | 'group:<name>' | 'person:<employeeNo>'; device scope 'all' | 'site:<name>' | 'device:<id>'. */
export interface Assignment {
  id: number
  personScope: string
  deviceScope: string
  createdAt: string
}

export interface PersonDeviceStatus {
  deviceId: string
  deviceName: string
  state: 'applied' | 'pending' | 'failed' | 'notAssigned'
  reason: string | null
  /** Why it is pending, as a code the UI words (src/shared/reason-text.ts). */
  reasonCode?: Reason | null
  /** A failure's error code (AppError code), for the UI to word when the sentence is English. */
  errorCode?: string | null
  updatedAt: string | null
  /** The person's validity has not begun: the terminal holds them and refuses them until this local time. */
  startsAt?: string | null
}

/**
 * A roster person's apply state over all terminals (see station/apply/terminal-state.ts):
 * `failed` when the latest attempt on some terminal that lacks the roster's version failed;
 * else `pending` when some terminal lacks it (or must remove the person); else `applied` when
 * some terminal is assigned and every assigned one holds it; else `none` (assigned nowhere).
 */
export const PERSON_APPLY_STATES = ['applied', 'pending', 'failed', 'none'] as const
export type PersonApplyState = (typeof PERSON_APPLY_STATES)[number]
export type ApplyStateCounts = Record<PersonApplyState, number>
