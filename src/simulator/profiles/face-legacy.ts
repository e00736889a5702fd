import { faceFp } from './face-fp.js'
import type { Profile } from './types.js'

/**
 * An older face terminal's firmware (DS-K1T671M V2-like): persons, cards, faces and fingerprints
 * but no SetUp (create-or-replace) — its capabilities offer `post,delete,put,get` only, so
 * clients add with Record / FaceDataRecord / FingerPrintDownload and change with Modify
 * (protocol/02-person-card.md §1, 03 §B.2). The firmware version is the simulator's choice [INF].
 */
export const faceLegacy: Profile = {
  ...faceFp,
  id: 'face-legacy',
  model: 'DS-K1T671M',
  firmwareVersion: 'V2.1.0',
  firmwareReleasedDate: 'build 200410',
  features: new Set([...faceFp.features, 'noSetUp']),
}
