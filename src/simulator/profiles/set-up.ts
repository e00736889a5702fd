// Whether a profile's firmware has SetUp (create-or-replace): the `noSetUp` feature says it has
// not (face-legacy.ts); capability documents state it in their supported functions.
import type { Profile } from './types.js'

export const hasSetUp = (p: Profile): boolean => !p.features.has('noSetUp')

/** `supportFunction` / `supportFDFunction` as the profile's firmware states it. */
export const supportFunctions = (p: Profile): string =>
  hasSetUp(p) ? 'post,delete,put,get,setUp' : 'post,delete,put,get'
