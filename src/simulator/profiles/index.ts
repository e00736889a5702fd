import { cardDoor } from './card-door.js'
import { faceFp } from './face-fp.js'
import { faceLite } from './face-lite.js'
import { irisFace } from './iris-face.js'
import { faceLegacy } from './face-legacy.js'
import type { Profile, ProfileId } from './types.js'

export type { Profile, ProfileId } from './types.js'

const PROFILES: Record<ProfileId, Profile> = {
  'face-fp': faceFp,
  'face-lite': faceLite,
  'iris-face': irisFace,
  'card-door': cardDoor,
  'face-legacy': faceLegacy,
}

export function getProfile(id: ProfileId): Profile {
  return PROFILES[id]
}

export function isProfileId(s: string): s is ProfileId {
  return Object.hasOwn(PROFILES, s)
}
