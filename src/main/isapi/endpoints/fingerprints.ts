// Fingerprint apply returns HTTP 200 even when a reader rejected the template: the verdict is
// each reader's cardReaderRecvStatus. Apply therefore resolves with per-reader results and throws
// OPERATION_FAILED only when no reader stored it; the async variant polls Progress until
// totalStatus 1 (the first OK only means "started").
import { compact, int, isObj, list, obj, str, ints } from '../codec/read'
import {
  fingerprintToWire,
  parseFingerprintStatus,
  type UpsertResult,
  type FingerprintTemplate,
} from '../models/fingerprint'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonOk, jsonRoot, poll, type CallOptions, type PollOptions } from './common'
import { newSearchId } from './paging'

export {
  parseFingerprintStatus,
  type UpsertResult,
  type FingerprintTemplate,
} from '../models/fingerprint'

function failIfNone(http: IsapiHttp, r: UpsertResult, path: string): UpsertResult {
  if (r.ok) return r
  const first = r.readers[0]
  const reason = first
    ? `The terminal did not store the fingerprint: ${first.meaning}${first.code === 5 && first.errorMsg ? ` (enrolled to ${first.errorMsg})` : ''}.`
    : 'The terminal did not store the fingerprint.'
  throw new IsapiError(
    'OPERATION_FAILED',
    `fingerprint apply failed: ${r.readers.map((x) => `reader ${x.reader}: ${x.meaning}`).join(', ')}`,
    {
      ...http.where('POST', path),
      reason,
      category:
        first?.code === 4
          ? 'capacity'
          : first?.code === 5 || first?.code === 6
            ? 'conflict'
            : first?.code === 0 || first?.code === 2
              ? 'device'
              : 'invalidInput',
      details: r,
    },
  )
}

/** Blocking apply (`FingerPrint/SetUp`, POST): add or overwrite the slot. */
export async function upsertFingerprint(
  http: IsapiHttp,
  t: FingerprintTemplate,
  o: CallOptions = {},
): Promise<UpsertResult> {
  const path = '/ISAPI/AccessControl/FingerPrint/SetUp?format=json'
  const doc = await http.json(
    'POST',
    path,
    { FingerPrintCfg: fingerprintToWire(t) },
    { headersTimeoutMs: 30_000, ...o },
  )
  return failIfNone(http, parseFingerprintStatus(doc), path)
}

/** Async apply (`FingerPrintDownload` + `FingerPrintProgress` until totalStatus 1). */
export async function upsertFingerprintAsync(
  http: IsapiHttp,
  t: FingerprintTemplate,
  o: PollOptions = {},
): Promise<UpsertResult> {
  await jsonOk(
    http,
    'POST',
    '/ISAPI/AccessControl/FingerPrintDownload?format=json',
    { FingerPrintCfg: fingerprintToWire(t) },
    { signal: o.signal },
  )
  const path = '/ISAPI/AccessControl/FingerPrintProgress?format=json'
  const wanted = t.readers ?? [1]
  // done when the device says so (totalStatus 1), or when every reader it was sent to answered
  const everyReaderAnswered = (s: UpsertResult): boolean =>
    wanted.every((n) => s.readers.some((x) => x.reader === n && x.code !== -1))
  const r = await poll(
    async () =>
      parseFingerprintStatus(await http.json('GET', path, undefined, { signal: o.signal })),
    (s) => s.totalStatus === 1 || (s.totalStatus === undefined && everyReaderAnswered(s)),
    o,
    'fingerprint apply',
  )
  return failIfNone(http, { ok: r.ok, readers: r.readers }, path)
}

/** Edits type / leader doors (no template change). */
export async function modifyFingerprint(
  http: IsapiHttp,
  m: {
    employeeNo: string
    fingerPrintID: number
    reader?: number
    fingerType?: string
    leaderFP?: number[]
  },
  o: CallOptions = {},
): Promise<void> {
  const path = '/ISAPI/AccessControl/FingerPrintModify?format=json'
  const doc = await http.json(
    'POST',
    path,
    {
      FingerPrintModify: compact({
        employeeNo: m.employeeNo,
        cardReaderNo: m.reader ?? 1,
        fingerPrintID: m.fingerPrintID,
        fingerType: m.fingerType,
        leaderFP: m.leaderFP,
      }),
    },
    o,
  )
  const st = str(obj(obj(doc).FingerPrintStatus).status)
  if (st === 'failed')
    throw new IsapiError('OPERATION_FAILED', 'fingerprint modify failed', http.where('POST', path))
}

