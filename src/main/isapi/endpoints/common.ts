import { isObj, type Obj } from '../codec/read'
import type { XmlDocument } from '../codec/xml'
import { IsapiError, isNotOnDevice } from '../errors'
import type { CallOptions, IsapiHttp } from '../http/isapi-http'

export type { CallOptions } from '../http/isapi-http'

/** The object under `key` in a JSON answer, or BAD_RESPONSE. */
export function jsonRoot(
  http: IsapiHttp,
  doc: unknown,
  key: string,
  method: string,
  path: string,
): Obj {
  if (isObj(doc) && isObj(doc[key])) return doc[key]
  if (isObj(doc) && 'root' in doc && (doc as unknown as XmlDocument).root === key)
    return (doc as unknown as XmlDocument).body
  throw http.bad(method, path, `expected a ${key} object`)
}

/** A JSON answer that must be a flat object (FDLib messages have no root key). */
export function jsonFlat(http: IsapiHttp, doc: unknown, method: string, path: string): Obj {
  if (isObj(doc) && !('root' in doc && 'body' in doc)) return doc
  throw http.bad(method, path, 'expected a JSON object')
}

/** A call whose answer is a status object; success or IsapiError. */
export async function jsonOk(
  http: IsapiHttp,
  method: string,
  path: string,
  body?: unknown,
  o?: CallOptions,
): Promise<void> {
  await http.json(method, path, body, o)
}

/** Deleting what is already gone is success (some firmware answer employeeNoNotExist / cardNoNotExist). */
export async function idempotentDelete(op: () => Promise<void>): Promise<void> {
  try {
    await op()
  } catch (e) {
    if (isNotOnDevice(e)) return
    throw e
  }
}

export function guardList(values: readonly string[] | undefined, what: string): void {
  if (!values || values.length === 0) {
    throw new IsapiError(
      'INVALID_ARGUMENT',
      `refusing to delete with an empty ${what} list: the device would delete everything`,
      {
        reason: `An empty ${what} list would delete everything on the terminal; the call was not sent.`,
      },
    )
  }
  if (values.some((v) => typeof v !== 'string' || v === ''))
    throw new IsapiError('INVALID_ARGUMENT', `empty value in ${what} list`)
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new IsapiError('ABORTED', 'cancelled'))
      return
    }
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(t)
      reject(new IsapiError('ABORTED', 'cancelled'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

export interface PollOptions {
  signal?: AbortSignal
  /** Poll interval. Default 300 ms. */
  intervalMs?: number
  /** Give up after this long. Default 60 s. */
  timeoutMs?: number
  onProgress?: (status: string) => void
}

/** Polls until `done` says so; TIMEOUT when it takes too long. */
export async function poll<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  o: PollOptions = {},
  what = 'operation',
): Promise<T> {
  const deadline = Date.now() + (o.timeoutMs ?? 60_000)
  for (;;) {
    const v = await read()
    if (done(v)) return v
    if (Date.now() > deadline) throw new IsapiError('TIMEOUT', `${what} did not finish in time`)
    await sleep(o.intervalMs ?? 300, o.signal)
  }
}
