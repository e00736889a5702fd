import { categoryForHttp, lookupError, subStatusForCode, type ErrorCategory } from './error-table'
import { sniffBody } from './codec/content-type'
import { parseJson } from './codec/json'
import { int, isObj, str, type Obj } from './codec/read'
import { parseXml } from './codec/xml'

export type { ErrorCategory } from './error-table'

export type IsapiErrorCode =
  /** The device answered with an error status (statusCode ≠ 1) or an error HTTP status. */
  | 'DEVICE_ERROR'
  /** Wrong user name or password (after one fresh-nonce attempt). */
  | 'AUTH_FAILED'
  /** The device locked this client out; see `unlockTime`. */
  | 'DEVICE_LOCKED'
  /** The device offers no authentication scheme the client speaks. */
  | 'AUTH_UNSUPPORTED'
  /** The device (or something on the path) asked for the password in clear: refused, nothing sent. */
  | 'AUTH_INSECURE'
  /** Connect failed, connection reset or closed mid-answer. */
  | 'OFFLINE'
  | 'TIMEOUT'
  /** The caller aborted (AbortSignal). */
  | 'ABORTED'
  /** The TLS certificate differs from the pinned fingerprint. */
  | 'TLS_PIN_MISMATCH'
  | 'TLS_ERROR'
  /** The answer could not be parsed or lacks what the operation needs. */
  | 'BAD_RESPONSE'
  /** A body or part exceeded the client's limit. */
  | 'TOO_LARGE'
  /** A stream ended inside a part, or no data arrived within the heartbeat window. */
  | 'STREAM_BROKEN'
  /** The client refused a call before sending it (e.g. an empty delete list). */
  | 'INVALID_ARGUMENT'
  /** A multi-step device operation reported failure (fingerprint apply, delete progress). */
  | 'OPERATION_FAILED'

export interface IsapiErrorFields {
  httpStatus?: number
  statusCode?: number
  statusString?: string
  subStatusCode?: string
  errorCode?: number
  errorMsg?: string
  method?: string
  path?: string
  device?: string
  /** Remaining login attempts before lockout, as the device reported. */
  retryLoginTime?: number
  /** Seconds until the device unlocks, as the device reported. */
  unlockTime?: number
  lockStatus?: string
  details?: unknown
  cause?: unknown
  reason?: string
  category?: ErrorCategory
}

/**
 * A URL's `secretkey=` value (the configuration file's key, 21.5.11) and `loginPassword=` (the
 * administrator's password when deleting an account, 21.2.6) never reach an error.
 */
