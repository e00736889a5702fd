// The modes offered in the editors when no terminal has been read yet (the guide's lists); each
// terminal's own list is checked by the station before anything is written to it.
import type { ModeFamily } from '@shared/model'

const VERIFY = [
  'card',
  'face',
  'fp',
  'cardOrFace',
  'cardOrFaceOrFp',
  'faceOrFpOrCardOrPw',
  'cardAndPw',
  'faceAndCard',
  'faceAndPw',
  'faceAndFp',
  'fpAndCard',
  'fpAndPw',
  'cardOrPw',
  'employeeNoAndFace',
]
const DOOR = ['remainOpen', 'remainClosed', 'normal', 'sleep']

export function modeOptions(family: ModeFamily, fromTerminals: string[] = []): string[] {
  const base = family === 'Verify' ? VERIFY : DOOR
  return [...new Set([...base, ...fromTerminals.filter((m) => m !== 'invalid')])]
}
