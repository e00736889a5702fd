// Search paging shared by UserInfo, CardInfo, AcsEvent, FDSearch … (02 §2):
// OK = this page ends the set, MORE = more follow, NO MATCH = nothing at/after the position.
import { fail } from '../http/errors.js'
import type { Obj } from '../http/body.js'
import { optInt, reqStr } from './fields.js'

export interface Page<T> {
  searchID: string
  responseStatusStrg: 'OK' | 'MORE' | 'NO MATCH'
  numOfMatches: number
  totalMatches: number
  items: T[]
}

/** `pageMax`: the profile's page maximum (what its capabilities state), 30 by default. */
export function pageCond(
  cond: Obj,
  maxIdLen = 36,
  pageMax = 30,
): { searchID: string; position: number; max: number } {
  const searchID = reqStr(cond, 'searchID', 1, maxIdLen)
  const position = optInt(cond, 'searchResultPosition', 0, 2_000_000_000) ?? 0
  const raw = cond.maxResults
  if (raw === undefined) fail('MessageParametersLack', 'maxResults')
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1)
    fail('badParameters', 'maxResults')
  return { searchID, position, max: Math.min(raw, pageMax) }
}

export function paginate<T>(all: T[], searchID: string, position: number, max: number): Page<T> {
  const items = all.slice(position, position + max)
  const strg =
    items.length === 0 ? 'NO MATCH' : position + items.length < all.length ? 'MORE' : 'OK'
  return {
    searchID,
    responseStatusStrg: strg,
    numOfMatches: items.length,
    totalMatches: all.length,
    items,
  }
}

/** The device's result object: list key absent when empty. */
export function pageBody<T>(p: Page<T>, listKey: string, map: (t: T) => unknown): Obj {
  const out: Obj = {
    searchID: p.searchID,
    responseStatusStrg: p.responseStatusStrg,
    numOfMatches: p.numOfMatches,
    totalMatches: p.totalMatches,
  }
  if (p.items.length > 0) out[listKey] = p.items.map(map)
  return out
}

/**
 * Open searches per device. A search stays open while it answered MORE and its client reads
 * on within 30 s; later pages of the same searchID come from the snapshot taken at its first
 * page ("a new searchID starts a new snapshot"), so writes in between do not shift pages.
 * Too many open at once is noSearchIDResource, as on a terminal whose client abandons paging.
 */
export class SearchSessions {
  private readonly open = new Map<string, { expires: number; snapshot: unknown[] }>()

  constructor(
    private readonly max = 32,
    private readonly ttlMs = 30_000,
  ) {}

  page<T>(kind: string, all: () => T[], searchID: string, position: number, max: number): Page<T> {
    const now = Date.now()
    for (const [k, o] of this.open) if (o.expires < now) this.open.delete(k)
    const key = `${kind}\u0000${searchID}`
    const existing = this.open.get(key)
    if (!existing && this.open.size >= this.max) fail('noSearchIDResource', 'searchID')
    const items = existing && position > 0 ? (existing.snapshot as T[]) : all()
    const p = paginate(items, searchID, position, max)
    if (p.responseStatusStrg === 'MORE')
      this.open.set(key, { expires: now + this.ttlMs, snapshot: items })
    else this.open.delete(key)
    return p
  }
}