/** All templates of a person on a reader (`FingerPrintUpload`, same searchID until NoFP). */
export async function readFingerprints(
  http: IsapiHttp,
  employeeNo: string,
  o: CallOptions & { reader?: number; fingerPrintID?: number } = {},
): Promise<FingerprintTemplate[]> {
  const path = '/ISAPI/AccessControl/FingerPrintUpload?format=json'
  const searchID = newSearchId()
  const out: FingerprintTemplate[] = []
  const seen = new Set<number>()
  for (let i = 0; i < 20; i++) {
    const doc = await http.json(
      'POST',
      path,
      {
        FingerPrintCond: compact({
          searchID,
          employeeNo,
          cardReaderNo: o.reader ?? 1,
          fingerPrintID: o.fingerPrintID,
        }),
      },
      o,
    )
    const info = jsonRoot(http, doc, 'FingerPrintInfo', 'POST', path)
    const items = list(info.FingerPrintList).filter(isObj)
    let fresh = 0
    for (const f of items) {
      const id = int(f.fingerPrintID)
      if (id === undefined || seen.has(id)) continue
      seen.add(id)
      fresh++
      const t: FingerprintTemplate = {
        employeeNo,
        fingerPrintID: id,
        readers: [int(f.cardReaderNo) ?? o.reader ?? 1],
        leaderFP: ints(f.leaderFP),
      }
      const ft = str(f.fingerType)
      if (ft) t.fingerType = ft
      const fd = str(f.fingerData)
      if (fd) t.fingerData = fd
      out.push(t)
    }
    const status = str(info.status) ?? ''
    if (status !== 'OK' || fresh === 0 || o.fingerPrintID !== undefined) break
  }
  return out
}

export type FingerprintDeleteTarget =
  | { employeeNo: string; fingerPrintIDs?: number[]; readers?: number[] }
  | { reader: number; clearAll: true }

/** Starts a delete and polls DeleteProcess until success/failed. */
export async function deleteFingerprints(
  http: IsapiHttp,
  target: FingerprintDeleteTarget,
  o: PollOptions = {},
): Promise<void> {
  let body: unknown
  if ('employeeNo' in target) {
    if (!target.employeeNo) throw new IsapiError('INVALID_ARGUMENT', 'employeeNo required')
    body = {
      FingerPrintDelete: {
        mode: 'byEmployeeNo',
        EmployeeNoDetail: compact({
          employeeNo: target.employeeNo,
          enableCardReader: target.readers ?? [1],
          fingerPrintID: target.fingerPrintIDs?.length ? target.fingerPrintIDs : undefined,
        }),
      },
    }
  } else {
    if (target.clearAll !== true)
      throw new IsapiError('INVALID_ARGUMENT', 'clearAll must be true to wipe a reader')
    body = {
      FingerPrintDelete: {
        mode: 'byCardReader',
        CardReaderDetail: { cardReaderNo: target.reader, clearAllCard: true },
      },
    }
  }
  await jsonOk(http, 'PUT', '/ISAPI/AccessControl/FingerPrint/Delete?format=json', body, {
    signal: o.signal,
  })
  const path = '/ISAPI/AccessControl/FingerPrint/DeleteProcess?format=json'
  const status = await poll(
    async () => {
      const s =
        str(
          jsonRoot(
            http,
            await http.json('GET', path, undefined, { signal: o.signal }),
            'FingerPrintDeleteProcess',
            'GET',
            path,
          ).status,
        ) ?? ''
      o.onProgress?.(s)
      return s
    },
    (s) => s !== 'processing' && s !== '',
    o,
    'fingerprint delete',
  )
  if (status !== 'success')
    throw new IsapiError('OPERATION_FAILED', `fingerprint delete ended with ${status}`, {
      ...http.where('GET', path),
      reason: 'The terminal reported that deleting the fingerprints failed.',
    })
}

export async function fingerprintCapabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<Record<string, unknown>> {
  const path = '/ISAPI/AccessControl/FingerPrintCfg/capabilities?format=json'
  return jsonRoot(http, await http.json('GET', path, undefined, o), 'FingerPrintCfg', 'GET', path)
}
