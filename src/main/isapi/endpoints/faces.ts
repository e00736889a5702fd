// FDLib: messages are flat JSON (no root key) and answers mix status fields with data.
// Faces of persons live in library FDID "1" / blackFD with FPID = employeeNo. FaceDataRecord
// never replaces an existing face; FDSetUp (PUT) is create-or-replace and the sync primitive.
import { compact, int, isObj, list, obj, str } from '../codec/read'
import { buildMultipart, streamMultipart } from '../codec/multipart-builder'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { guardList, jsonFlat, type CallOptions } from './common'
import { allPages, clampPageSize, type Page, type SearchOptions } from './paging'

const LIB = '/ISAPI/Intelligent/FDLib'

export interface FaceLibrary {
  FDID: string
  /** `blackFD` | `staticFD` | `infraredFD` */
  faceLibType: string
  name: string
  customInfo?: string
}

export interface FaceRecord {
  FPID: string
  faceURL?: string
  name?: string
  gender?: string
  bornTime?: string
  /** Other flat fields as sent. */
  extra?: Record<string, unknown>
}

export interface FaceTarget {
  /** = employeeNo on person-based terminals. */
  FPID: string
  FDID?: string
  faceLibType?: string
  name?: string
  gender?: string
  bornTime?: string
}

/** A face to add: in a staticFD library the terminal may choose the FPID (addFace returns it). */
export type NewFaceTarget = Omit<FaceTarget, 'FPID'> & { FPID?: string }

/**
 * A JPEG to upload in the request, a JPEG streamed from elsewhere (exact length known; sent only
 * after a fresh digest challenge, never replayed), or a URL the device downloads itself.
 */
export type FaceSource =
  | { jpeg: Uint8Array; partName?: string }
  | { stream: AsyncIterable<Uint8Array>; length: number; partName?: string }
  | { faceURL: string }

const DEFAULT_LIB = { FDID: '1', faceLibType: 'blackFD' }

export async function listLibraries(http: IsapiHttp, o: CallOptions = {}): Promise<FaceLibrary[]> {
  const path = `${LIB}?format=json`
  const doc = jsonFlat(http, await http.json('GET', path, undefined, o), 'GET', path)
  return list(doc.FDLib ?? doc.FDLibBaseCfgList)
    .filter(isObj)
    .map((l) =>
      compact({
        FDID: str(l.FDID) ?? '',
        faceLibType: str(l.faceLibType) ?? '',
        name: str(l.name) ?? '',
        customInfo: str(l.customInfo),
      }),
    )
}

export async function createLibrary(
  http: IsapiHttp,
  l: { faceLibType: string; name: string; customInfo?: string },
  o: CallOptions = {},
): Promise<string> {
  const path = `${LIB}?format=json`
  const doc = jsonFlat(
    http,
    await http.json(
      'POST',
      path,
      compact({ faceLibType: l.faceLibType, name: l.name, customInfo: l.customInfo }),
      o,
    ),
    'POST',
    path,
  )
  const id = str(doc.FDID)
  if (!id) throw http.bad('POST', path, 'no FDID in answer')
  return id
}

/**
 * Renames a library (and sets its customInfo when given). A name another library has is
 * duplicateLibraryName; an unknown FDID is libraryNotExist.
 */
export async function renameLibrary(
  http: IsapiHttp,
  lib: { FDID: string; faceLibType: string },
  name: string,
  customInfo?: string,
  o: CallOptions = {},
): Promise<void> {
  if (!lib.FDID) throw new IsapiError('INVALID_ARGUMENT', 'FDID required')
  if (name.trim() === '') throw new IsapiError('INVALID_ARGUMENT', 'a library name is required')
  const path = `${LIB}?format=json&FDID=${encodeURIComponent(lib.FDID)}&faceLibType=${encodeURIComponent(lib.faceLibType)}`
  await http.json('PUT', path, compact({ name, customInfo }), o)
}

