// A stored fingerprint's type (guide 21.22.30 FingerPrintModify): normal, duress (hijackFP: the
// door opens and the terminal raises a duress alarm), patrol, super, dismissing. The roster
// keeps the type; every terminal holding that fingerprint is told by FingerPrintModify (no
// template re-sent); a terminal that cannot be told now gets it at the next apply.
import { z } from 'zod'
import type { AppError } from '../result'
import { FINGER_TYPES } from '../model'
import { employeeNo, method } from './method'

export interface FingerTypeResult {
  /** Terminals told now (their names). */
  modified: string[]
  /** Terminals that could not be told now: the next apply sends the fingerprint again. */
  pending: { terminal: string; error: AppError }[]
}

export const fingerprintTypeApi = {
  'fingerprints.setType': method<FingerTypeResult>()(
    z
      .object({
        employeeNo,
        fingerId: z.number().int().min(1).max(10),
        fingerType: z.enum(FINGER_TYPES),
      })
      .strict(),
  ),
}
