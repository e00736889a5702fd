// Iris (ch. 18) is only partly sourced: URLs are known (lower-case after IrisInfo), body field
// names are inferred by analogy with fingerprints [INF]. Pictures travel as multipart parts.
import { int, isObj, str } from '../codec/read'
import { buildMultipart } from '../codec/multipart-builder'
import type { IsapiHttp } from '../http/isapi-http'
import { chunks, guardList, jsonOk, type CallOptions } from './common'
import {
  allPages,
  newSearchId,
  searchByEmployeePage,
  type Page,
  type SearchOptions,
} from './paging'

const BASE = '/ISAPI/AccessControl/IrisInfo'

export interface IrisRecord {
  employeeNo: string
  /** Iris slot (1 = left, 2 = right by convention [INF]). */
  id: number
  /** Base64 iris data, when the device returns it. */
  irisData?: string
}

export interface IrisInput extends IrisRecord {
  /** Up to two iris pictures sent as parts irisPic1 / irisPic2. */
  pictures?: Uint8Array[]
}

export async function irisCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<Record<string, unknown>> {
  const path = `${BASE}/capabilities?format=json`
  const doc = await http.json('GET', path, undefined, o)
  return isObj(doc) ? doc : {}
}

export async function countIris(http: IsapiHttp, o: CallOptions = {}): Promise<number> {
  const path = `${BASE}/count?format=json`
  const doc = await http.json('GET', path, undefined, o)
  const r = isObj(doc) ? (Object.values(doc).find(isObj) ?? doc) : {}
  return (
    int(
      (r as Record<string, unknown>).irisNumber ??
        (r as Record<string, unknown>).count ??
        (r as Record<string, unknown>).number,
    ) ?? 0
  )
}

function parseIris(x: unknown): IrisRecord | undefined {
  if (!isObj(x)) return undefined
  const employeeNo = str(x.employeeNo)
  if (!employeeNo) return undefined
  const r: IrisRecord = { employeeNo, id: int(x.id) ?? 1 }
  const d = str(x.irisData)
  if (d) r.irisData = d
  return r
}

export async function searchIrisPage(
  http: IsapiHttp,
  q: SearchOptions & { employeeNos?: string[]; searchID: string; position: number },
): Promise<Page<IrisRecord>> {
  return searchByEmployeePage(http, `${BASE}/search?format=json`, 'IrisInfo', q, {}, parseIris)
}

export function searchIris(
  http: IsapiHttp,
  q: SearchOptions & { employeeNos?: string[] } = {},
): AsyncGenerator<IrisRecord> {
  const searchID = q.searchID ?? newSearchId()
  return allPages((position) => searchIrisPage(http, { ...q, searchID, position }), q)
}

async function sendIris(
  http: IsapiHttp,
  method: 'POST' | 'PUT',
  path: string,
  r: IrisInput,
  o: CallOptions,
): Promise<void> {
  const info: Record<string, unknown> = { employeeNo: r.employeeNo, id: r.id }
  if (r.irisData) info.irisData = r.irisData
  if (!r.pictures?.length) {
    await jsonOk(http, method, path, { IrisInfo: info }, o)
    return
  }
  const m = buildMultipart([
    { name: 'IrisInfo', contentType: 'application/json', body: JSON.stringify({ IrisInfo: info }) },
    ...r.pictures.slice(0, 2).map((p, i) => ({
      name: `irisPic${i + 1}`,
      filename: `irisPic${i + 1}.jpg`,
      contentType: 'image/jpeg',
      body: p,
    })),
  ])
  http.decode(await http.raw(method, path, m.body, m.contentType, o), method, path)
}

export function addIris(http: IsapiHttp, r: IrisInput, o: CallOptions = {}): Promise<void> {
  return sendIris(http, 'POST', `${BASE}/record?format=json`, r, o)
}

export function upsertIris(http: IsapiHttp, r: IrisInput, o: CallOptions = {}): Promise<void> {
  return sendIris(http, 'PUT', `${BASE}/setup?format=json`, r, o)
}

export function modifyIris(http: IsapiHttp, r: IrisInput, o: CallOptions = {}): Promise<void> {
  return sendIris(http, 'PUT', `${BASE}/modify?format=json`, r, o)
}

/** Deletes the iris data of persons. An empty list is refused. */
export async function deleteIris(
  http: IsapiHttp,
  employeeNos: readonly string[],
  o: CallOptions = {},
): Promise<void> {
  guardList(employeeNos, 'employeeNo')
  for (const part of chunks(employeeNos, 30)) {
    await jsonOk(
      http,
      'PUT',
      `${BASE}/delete?format=json`,
      { IrisInfoDelCond: { EmployeeNoList: part.map((employeeNo) => ({ employeeNo })) } },
      o,
    )
  }
}