export async function deleteLibrary(
  http: IsapiHttp,
  FDID: string,
  faceLibType: string,
  o: CallOptions = {},
): Promise<void> {
  if (!FDID)
    throw new IsapiError('INVALID_ARGUMENT', 'FDID required (an absent FDID deletes every library)')
  await http.json(
    'DELETE',
    `${LIB}?format=json&FDID=${encodeURIComponent(FDID)}&faceLibType=${encodeURIComponent(faceLibType)}`,
    undefined,
    o,
  )
}

function recordBody(
  t: NewFaceTarget,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return compact({
    faceLibType: t.faceLibType ?? DEFAULT_LIB.faceLibType,
    FDID: t.FDID ?? DEFAULT_LIB.FDID,
    FPID: t.FPID,
    name: t.name,
    gender: t.gender,
    bornTime: t.bornTime,
    ...extra,
  })
}

async function sendFace(
  http: IsapiHttp,
  method: 'POST' | 'PUT',
  path: string,
  t: NewFaceTarget,
  src: FaceSource,
  o: CallOptions,
): Promise<Record<string, unknown>> {
  const timeouts = { headersTimeoutMs: 30_000, ...o }
  if ('faceURL' in src)
    return jsonFlat(
      http,
      await http.json(method, path, recordBody(t, { faceURL: src.faceURL }), timeouts),
      method,
      path,
    )
  if ('stream' in src) {
    const sm = streamMultipart(
      [
        {
          name: 'FaceDataRecord',
          contentType: 'application/json',
          body: JSON.stringify(recordBody(t)),
        },
      ],
      {
        name: src.partName ?? 'FaceImage',
        filename: 'face.jpg',
        contentType: 'image/jpeg',
        length: src.length,
        stream: src.stream,
      },
    )
    const a = await http.raw(method, path, sm.body, sm.contentType, {
      ...timeouts,
      headers: { 'content-length': String(sm.length) },
    })
    return jsonFlat(http, http.decode(a, method, path), method, path)
  }
  const m = buildMultipart([
    {
      name: 'FaceDataRecord',
      contentType: 'application/json',
      body: JSON.stringify(recordBody(t)),
    },
    {
      name: src.partName ?? 'FaceImage',
      filename: 'face.jpg',
      contentType: 'image/jpeg',
      body: src.jpeg,
    },
  ])
  const a = await http.raw(method, path, m.body, m.contentType, timeouts)
  return jsonFlat(http, http.decode(a, method, path), method, path)
}

/**
 * Adds a face; fails with deviceUserAlreadyExistFace (conflict) if the person has one. Returns
 * the FPID the terminal filed it under (its answer's FPID; the one sent if it names none).
 */
export async function addFace(
  http: IsapiHttp,
  t: NewFaceTarget,
  src: FaceSource,
  o: CallOptions = {},
): Promise<string> {
  const path = `${LIB}/FaceDataRecord?format=json`
  const doc = await sendFace(http, 'POST', path, t, src, o)
  const FPID = str(doc.FPID) ?? t.FPID
  if (!FPID) throw http.bad('POST', path, 'no FPID in answer')
  return FPID
}

/** Create-or-replace (FDSetUp). A picture that cannot be modelled is rejected and the old face kept. */
export async function upsertFace(
  http: IsapiHttp,
  t: FaceTarget,
  src: FaceSource,
  o: CallOptions = {},
): Promise<string> {
  const doc = await sendFace(http, 'PUT', `${LIB}/FDSetUp?format=json`, t, src, o)
  return str(doc.FPID) ?? t.FPID
}

export interface FaceSearch extends SearchOptions {
  FDID?: string
  faceLibType?: string
  FPID?: string
  name?: string
}

