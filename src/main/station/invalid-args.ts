// Why the contract refused a call's arguments, as a reason code the UI words in en and zh: the
// first problem zod found, by its own kind (too long, missing, malformed) or by the contract's
// refinement message (a segment beginning at 24:00, overlapping segments, …).
import type { z } from 'zod'
import type { ReasonCode } from '@shared/reason-text'
import type { ReasonParams } from '@shared/coded-failure'

/** The contract's refinement messages (src/shared/contract) → their reason codes. */
const BY_MESSAGE: Record<string, ReasonCode> = {
  'a segment cannot begin at 24:00': 'argSegmentBeginsAt24',
  'a segment must begin before it ends': 'argSegmentReversed',
  'segments of one day must not overlap': 'argSegmentsOverlap',
  'at most 8 segments a day': 'argTooMany',
  'the holiday ends before it begins': 'argPeriodReversed',
  'beginTime must not be after endTime': 'argPeriodReversed',
  'expected a time HH:MM or HH:MM:SS': 'argTime',
  'expected a date YYYY-MM-DD': 'argDate',
  'not a calendar date': 'argDate',
  'each number once': 'argEachOnce',
  'a name is required': 'argRequired',
  'at most 32 characters': 'argTooLong',
  'expected a mode name such as cardAndFace': 'argModeName',
  'give exactly one of firmwareBase64 or filePath': 'argOneFirmwareSource',
  'no change given': 'argNoChange',
  'an export with secrets needs a passphrase': 'sitePassphraseNeeded',
}

export function invalidArgsReason(
  method: string,
  error: z.ZodError,
): { code: ReasonCode; params: ReasonParams } {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.') || method
  if (!issue) return { code: 'argFormat', params: { field } }
  const known = BY_MESSAGE[issue.message]
  if (known) {
    const limit = 'maximum' in issue ? Number(issue.maximum) : 8
    return { code: known, params: { field, max: limit } }
  }
  switch (issue.code) {
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'argTooLong' : 'argTooMany',
        params: { field, max: Number(issue.maximum) },
      }
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin !== 'number'
        ? { code: 'argRequired', params: { field } }
        : { code: 'argTooSmall', params: { field, min: Number(issue.minimum) } }
    case 'unrecognized_keys':
      return { code: 'argUnknownKeys', params: { field, keys: issue.keys.join(', ') } }
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'argRequired', params: { field } }
        : { code: 'argFormat', params: { field } }
    case 'invalid_value':
      return {
        code: 'argChoice',
        params: { field, values: issue.values.map(String).join(', ') },
      }
    default:
      return { code: 'argFormat', params: { field } }
  }
}
