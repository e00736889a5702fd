// What an access event means for the log: pass (true), denial (false) or neither (null: door,
// alarm, operation), from the MAJOR_EVENT (5) minor tables of protocol/05-events.md §11.
import type { AcsEventRecord } from '../../isapi'
import type { StoredKind } from '../../store/events-repo'

/** Verification passed: multi-factor group complete, card, card+PW, FP, card+FP, FP+PW, face+X, employeeNo+X, face, ID card, combined, QR, PW. */
const GRANTED = new Set([
  1, 2, 16, 38, 40, 46, 54, 57, 60, 63, 66, 69, 72, 75, 77, 101, 105, 153, 156, 181,
])

/** Verification failed or timed out (multi-factor too), or the credential is not allowed. */
const DENIED = new Set([
  3, 4, 6, 7, 8, 9, 10, 12, 35, 36, 39, 41, 42, 47, 48, 49, 55, 56, 58, 59, 61, 62, 64, 65, 67, 68,
  70, 71, 73, 74, 76, 78, 79, 80, 102, 103, 104, 112, 113, 117, 118, 150, 151, 152, 154, 155, 157,
])

export function grantedOf(major: number, minor: number): boolean | null {
  if (major !== 5) return null
  if (GRANTED.has(minor)) return true
  if (DENIED.has(minor)) return false
  return null
}

/** The contract's four kinds: exceptions and operations are 'other'. */
export function storedKind(e: Pick<AcsEventRecord, 'kind'>): StoredKind {
  if (e.kind === 'access' || e.kind === 'door' || e.kind === 'alarm') return e.kind
  return 'other'
}

/** `invalid` is what terminals write when no verification happened. */
export function verifyModeOf(mode: string | undefined): string | null {
  return mode && mode !== 'invalid' ? mode : null
}

/**
 * An event without a usable serial number (some firmware omit it; a restarted numbering reuses
 * it) still needs a dedupe key: a negative serial from its content (and its serial, if any), so
 * a replay of it is recognised and it never collides with real serial numbers.
 */
export function syntheticSerial(e: AcsEventRecord, time: string): number {
  const key = [
    e.serialNo ?? '',
    time,
    e.major,
    e.minor,
    e.employeeNo ?? '',
    e.cardNo ?? '',
    e.doorNo ?? '',
  ].join('|')
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return -((h >>> 1) + 1)
}

/** Epoch ms of a device time; NaN-safe (falls back to when we received it). */
export function timeMsOf(time: string | undefined, fallback: number): number {
  const t = time ? Date.parse(time) : NaN
  return Number.isFinite(t) ? t : fallback
}