export async function searchFacesPage(
  http: IsapiHttp,
  q: FaceSearch & { position: number },
): Promise<Page<FaceRecord>> {
  const path = `${LIB}/FDSearch?format=json`
  const body = compact({
    searchResultPosition: q.position,
    maxResults: clampPageSize(q.pageSize, q.pageMax),
    faceLibType: q.faceLibType ?? DEFAULT_LIB.faceLibType,
    FDID: q.FDID ?? DEFAULT_LIB.FDID,
    FPID: q.FPID,
    name: q.name,
  })
  const r = jsonFlat(http, await http.json('POST', path, body, { signal: q.signal }), 'POST', path)
  const items = list(r.MatchList)
    .filter(isObj)
    .map((m): FaceRecord | undefined => {
      const FPID = str(m.FPID)
      if (!FPID) return undefined
      const f: FaceRecord = { FPID }
      const extra: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(m)) {
        if (k === 'FPID') continue
        if (k === 'faceURL' || k === 'name' || k === 'gender' || k === 'bornTime') {
          const s = str(v)
          if (s !== undefined) f[k] = s
        } else extra[k] = v
      }
      if (Object.keys(extra).length) f.extra = extra
      return f
    })
    .filter((f): f is FaceRecord => f !== undefined)
  const status = str(r.responseStatusStrg) ?? 'OK'
  // FDSearch: anything but OK/MORE means "no more" (guide NO MATCHES, devices NO MATCH)
  return {
    status: status === 'MORE' ? 'MORE' : status,
    numOfMatches: int(r.numOfMatches) ?? items.length,
    totalMatches: int(r.totalMatches) ?? items.length,
    items,
  }
}

export function searchFaces(http: IsapiHttp, q: FaceSearch = {}): AsyncGenerator<FaceRecord> {
  return allPages((position) => searchFacesPage(http, { ...q, position }), q)
}

/** Edits metadata (and picture by URL) of a face record. */
export async function modifyFace(
  http: IsapiHttp,
  t: FaceTarget & { faceURL?: string },
  o: CallOptions = {},
): Promise<void> {
  const FDID = t.FDID ?? DEFAULT_LIB.FDID
  const lib = t.faceLibType ?? DEFAULT_LIB.faceLibType
  const path = `${LIB}/FDSearch?format=json&FDID=${encodeURIComponent(FDID)}&FPID=${encodeURIComponent(t.FPID)}&faceLibType=${encodeURIComponent(lib)}`
  await http.json(
    'PUT',
    path,
    compact({
      name: t.name ?? t.FPID,
      gender: t.gender,
      bornTime: t.bornTime ?? '1970-01-01',
      faceURL: t.faceURL,
    }),
    o,
  )
}

/** Deletes face records by FPID. An empty list is refused. */
export async function deleteFaces(
  http: IsapiHttp,
  FPIDs: readonly string[],
  lib: { FDID?: string; faceLibType?: string } = {},
  o: CallOptions = {},
): Promise<void> {
  guardList(FPIDs, 'FPID')
  const path = `${LIB}/FDSearch/Delete?format=json&FDID=${encodeURIComponent(lib.FDID ?? DEFAULT_LIB.FDID)}&faceLibType=${encodeURIComponent(lib.faceLibType ?? DEFAULT_LIB.faceLibType)}`
  await http.json('PUT', path, { FPID: FPIDs.map((value) => ({ value })) }, o)
}

export interface FaceCount {
  FDID: string
  faceLibType: string
  name?: string
  recordDataNumber: number
}

export async function countFaces(
  http: IsapiHttp,
  lib?: { FDID: string; faceLibType: string },
  o: CallOptions = {},
): Promise<FaceCount[]> {
  const path = `${LIB}/Count?format=json${lib ? `&FDID=${encodeURIComponent(lib.FDID)}&faceLibType=${encodeURIComponent(lib.faceLibType)}` : ''}`
  const doc = jsonFlat(http, await http.json('GET', path, undefined, o), 'GET', path)
  const rows = doc.FDRecordDataInfo !== undefined ? list(doc.FDRecordDataInfo) : [doc]
  return rows.filter(isObj).map((r) =>
    compact({
      FDID: str(r.FDID) ?? lib?.FDID ?? '',
      faceLibType: str(r.faceLibType) ?? lib?.faceLibType ?? '',
      name: str(r.name),
      recordDataNumber: int(r.recordDataNumber) ?? 0,
    }),
  )
}

export async function faceCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<Record<string, unknown>> {
  const path = `${LIB}/capabilities?format=json`
  return obj(jsonFlat(http, await http.json('GET', path, undefined, o), 'GET', path))
}