export const hideSecrets = (text: string): string =>
  text.replace(/([?&](?:secretkey|loginPassword)=)[^&\s"']*/gi, '$1***')

/** Where a call went and what the device said: kept on an error and in its JSON. */
const WHERE_AND_STATUS = [
  'httpStatus',
  'statusCode',
  'statusString',
  'subStatusCode',
  'errorCode',
  'errorMsg',
  'method',
  'path',
  'device',
  'retryLoginTime',
  'unlockTime',
  'lockStatus',
] as const

export class IsapiError extends Error {
  readonly code: IsapiErrorCode
  readonly category: ErrorCategory
  /** Plain-language reason, chosen from the device codes. */
  readonly reason: string
  readonly httpStatus?: number
  readonly statusCode?: number
  readonly statusString?: string
  readonly subStatusCode?: string
  readonly errorCode?: number
  readonly errorMsg?: string
  readonly method?: string
  readonly path?: string
  readonly device?: string
  readonly retryLoginTime?: number
  readonly unlockTime?: number
  readonly lockStatus?: string
  readonly details?: unknown

  constructor(code: IsapiErrorCode, message: string, f: IsapiErrorFields = {}) {
    super(hideSecrets(message), f.cause === undefined ? undefined : { cause: f.cause })
    if (f.path !== undefined) f = { ...f, path: hideSecrets(f.path) }
    this.name = 'IsapiError'
    this.code = code
    const info = lookupError(f.subStatusCode, f.errorCode, f.statusCode)
    this.category =
      f.category ??
      defaultCategory(code) ??
      info?.category ??
      (f.httpStatus ? categoryForHttp(f.httpStatus) : 'device')
    this.reason = f.reason ?? info?.reason ?? this.message
    for (const k of [...WHERE_AND_STATUS, 'details'] as const) {
      if (f[k] !== undefined) (this as unknown as Record<string, unknown>)[k] = f[k]
    }
  }

  /** Plain data for logs and for crossing process boundaries. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      code: this.code,
      category: this.category,
      reason: this.reason,
      message: this.message,
    }
    for (const k of WHERE_AND_STATUS) {
      if (this[k] !== undefined) out[k] = this[k]
    }
    return out
  }
}

function defaultCategory(code: IsapiErrorCode): ErrorCategory | undefined {
  switch (code) {
    case 'AUTH_FAILED':
    case 'AUTH_UNSUPPORTED':
    case 'AUTH_INSECURE':
      return 'auth'
    case 'DEVICE_LOCKED':
      return 'locked'
    case 'OFFLINE':
    case 'TLS_ERROR':
    case 'TLS_PIN_MISMATCH':
    case 'STREAM_BROKEN':
      return 'offline'
    case 'TIMEOUT':
      return 'timeout'
    case 'ABORTED':
      return 'cancelled'
    case 'INVALID_ARGUMENT':
      return 'invalidInput'
    default:
      return undefined
  }
}

export function isIsapiError(e: unknown): e is IsapiError {
  return e instanceof IsapiError
}

/** Device status fields found in a body, in any of the shapes devices use. */
export interface DeviceStatus {
  statusCode?: number
  statusString?: string
  subStatusCode?: string
  errorCode?: number
  errorMsg?: string
  requestURL?: string
  retryLoginTime?: number
  unlockTime?: number
  lockStatus?: string
  /** `<userCheck>` body (auth answer). */
  userCheck?: boolean
  /** `isIllegalLogin` of a userCheck: the credentials themselves were refused. */
  illegalLogin?: boolean
  statusValue?: number
  /** Text of an HTML error page. */
  html?: string
}

/** Status fields from a flat JSON status object (or one wrapped in ResponseStatus). */
export function statusFromJson(doc: unknown): DeviceStatus | undefined {
  if (!isObj(doc)) return undefined
  const o: Obj = isObj(doc.ResponseStatus) ? doc.ResponseStatus : doc
  if (!('statusCode' in o) && !('subStatusCode' in o) && !('errorCode' in o)) return undefined
  return statusFromObj(o)
}

function statusFromObj(o: Obj): DeviceStatus {
  const s: DeviceStatus = {}
  put(s, 'statusCode', int(o.statusCode))
  put(s, 'statusString', str(o.statusString))
  put(s, 'subStatusCode', str(o.subStatusCode))
  put(s, 'errorCode', int(o.errorCode))
  put(s, 'errorMsg', str(o.errorMsg))
  put(s, 'requestURL', str(o.requestURL))
  put(s, 'retryLoginTime', int(o.retryLoginTime ?? o.retryTimes))
  put(s, 'unlockTime', int(o.unlockTime ?? o.resLockTime))
  put(s, 'lockStatus', str(o.lockStatus))
  put(s, 'statusValue', int(o.statusValue))
  if (s.subStatusCode === undefined && s.errorCode !== undefined)
    put(s, 'subStatusCode', subStatusForCode(s.errorCode))
  return s
}

function put<K extends keyof DeviceStatus>(
  s: DeviceStatus,
  k: K,
  v: DeviceStatus[K] | undefined,
): void {
  if (v !== undefined) s[k] = v
}

/** Status fields from an XML ResponseStatus or userCheck document. */
export function statusFromXml(root: string, body: Obj): DeviceStatus | undefined {
  if (root === 'ResponseStatus') return statusFromObj(body)
  if (root === 'userCheck') {
    const s: DeviceStatus = { ...statusFromObj(body), userCheck: true }
    const illegal = str(body.isIllegalLogin)?.toLowerCase()
    if (illegal === 'true' || illegal === 'false') s.illegalLogin = illegal === 'true'
    return s
  }
  return undefined
}

/**
 * A device status body is a few hundred bytes; only this much of an error answer is ever
 * parsed, so a hostile or broken terminal's huge error page costs bounded time.
 */
export const STATUS_PEEK_CHARS = 64 * 1024
/** Characters of an HTML error page looked at for its title and text. */
const HTML_PEEK_CHARS = 8 * 1024

/** Reads whatever status a body carries: JSON, XML (ResponseStatus/userCheck) or an HTML page. */
export function statusFromBody(contentType: string, textIn: string): DeviceStatus | undefined {
  const text = textIn.length > STATUS_PEEK_CHARS ? textIn.slice(0, STATUS_PEEK_CHARS) : textIn
  const kind = sniffBody(contentType, text.slice(0, 128))
  try {
    if (kind === 'json') return statusFromJson(parseJson(text))
    if (kind === 'xml') {
      const doc = parseXml(text, false)
      return statusFromXml(doc.root, doc.body)
    }
  } catch {
    return undefined
  }
  if (kind === 'html') return { html: htmlSummary(text) }
  return undefined
}

/**
 * The readable text of an HTML error page (its title and first heading, else its text without
 * tags), at most `max` characters. Looks at the first 8 KiB only and strips tags in one pass.
 */
export function htmlSummary(htmlIn: string, max = 200): string {
  const html = htmlIn.length > HTML_PEEK_CHARS ? htmlIn.slice(0, HTML_PEEK_CHARS) : htmlIn
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]
  const h = /<h\d>([^<]*)<\/h\d>/i.exec(html)?.[1]
  const named = [title, h].filter(Boolean).join(' — ').trim().slice(0, max)
  if (named) return named
  let out = ''
  let i = 0
  while (i < html.length && out.length < max * 2) {
    const open = html.indexOf('<', i)
    out += ' ' + (open < 0 ? html.slice(i) : html.slice(i, open))
    if (open < 0) break
    const close = html.indexOf('>', open + 1)
    if (close < 0) break // the rest is one unterminated tag
    i = close + 1
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max)
}

export interface Where {
  method?: string
  path?: string
  device?: string
}

/** The error for a failed answer (non-2xx, or 2xx carrying statusCode ≠ 1). */
export function errorFromStatus(
  httpStatus: number,
  st: DeviceStatus | undefined,
  where: Where,
): IsapiError {
  const f: IsapiErrorFields = { httpStatus, ...where }
  if (st) {
    for (const k of [
      'statusCode',
      'statusString',
      'subStatusCode',
      'errorCode',
      'errorMsg',
      'retryLoginTime',
      'unlockTime',
      'lockStatus',
    ] as const) {
      if (st[k] !== undefined) (f as Record<string, unknown>)[k] = st[k]
    }
  }
  if (f.subStatusCode === undefined && f.errorCode !== undefined) {
    const sub = subStatusForCode(f.errorCode)
    if (sub !== undefined) f.subStatusCode = sub
  }
  const label = f.subStatusCode ?? st?.statusString ?? st?.html ?? `HTTP ${httpStatus}`
  const msg =
    `${where.method ?? ''} ${where.path ?? ''} failed: ${label}${st?.errorMsg ? ` (${st.errorMsg})` : ''}`.trim()
  if (
    !st ||
    (st.statusCode === undefined && st.subStatusCode === undefined && st.errorCode === undefined)
  )
    f.category = categoryForHttp(httpStatus)
  return new IsapiError('DEVICE_ERROR', msg, f)
}

/**
 * The one definition of "the terminal does not have it" (a person, card or record): a delete
 * of it has nothing left to do. By the device's codes only (some firmware put them in
 * errorMsg), never by the wording of a message.
 */
export const NOT_ON_DEVICE: ReadonlySet<string> = new Set([
  'employeeNoNotExist',
  'deviceUserNotExist',
  'cardNoNotExist',
  'noRecord',
])

export function isNotOnDevice(error: unknown): boolean {
  return (
    error instanceof IsapiError &&
    error.code === 'DEVICE_ERROR' &&
    (NOT_ON_DEVICE.has(error.subStatusCode ?? '') || NOT_ON_DEVICE.has(error.errorMsg ?? ''))
  )
}
