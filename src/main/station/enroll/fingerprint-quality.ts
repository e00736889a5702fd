// A template the terminal accepted can still be too weak to match reliably day after day. The
// station keeps its own floor above the terminal's (which only refuses with lowScore): below it
// the capture fails with the quality and a hint, and the UI retries by starting again.
export const MIN_FINGERPRINT_QUALITY = 60

export interface QualityVerdict {
  ok: boolean
  message: string
}

export function judgeFingerprint(
  quality: number | undefined,
  min = MIN_FINGERPRINT_QUALITY,
): QualityVerdict {
  if (quality === undefined)
    return { ok: true, message: 'The terminal read the finger (it reported no quality).' }
  if (quality >= min) return { ok: true, message: `Fingerprint read with quality ${quality}.` }
  return {
    ok: false,
    message: `Fingerprint quality ${quality} is below ${min}. ${RETRY_HINT}`,
  }
}

export const RETRY_HINT =
  'Clean and dry the finger, place it flat and centred on the sensor, and try again.'
