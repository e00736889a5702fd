import { int, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { parsePerson, personToWire, type Person, type PersonCount } from '../models/person'
import {
  chunks,
  guardList,
  idempotentDelete,
  jsonOk,
  jsonRoot,
  poll,
  type CallOptions,
  type PollOptions,
} from './common'
import {
  allPages,
  newSearchId,
  searchByEmployeePage,
  type Page,
  type SearchOptions,
} from './paging'

const BASE = '/ISAPI/AccessControl/UserInfo'

export interface PersonSearch extends SearchOptions {
  /** Substring of name or employeeNo. */
  fuzzy?: string
  employeeNos?: string[]
}

export async function searchPersonsPage(
  http: IsapiHttp,
  q: PersonSearch & { searchID: string; position: number },
): Promise<Page<Person>> {
  return searchByEmployeePage(
    http,
    `${BASE}/Search?format=json`,
    'UserInfo',
    q,
    q.fuzzy ? { fuzzySearch: q.fuzzy } : {},
    parsePerson,
  )
}

/** All persons matching, page by page with one searchID (long employeeNo lists in batches of 30). */
export async function* searchPersons(
  http: IsapiHttp,
  q: PersonSearch = {},
): AsyncGenerator<Person> {
  const batches =
    q.employeeNos && q.employeeNos.length > 30 ? chunks(q.employeeNos, 30) : [q.employeeNos]
  for (const employeeNos of batches) {
    const searchID = batches.length === 1 ? (q.searchID ?? newSearchId()) : newSearchId()
    yield* allPages(
      (position) => searchPersonsPage(http, { ...q, employeeNos, searchID, position }),
      q,
    )
  }
}

export async function getPerson(
  http: IsapiHttp,
  employeeNo: string,
  o: CallOptions = {},
): Promise<Person | undefined> {
  const page = await searchPersonsPage(http, {
    employeeNos: [employeeNo],
    searchID: newSearchId(),
    position: 0,
    pageSize: 1,
    ...o,
  })
  return page.items.find((p) => p.employeeNo === employeeNo)
}

export async function countPersons(http: IsapiHttp, o: CallOptions = {}): Promise<PersonCount> {
  const path = `${BASE}/Count?format=json`
  const r = jsonRoot(http, await http.json('GET', path, undefined, o), 'UserInfoCount', 'GET', path)
  const c: PersonCount = { userNumber: int(r.userNumber) ?? 0 }
  for (const k of [
    'bindFaceUserNumber',
    'bindCardUserNumber',
    'bindFingerprintUserNumber',
  ] as const) {
    const v = int(r[k])
    if (v !== undefined) c[k] = v
  }
  return c
}

/** Adds a person; fails with employeeNoAlreadyExist (category conflict) if present. */
export async function addPerson(http: IsapiHttp, p: Person, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'POST', `${BASE}/Record?format=json`, { UserInfo: personToWire(p) }, o)
}

/** Create-or-replace (SetUp): the idempotent sync primitive. */
export async function upsertPerson(http: IsapiHttp, p: Person, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'PUT', `${BASE}/SetUp?format=json`, { UserInfo: personToWire(p) }, o)
}

/** Changes only the fields given; employeeNoNotExist if absent. */
export async function modifyPerson(http: IsapiHttp, p: Person, o: CallOptions = {}): Promise<void> {
  await jsonOk(http, 'PUT', `${BASE}/Modify?format=json`, { UserInfo: personToWire(p) }, o)
}

/**
 * Deletes persons by employeeNo (in batches of `batch`, default 30). An empty list is refused:
 * on the wire it would delete every person. Persons already absent count as deleted.
 */
export async function deletePersons(
  http: IsapiHttp,
  employeeNos: readonly string[],
  o: CallOptions & { batch?: number } = {},
): Promise<void> {
  guardList(employeeNos, 'employeeNo')
  for (const part of chunks(employeeNos, o.batch ?? 30)) {
    await idempotentDelete(() =>
      jsonOk(
        http,
        'PUT',
        `${BASE}/Delete?format=json`,
        { UserInfoDelCond: { EmployeeNoList: part.map((employeeNo) => ({ employeeNo })) } },
        { bodyTimeoutMs: 60_000, headersTimeoutMs: 60_000, ...o },
      ),
    )
  }
}

export type FullDeleteTarget =
  { mode: 'byEmployeeNo'; employeeNos: string[] } | { mode: 'all'; confirmAll: true }

/** Person + cards + fingerprints + face + rights (UserInfoDetail/Delete), polled to the end. */
export async function deletePersonsFully(
  http: IsapiHttp,
  target: FullDeleteTarget,
  o: PollOptions = {},
): Promise<void> {
  let body: unknown
  if (target.mode === 'all') {
    if (target.confirmAll !== true)
      throw new IsapiError('INVALID_ARGUMENT', 'full wipe needs confirmAll')
    body = { UserInfoDetail: { mode: 'all' } }
  } else {
    guardList(target.employeeNos, 'employeeNo')
    body = {
      UserInfoDetail: {
        mode: 'byEmployeeNo',
        EmployeeNoList: target.employeeNos.map((employeeNo) => ({ employeeNo })),
      },
    }
  }
  await jsonOk(http, 'PUT', '/ISAPI/AccessControl/UserInfoDetail/Delete?format=json', body, {
    signal: o.signal,
    headersTimeoutMs: 60_000,
  })
  const path = '/ISAPI/AccessControl/UserInfoDetail/DeleteProcess?format=json'
  const status = await poll(
    async () => {
      const s =
        str(
          jsonRoot(
            http,
            await http.json('GET', path, undefined, { signal: o.signal }),
            'UserInfoDetailDeleteProcess',
            'GET',
            path,
          ).status,
        ) ?? ''
      o.onProgress?.(s)
      return s
    },
    (s) => s !== 'processing' && s !== '',
    o,
    'person delete',
  )
  if (status !== 'success')
    throw new IsapiError('OPERATION_FAILED', `person delete ended with status ${status}`, {
      method: 'GET',
      path,
      device: http.device,
      reason: 'The terminal reported that deleting the persons failed.',
    })
}
