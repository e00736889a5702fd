// A template the terminal accepted can still be too weak to match reliably day after day. The
// station keeps its own floor above the terminal's (which only refuses with lowScore): below it
// the capture fails with the quality and a hint, and the UI retries by starting again.
import type { Reason } from '@shared/reason-text'

export const MIN_FINGERPRINT_QUALITY = 60

export interface QualityVerdict {
  ok: boolean
  /** What to tell the operator, as a code with parameters (worded in en and zh). */
  reason: Reason
}

export function judgeFingerprint(
  quality: number | undefined,
  min = MIN_FINGERPRINT_QUALITY,
): QualityVerdict {
  if (quality === undefined)
    return { ok: true, reason: { code: 'enrollFingerReadNoQuality', params: {} } }
  if (quality >= min) return { ok: true, reason: { code: 'enrollFingerRead', params: { quality } } }
  return { ok: false, reason: { code: 'enrollFingerBelowFloor', params: { quality, min } } }
}
