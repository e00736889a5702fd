// Every code the station sends for the UI to word, in one place: error codes (AppError.code,
// src/shared/result.ts), reason codes with parameters (src/shared/reason-text.ts, which holds
// their en and zh words itself), a terminal's health and what a paused queue waits for. The
// renderer words each in en and zh; test/unit/shared/status-codes.test.ts fails when one has no
// text in either language.
import type { ApplyPauseUntil, DeviceHealth } from './model'
import { ERROR_CODES } from './result'
import { REASON_TEXT, type ReasonCode } from './reason-text'

type Exactly<T extends string> = <const A extends readonly T[]>(
  list: A & ([T] extends [A[number]] ? unknown : never),
) => A
const every =
  <T extends string>(): Exactly<T> =>
  (list) =>
    list

export const DEVICE_HEALTHS = every<DeviceHealth>()([
  'unknown',
  'online',
  'offline',
  'locked',
  'authFailed',
  'notActivated',
])

export const PAUSE_WAITS = every<ApplyPauseUntil>()([
  'retry',
  'unlock',
  'credentials',
  'activation',
  'operator',
])

export const REASON_CODES = Object.keys(REASON_TEXT) as ReasonCode[]

export { ERROR_CODES }
