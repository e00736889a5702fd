import { CARD_TYPES, FACE_LIMITS, capacity } from './common.js'
import type { Profile } from './types.js'

/** DS-K2602-like two-door card controller: cards only, numeric employeeNo, no face, no camera. */
export const cardDoor: Profile = {
  id: 'card-door',
  model: 'DS-K2602T',
  deviceType: 'ACS',
  firmwareVersion: 'V2.2.6',
  firmwareReleasedDate: 'build 230914',
  authStyle: 'old',
  firmware: 'camera',
  nonceMaxUses: 64,
  nonceBasis:
    'inferred: 64 uses and 60 s are not backed by a device (the camera capture shows nc=2 accepted)',
  nonceTtlMs: 60_000,
  features: new Set(['card', 'httpHosts', 'subscribeEvent', 'userInfoDetailDelete']),
  capacity: capacity({
    persons: 10_000,
    cards: 100_000,
    faces: 0,
    fingerprints: 0,
    events: 300_000,
    cardsPerPerson: 5,
    fingersPerPerson: 0,
  }),
  employeeNo: { min: 1, max: 9, characterType: 'number' },
  nameMax: 32,
  userTypes: ['normal', 'visitor', 'blackList'],
  verifyModes: ['card', 'cardAndPw', 'cardOrPw'],
  cardTypes: CARD_TYPES,
  face: FACE_LIMITS,
  doors: 2,
  cardReaders: 4,
  alarmIn: 4,
  alarmOut: 2,
  alertStreamSlots: 5,
  alertPictures: false,
  httpHostSlots: 2,
  captureStyle: 'block',
  searchPageMax: 30,
  tzOffsetMinutes: 0,
}
