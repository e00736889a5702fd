// A station error worded by a reason code: the renderer words the code in en or zh
// (src/shared/reason-text.ts), the message is its English words (logs, CLI). Every error the
// station raises goes through here — test/unit/shared/coded-errors.test.ts scans src/main.
import { AppFailure, type ErrorCode, type Result } from './result'
import { reasonText, type ReasonCode } from './reason-text'

export type ReasonParams = Record<string, string | number>

export function codedFailure(
  code: ErrorCode,
  reason: ReasonCode,
  params: ReasonParams = {},
  details?: Record<string, unknown>,
): AppFailure {
  const coded = { code: reason, params }
  return new AppFailure(code, reasonText(coded, 'en'), { ...details, reason: coded })
}

/** The same as a Result (for code that returns failures rather than throwing them). */
export const codedFail = (
  code: ErrorCode,
  reason: ReasonCode,
  params: ReasonParams = {},
  details?: Record<string, unknown>,
): Result<never> => ({ ok: false, error: codedFailure(code, reason, params, details).toAppError() })
