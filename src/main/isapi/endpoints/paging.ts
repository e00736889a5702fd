// Paged searches (UserInfo, CardInfo, AcsEvent, FDSearch, iris): one searchID for every page,
// position advanced by numOfMatches, stop on anything but MORE. A device that says MORE but
// returns nothing would loop forever; that ends the search with BAD_RESPONSE instead.
import { randomUUID } from 'node:crypto'
import { int, list, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonRoot } from './common'

export interface Page<T> {
  searchID?: string
  /** `OK` | `MORE` | `NO MATCH` | `NO MATCHES` (verbatim). */
  status: string
  numOfMatches: number
  totalMatches: number
  items: T[]
}

export interface SearchOptions {
  /** Items per page (default: the page maximum). */
  pageSize?: number
  /**
   * The device's page maximum, from its capabilities (`maxResults` max; `DeviceCapabilities.
   * persons.pageMax`); 30 when not given. Some terminals accept more than 30.
   */
  pageMax?: number
  /** Reuse a searchID; a fresh UUID otherwise. */
  searchID?: string
  signal?: AbortSignal
  /** Safety stop. Default 100 000 pages. */
  maxPages?: number
}

export function newSearchId(): string {
  return randomUUID()
}

export function clampPageSize(n: number | undefined, max = 30): number {
  if (n === undefined || !Number.isFinite(n)) return max
  return Math.max(1, Math.min(max, Math.trunc(n)))
}

export function pageHeader(o: Record<string, unknown>): Omit<Page<never>, 'items'> {
  const h: Omit<Page<never>, 'items'> = {
    status: str(o.responseStatusStrg) ?? 'OK',
    numOfMatches: int(o.numOfMatches) ?? 0,
    totalMatches: int(o.totalMatches) ?? 0,
  }
  const id = str(o.searchID)
  if (id !== undefined) h.searchID = id
  return h
}

/**
 * One page of a JSON search by employee (UserInfo, CardInfo, IrisInfo): `<root>SearchCond` with
 * the searchID, position, page size, the employees asked for (if any) and `more` conditions;
 * the answer's `<root>Search` header and its `<root>` items, those `parse` cannot read left out.
 */
export async function searchByEmployeePage<T>(
  http: IsapiHttp,
  path: string,
  root: string,
  q: SearchOptions & { searchID: string; position: number; employeeNos?: string[] },
  more: Record<string, unknown>,
  parse: (item: unknown) => T | undefined,
): Promise<Page<T>> {
  const cond: Record<string, unknown> = {
    searchID: q.searchID,
    searchResultPosition: q.position,
    maxResults: clampPageSize(q.pageSize, q.pageMax),
  }
  if (q.employeeNos?.length)
    cond.EmployeeNoList = q.employeeNos.map((employeeNo) => ({ employeeNo }))
  Object.assign(cond, more)
  const doc = await http.json('POST', path, { [`${root}SearchCond`]: cond }, { signal: q.signal })
  const r = jsonRoot(http, doc, `${root}Search`, 'POST', path)
  const items = list(r[root])
    .map(parse)
    .filter((x): x is T => x !== undefined)
  return { ...pageHeader(r), items }
}

/** Iterates all pages from position 0. */
export async function* allPages<T>(
  fetch: (position: number) => Promise<Page<T>>,
  o: SearchOptions = {},
): AsyncGenerator<T> {
  let position = 0
  const maxPages = o.maxPages ?? 100_000
  for (let n = 0; n < maxPages; n++) {
    if (o.signal?.aborted) throw new IsapiError('ABORTED', 'search cancelled')
    const page = await fetch(position)
    for (const item of page.items) yield item
    if (page.status !== 'MORE') return
    const advance = page.numOfMatches > 0 ? page.numOfMatches : page.items.length
    if (advance === 0)
      throw new IsapiError('BAD_RESPONSE', 'the device reported MORE results but returned none', {
        reason: 'The terminal returned an inconsistent search page.',
      })
    position += advance
  }
}
