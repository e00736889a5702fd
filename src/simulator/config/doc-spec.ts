import type { Feature, Profile } from '../profiles/types.js'

export type Caps = { [key: string]: CapNode }
/** JSON capability notation: "true,false", {"@min","@max"}, {"@opt"}, lists with "maxSize". */
export type CapNode = string | boolean | number | (string | boolean)[] | Caps

/** A configuration resource kept as a stored document: GET = stored or factory, PUT = validate + store. */
export interface DocSpec {
  path: string
  format: 'json' | 'xml'
  root: string
  /** Capability URL when it is not `<path without /:id>/capabilities`. */
  capsPath?: string
  /** Root of the capability document when it differs (e.g. EventStorageCfgCap). */
  capsRoot?: string
  feature?: Feature
  /** Valid ids for a ":id" path. */
  ids?: (p: Profile) => [number, number]
  defaults: (p: Profile, id: number) => Record<string, unknown>
  caps: (p: Profile) => Caps
  /** Accepted on PUT, never returned on GET. */
  writeOnly?: string[]
  /** Side effect after a successful PUT (e.g. FaceRecognizeMode reboots). */
  after?: 'reboot'
}

export const bool = 'true,false'
export const range = (min: number, max: number): Caps => ({ '@min': min, '@max': max })
export const opt = (o: string | (string | boolean)[]): Caps => ({ '@opt': o })
