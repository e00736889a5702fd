import type { SubStatus } from './errors.js'
import { httpStatusFor, statusDef, statusString } from './errors.js'
import { cjson } from './cjson.js'
import { buildXml } from './xml.js'
import type { XmlNode } from './xml.js'

/** JSON parts of multipart streams (alertStream, capture answers). */
export const CT_JSON = 'application/json; charset="UTF-8"'
/** JSON answers: no charset (DS-K1T344, DS-KV6124-E1). */
export const CT_JSON_ANSWER = 'application/json'
export const CT_XML = 'application/xml; charset="UTF-8"'
export const CT_HTML = 'text/html'

export interface Reply {
  status: number
  headers?: Record<string, string>
  body: Buffer | string
  /** A JSON answer's document, so the server can apply the firmware's status-object layout. */
  doc?: Record<string, unknown>
}

/** cJSON-style output (tab after the colon, `[{` on one line), as terminals print. */
export function json(obj: object, status = 200): Reply {
  const doc = obj as Record<string, unknown>
  return { status, headers: { 'Content-Type': CT_JSON_ANSWER }, body: cjson(doc), doc }
}

const isStatusObject = (doc: Record<string, unknown>): boolean =>
  'statusCode' in doc && 'subStatusCode' in doc

/**
 * A JSON status object as this firmware writes it: face terminals put `requestURL` first
 * (observed on DS-K1T344), controllers and door stations send none (idstein, jonioliel).
 */
export function statusLayout(reply: Reply, requestUrl: boolean, url: string): Reply {
  const doc = reply.doc
  if (!doc || !isStatusObject(doc)) return reply
  const { requestURL, ...rest } = doc
  if (!requestUrl && requestURL === undefined) return reply
  const out = requestUrl ? { requestURL: requestURL ?? url, ...rest } : rest
  return { ...reply, body: statusText(out), doc: out }
}

/** Status objects are few and repeat (every write answers one): their text is kept, by content. */
const statusTexts = new Map<string, string>()
function statusText(doc: Record<string, unknown>): string {
  let key = ''
  for (const k in doc) {
    const v = doc[k]
    if (typeof v === 'object' && v !== null) return cjson(doc) // a nested member: not kept
    key += `${k}\u0000${typeof v}\u0000${String(v)}\u0001`
  }
  let text = statusTexts.get(key)
  if (text === undefined) {
    if (statusTexts.size >= 256) statusTexts.clear()
    text = cjson(doc)
    statusTexts.set(key, text)
  }
  return text
}

export function xml(root: string, body: XmlNode, status = 200, version = '2.0'): Reply {
  return { status, headers: { 'Content-Type': CT_XML }, body: buildXml(root, body, version) }
}

export function binary(body: Buffer, contentType = 'image/jpeg'): Reply {
  return { status: 200, headers: { 'Content-Type': contentType }, body }
}

/** Flat JSON_ResponseStatus (no root key); errorCode/errorMsg only on failure. */
export function jsonStatusBody(
  sub: SubStatus,
  errorMsg?: string,
  requestURL?: string,
): Record<string, unknown> {
  const { statusCode, errorCode } = statusDef(sub)
  const out: Record<string, unknown> = {}
  if (requestURL !== undefined) out.requestURL = requestURL
  out.statusCode = statusCode
  out.statusString = statusString(statusCode, true)
  out.subStatusCode = sub
  if (statusCode !== 1) {
    out.errorCode = errorCode
    out.errorMsg = errorMsg ?? sub
  }
  return out
}

export function jsonStatus(
  sub: SubStatus,
  opts: { errorMsg?: string; requestURL?: string; http?: number } = {},
): Reply {
  const doc = jsonStatusBody(sub, opts.errorMsg, opts.requestURL)
  return {
    status: opts.http ?? httpStatusFor(statusDef(sub).statusCode),
    headers: { 'Content-Type': CT_JSON_ANSWER },
    body: statusText(doc),
    doc,
  }
}

export function xmlStatus(
  sub: SubStatus,
  opts: { requestURL?: string; http?: number; version?: string; errorMsg?: string } = {},
): Reply {
  const { statusCode, errorCode } = statusDef(sub)
  const body: XmlNode = {
    requestURL: opts.requestURL ?? '',
    statusCode,
    statusString: statusString(statusCode, false),
    subStatusCode: sub,
  }
  if (statusCode !== 1) {
    body.errorCode = errorCode
    body.errorMsg = opts.errorMsg ?? sub
  }
  return xml('ResponseStatus', body, opts.http ?? httpStatusFor(statusCode), opts.version ?? '2.0')
}

export const okJson = (requestURL?: string): Reply =>
  jsonStatus('ok', requestURL === undefined ? {} : { requestURL })
export const okXml = (requestURL?: string): Reply =>
  xmlStatus('ok', requestURL === undefined ? {} : { requestURL })

export function htmlNotFound(): Reply {
  return {
    status: 404,
    headers: { 'Content-Type': CT_HTML },
    body: "<!DOCTYPE html>\r\n<html><head><title>Document Error: Not Found</title></head>\r\n<body><h2>Access Error: 404 -- Not Found</h2>\r\n<p>Can't locate document</p>\r\n</body>\r\n</html>\r\n",
  }
}
