import type { Capacity, FaceLimits } from './types.js'

export const VERIFY_MODES_FULL = [
  'cardAndPw',
  'card',
  'cardOrPw',
  'fp',
  'fpAndPw',
  'fpOrCard',
  'fpAndCard',
  'fpAndCardAndPw',
  'faceOrFpOrCardOrPw',
  'faceAndFp',
  'faceAndPw',
  'faceAndCard',
  'face',
  'employeeNoAndPw',
  'fpOrPw',
  'employeeNoAndFp',
  'employeeNoAndFpAndPw',
  'faceAndFpAndCard',
  'faceAndPwAndFp',
  'employeeNoAndFace',
  'faceOrfaceAndCard',
  'fpOrface',
  'cardOrfaceOrPw',
  'cardOrFace',
  'cardOrFaceOrFp',
] as const

export const CARD_TYPES = [
  'normalCard',
  'patrolCard',
  'hijackCard',
  'superCard',
  'dismissingCard',
  'emergencyCard',
] as const

export const FACE_LIMITS: FaceLimits = {
  minBytes: 1024,
  maxBytes: 200 * 1024,
  minWidth: 80,
  minHeight: 80,
  maxWidth: 1920,
  maxHeight: 1920,
}

export function capacity(c: Partial<Capacity>): Capacity {
  return {
    persons: 3000,
    cards: 3000,
    faces: 3000,
    fingerprints: 3000,
    irises: 0,
    events: 100_000,
    cardsPerPerson: 5,
    fingersPerPerson: 10,
    irisesPerPerson: 2,
    ...c,
  }
}
