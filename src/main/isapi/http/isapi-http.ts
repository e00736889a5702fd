import { sniffBody } from '../codec/content-type'
import { parseJson } from '../codec/json'
import { buildXml, parseXml, type XmlDocument } from '../codec/xml'
import type { Obj } from '../codec/read'
import {
  IsapiError,
  STATUS_PEEK_CHARS,
  errorFromStatus,
  htmlSummary,
  statusFromJson,
  statusFromXml,
  type Where,
} from '../errors'
import type { AuthSession } from './auth-session'
import { recordClientRequest } from './traffic-recorder'
import {
  readBody,
  transportError,
  type RequestBody,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport'

export interface CallOptions {
  signal?: AbortSignal
  headersTimeoutMs?: number
  bodyTimeoutMs?: number
  /** The whole answer, once started, must arrive within this (default: the connection's). */
  answerDeadlineMs?: number
  /** Limit for the answer body. Default 16 MiB. */
  maxBytes?: number
  /** Own connection (long-lived streams). */
  dedicated?: boolean
  /** Extra request headers (e.g. content-length of a streamed body). */
  headers?: Record<string, string>
}

export interface RawAnswer {
  status: number
  contentType: string
  body: Buffer
}

const DEFAULT_MAX = 16 * 1024 * 1024
/**
 * Device documents are a few KB; these bounds keep a hostile one to ~100 ms of parsing and
 * tens of MB (JSON parses ~10x faster than XML). A caller expecting more passes `maxBytes`.
 */
export const JSON_ANSWER_MAX = 1024 * 1024
export const XML_ANSWER_MAX = 64 * 1024

const contentTypeOf = (h: TransportResponse['headers']): string => {
  const ct = h['content-type']
  return typeof ct === 'string' ? ct : ''
}

/** The request/answer layer every endpoint uses: sends, reads, and turns device errors into IsapiError. */
export class IsapiHttp {
  constructor(
    readonly session: AuthSession,
    readonly transport: Transport,
  ) {}

  get device(): string {
    return this.transport.device
  }

  /** Sends and reads the whole answer; no status interpretation. */
  async raw(
    method: string,
    path: string,
    body?: RequestBody,
    contentType?: string,
    o: CallOptions = {},
  ): Promise<RawAnswer> {
    if (o.dedicated) {
      const res = await this.open(method, path, body, contentType, o)
      const buf = await readBody(
        res.body,
        o.maxBytes ?? DEFAULT_MAX,
        this.where(method, path),
        o.signal,
        o.bodyTimeoutMs ?? this.transport.bodyTimeoutMs,
        o.answerDeadlineMs ?? this.transport.answerDeadlineMs,
      )
      return { status: res.status, contentType: contentTypeOf(res.headers), body: buf }
    }
    try {
      const res = await this.session.exchange(this.outgoing(method, path, body, contentType, o))
      return { status: res.status, contentType: contentTypeOf(res.headers), body: res.data }
    } catch (e) {
      throw transportError(e, this.where(method, path), o.signal)
    }
  }

  /** Sends and returns the open response (for streams); 401 already handled by the session. */
  async open(
    method: string,
    path: string,
    body?: RequestBody,
    contentType?: string,
    o: CallOptions = {},
  ): Promise<TransportResponse> {
    try {
      return await this.session.request(this.outgoing(method, path, body, contentType, o))
    } catch (e) {
      throw transportError(e, this.where(method, path), o.signal)
    }
  }

  private outgoing(
    method: string,
    path: string,
    body: RequestBody | undefined,
    contentType: string | undefined,
    o: CallOptions,
  ): TransportRequest {
    recordClientRequest(method, path)
    const headers: Record<string, string> = o.headers ? { ...o.headers } : {}
    if (contentType) headers['content-type'] = contentType
    return {
      method,
      path,
      headers,
      body,
      signal: o.signal,
      headersTimeoutMs: o.headersTimeoutMs,
      bodyTimeoutMs: o.bodyTimeoutMs,
      answerDeadlineMs: o.answerDeadlineMs,
      dedicated: o.dedicated,
      maxBytes: o.maxBytes ?? DEFAULT_MAX,
    }
  }

  /** JSON call: sends `body` as JSON (if given), returns the parsed answer after error checks. */
  async json(method: string, path: string, body?: unknown, o: CallOptions = {}): Promise<unknown> {
    const a = await this.raw(
      method,
      path,
      body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? undefined : 'application/json',
      { ...o, maxBytes: o.maxBytes ?? JSON_ANSWER_MAX },
    )
    return this.decode(a, method, path, o.maxBytes)
  }

  /** XML call: sends `<root>` built from `body` (if given), returns the parsed document after error checks. */
  async xml(
    method: string,
    path: string,
    root?: string,
    body?: Obj,
    o: CallOptions = {},
  ): Promise<XmlDocument | undefined> {
    const payload = root === undefined ? undefined : buildXml(root, body ?? {})
    const a = await this.raw(
      method,
      path,
      payload,
      payload === undefined ? undefined : 'application/xml; charset="UTF-8"',
      { ...o, maxBytes: o.maxBytes ?? JSON_ANSWER_MAX },
    )
    const doc = this.decode(a, method, path, o.maxBytes)
    return doc === undefined ? undefined : (doc as XmlDocument)
  }

  /** An XML document with the expected root, or BAD_RESPONSE. */
  async xmlDoc(
    method: string,
    path: string,
    expectRoot: string,
    root?: string,
    body?: Obj,
    o: CallOptions = {},
  ): Promise<Obj> {
    const doc = await this.xml(method, path, root, body, o)
    if (!doc || typeof doc !== 'object' || !('root' in doc) || doc.root !== expectRoot) {
      throw this.bad(method, path, `expected an XML ${expectRoot} document`)
    }
    return doc.body
  }

  /**
   * Interprets an answer: JSON or XML whatever the Content-Type says; status objects with
   * statusCode ≠ 1 (or 7) and any non-2xx become IsapiError. Returns parsed JSON, an
   * XmlDocument, or undefined for an empty 2xx answer.
   */
  decode(a: RawAnswer, method: string, path: string, xmlMax = XML_ANSWER_MAX): unknown {
    const where = this.where(method, path)
    const ok = a.status >= 200 && a.status < 300
    // an error answer is read for its status only: a few KB, however much the terminal sent
    const text = (ok ? a.body : a.body.subarray(0, STATUS_PEEK_CHARS)).toString('utf8')
    const kind = sniffBody(a.contentType, text.slice(0, 128))
    if (kind === 'json') {
      let doc: unknown
      try {
        doc = parseJson(text)
      } catch (e) {
        if (!ok) throw errorFromStatus(a.status, undefined, where)
        throw this.bad(method, path, (e as Error).message)
      }
      const st = statusFromJson(doc)
      if (!ok || (st?.statusCode !== undefined && st.statusCode !== 1 && st.statusCode !== 7))
        throw errorFromStatus(a.status, st, where)
      return doc
    }
    if (kind === 'xml') {
      if (ok && a.body.length > xmlMax)
        throw new IsapiError('TOO_LARGE', `the XML answer exceeded ${xmlMax} bytes`, {
          ...where,
          reason: 'The terminal sent a far larger document than expected.',
        })
      let doc: XmlDocument
      try {
        doc = parseXml(text)
      } catch (e) {
        if (!ok) throw errorFromStatus(a.status, undefined, where)
        throw this.bad(method, path, (e as Error).message)
      }
      const st = statusFromXml(doc.root, doc.body)
      if (!ok || (st?.statusCode !== undefined && st.statusCode !== 1 && st.statusCode !== 7))
        throw errorFromStatus(a.status, st, where)
      return doc
    }
    if (!ok)
      throw errorFromStatus(
        a.status,
        kind === 'html' ? { html: htmlSummary(text) } : undefined,
        where,
      )
    if (kind === 'empty') return undefined
    throw this.bad(method, path, `unexpected ${kind} answer`)
  }

  bad(method: string, path: string, why: string): IsapiError {
    return new IsapiError('BAD_RESPONSE', `${method} ${path}: ${why}`, {
      ...this.where(method, path),
      reason: 'The terminal sent an answer the station could not understand.',
    })
  }

  where(method: string, path: string): Where {
    return { method, path, device: this.transport.device }
  }
}
