import type { ErrorCode } from '../result'
import type { Reason } from '../reason-text'

export interface SyncDifference {
  employeeNo: string
  name: string
  /** Which fields or credentials differ: 'name', 'valid', 'cards', 'face', 'fingerprints' … */
  fields: string[]
}

export interface SyncDiff {
  syncId: string
  deviceId: string
  pulledAt: string
  same: number
  different: SyncDifference[]
  onlyOnDevice: { employeeNo: string; name: string }[]
  onlyInRoster: { employeeNo: string; name: string }[]
}

export interface SyncReport {
  adopted: number
  overwritten: number
  removed: number
  /** `reason` in English (logs, CLI); `code` and `why` for the UI to word in en or zh. */
  failed: { employeeNo: string; reason: string; code: ErrorCode; why?: Reason }[]
}

/** What a terminal holds, counted: persons, cards, persons with a face, persons with fingerprints. */
export interface HeldCounts {
  persons: number
  cards: number
  faces: number
  fingerprints: number
}

/**
 * The station compared a terminal with what it believed the terminal holds and found a
 * difference (a factory reset, a swapped unit, another tool): the terminal was read back and the
 * next apply refills what is missing and removes what is extra.
 */
export interface HoldingsNotice {
  deviceId: string
  deviceName: string
  at: string
  expected: HeldCounts
  /** As the terminal reported them (kinds it does not count are left out). */
  found: Partial<HeldCounts>
  /** The terminal answered with another serial number than the one added. */
  serialChanged: boolean
  /** Whether the holdings were replaced by a read-back of the terminal. */
  readBack: boolean
  message: string
  /** The notice as a code plus parameters (src/shared/reason-text.ts); `message` is its English. */
  reason?: Reason
}
