import type { IsapiClient } from '../../isapi'
import type { EnrollProgressEvent } from '@shared/model'
import type { RosterService } from '../roster/roster-service'
import { reasonText, type Reason } from '@shared/reason-text'

/** What a progress report carries besides the session's identity. */
export type Progress = Pick<
  EnrollProgressEvent,
  'phase' | 'message' | 'reason' | 'code' | 'quality' | 'jpegBase64' | 'cardNo'
>

/** Everything one capture needs; kinds never see the registry or the event bus. */
export interface CaptureContext {
  employeeNo: string
  deviceName: string
  /** Terminal model, recorded as the source of templates. */
  model: string
  fingerId: number
  eye?: 'left' | 'right'
  signal: AbortSignal
  timeoutMs: number
  minFingerprintQuality: number
  roster: RosterService
  /** Runs a call on the terminal; its outcome feeds the terminal's health. */
  device<T>(call: (client: IsapiClient) => Promise<T>): Promise<T>
  report(progress: Progress): void
  /** Throws the abort when the operator cancelled, so nothing is saved after a cancel. */
  checkpoint(): void
}

/** A capture kind: drives the terminal, reports 'captured', saves; returns the last progress. */
export type CaptureKind = (c: CaptureContext) => Promise<Progress>

/** A progress step worded by its reason code (the message is its English words, for logs and the CLI). */
export function said(
  phase: Progress['phase'],
  code: Reason['code'],
  params: Reason['params'] = {},
  extra: Omit<Progress, 'phase' | 'message' | 'reason'> = {},
): Progress {
  const reason = { code, params }
  return { phase, message: reasonText(reason, 'en'), reason, ...extra }
}
