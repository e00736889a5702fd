import type { Readable } from 'node:stream'
import { Client, Pool, type Dispatcher } from 'undici'
import { IsapiError } from '../errors'
import { TlsPin, type TlsPinOptions } from './tls-pin'
import { WholeExchange } from './whole-exchange'

export interface TransportOptions {
  host: string
  port?: number
  protocol?: 'http' | 'https'
  /** Connections per device (terminals are weak). Default 2. */
  connections?: number
  /** Send `Connection: close` on every request, for firmware that hangs on keep-alive. */
  connectionClose?: boolean
  connectTimeoutMs?: number
  headersTimeoutMs?: number
  bodyTimeoutMs?: number
  /** The whole answer, once it starts, must arrive within this. Default 60 s. */
  answerDeadlineMs?: number
  keepAliveTimeoutMs?: number
  tls?: TlsPinOptions
  /** Name used in errors and logs. */
  device?: string
}

export type RequestBody = string | Buffer | Uint8Array | Readable | AsyncIterable<Uint8Array>

export interface TransportRequest {
  method: string
  /** Path and query exactly as sent (and digested). */
  path: string
  headers?: Record<string, string>
  body?: RequestBody
  headersTimeoutMs?: number
  bodyTimeoutMs?: number
  /** Overrides the transport's answer deadline (0 = none: long-lived streams). */
  answerDeadlineMs?: number
  signal?: AbortSignal
  /** Own connection, closed with the body (long-lived streams must not hold a pool slot). */
  dedicated?: boolean
  /** Limit for an answer read whole (`exchange`). Default 16 MiB. */
  maxBytes?: number
}

/** An answer read whole (see `Transport.exchange`). */
export interface WholeResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  data: Buffer
}

/** undici times ≥ 1 s itself (with ~0.5 s slack); shorter timeouts get a timer of their own. */
const NATIVE_TIMER_MIN_MS = 1000
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

export interface TransportResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Dispatcher.ResponseData['body']
}

export class Transport {
  readonly origin: string
  readonly device: string
  readonly tls: TlsPin | undefined
  private readonly pool: Pool
  private readonly connectOpt: Pool.Options['connect']
  private readonly streams = new Set<Client>()
  private readonly connectionClose: boolean
  private readonly headersTimeout: number
  private readonly bodyTimeout: number
  private readonly answerDeadline: number

  constructor(o: TransportOptions) {
    const protocol = o.protocol ?? 'http'
    const port = o.port ?? (protocol === 'https' ? 443 : 80)
    const host = o.host.includes(':') && !o.host.startsWith('[') ? `[${o.host}]` : o.host
    this.origin = `${protocol}://${host}:${port}`
    this.device = o.device ?? `${o.host}:${port}`
    this.connectionClose = o.connectionClose ?? false
    this.headersTimeout = o.headersTimeoutMs ?? 15_000
    this.bodyTimeout = o.bodyTimeoutMs ?? 30_000
    this.answerDeadline = o.answerDeadlineMs ?? 60_000
    const connectTimeout = o.connectTimeoutMs ?? 5_000
    this.tls = protocol === 'https' ? new TlsPin(o.tls) : undefined
    this.connectOpt = this.tls
      ? this.tls.connector(connectTimeout, this.device)
      : { timeout: connectTimeout }
    this.pool = new Pool(this.origin, {
      connections: o.connections ?? 2,
      pipelining: 1,
      keepAliveTimeout: o.keepAliveTimeoutMs ?? 4_000,
      keepAliveMaxTimeout: 60_000,
      headersTimeout: this.headersTimeout,
      bodyTimeout: this.bodyTimeout,
      connect: this.connectOpt,
    })
  }

  private dedicatedClient(): Client {
    const c = new Client(this.origin, {
      pipelining: 1,
      connect: this.connectOpt,
      headersTimeout: 0,
      bodyTimeout: 0,
    })
    this.streams.add(c)
    return c
  }

  private release(c: Client): void {
    if (this.streams.delete(c)) void c.destroy().catch(() => {})
  }

  /** Default body idle timeout, for readers of the answer body. */
  get bodyTimeoutMs(): number {
    return this.bodyTimeout
  }

  /** Default deadline for a whole answer once it has started. */
  get answerDeadlineMs(): number {
    return this.answerDeadline
  }

  async request(r: TransportRequest): Promise<TransportResponse> {
    const headers: Record<string, string> = { ...r.headers }
    if (this.connectionClose) headers.connection = 'close'
    // own headers timer: undici's does not fire reliably for sub-second values
    const ac = new AbortController()
    const onAbort = (): void => ac.abort(r.signal?.reason)
    if (r.signal?.aborted) onAbort()
    else r.signal?.addEventListener('abort', onAbort, { once: true })
    const hMs = r.headersTimeoutMs ?? this.headersTimeout
    let timedOut = false
    const timer =
      hMs > 0
        ? setTimeout(() => {
            timedOut = true
            ac.abort(new Error('headers timeout'))
          }, hMs)
        : undefined
    const where = { method: r.method, path: r.path, device: this.device }
    const own = r.dedicated ? this.dedicatedClient() : undefined
    try {
      const res = await (own ?? this.pool).request({
        origin: this.origin,
        method: r.method as Dispatcher.HttpMethod,
        path: r.path,
        headers,
        body: r.body as Dispatcher.DispatchOptions['body'],
        headersTimeout: hMs > 0 ? hMs + 1000 : 0,
        bodyTimeout: r.bodyTimeoutMs ?? this.bodyTimeout,
        signal: ac.signal,
      })
      if (own) {
        const done = (): void => this.release(own)
        res.body.once('close', done)
        res.body.once('error', done)
        res.body.once('end', done)
      }
      return { status: res.statusCode, headers: res.headers, body: res.body }
    } catch (e) {
      if (own) this.release(own)
      if (timedOut)
        throw new IsapiError('TIMEOUT', `the device did not answer within ${hMs} ms`, {
          ...where,
          cause: e,
        })
      throw transportError(e, where, r.signal)
    } finally {
      if (timer) clearTimeout(timer)
      r.signal?.removeEventListener('abort', onAbort)
    }
  }

  /**
   * A request whose whole answer is wanted (every call but the long-lived streams). Driven by
   * undici's dispatch API: the answer is collected as it arrives, without a body stream, an
   * abort controller or a timer per request when undici's own timeouts do (≥ 1 s; shorter ones
   * are timed here because undici's coarse timers fire late for them).
   */
  exchange(r: TransportRequest): Promise<WholeResponse> {
    const hMs = r.headersTimeoutMs ?? this.headersTimeout
    const own = hMs > 0 && hMs < NATIVE_TIMER_MIN_MS
    const x = new WholeExchange(
      r.maxBytes ?? DEFAULT_MAX_BYTES,
      { method: r.method, path: r.path, device: this.device },
      r.signal,
      own ? hMs : 0,
      r.answerDeadlineMs ?? this.answerDeadline,
    )
    if (!x.live) return x.answer
    try {
      this.pool.dispatch(
        {
          origin: this.origin,
          method: r.method as Dispatcher.HttpMethod,
          path: r.path,
          headers: this.connectionClose ? { ...r.headers, connection: 'close' } : (r.headers ?? {}),
          body: r.body as Dispatcher.DispatchOptions['body'],
          headersTimeout: own ? hMs + 1000 : hMs,
          bodyTimeout: r.bodyTimeoutMs ?? this.bodyTimeout,
        },
        x,
      )
    } catch (error) {
      x.finish(error)
    }
    return x.answer
  }

  async close(): Promise<void> {
    for (const c of [...this.streams]) this.release(c)
    await this.pool.close().catch(() => this.pool.destroy())
  }

  async destroy(): Promise<void> {
    for (const c of [...this.streams]) this.release(c)
    await this.pool.destroy()
  }
}

/** The connection was dropped under the request (e.g. a kept-alive socket the device had closed). */
export function isSocketDrop(e: unknown): boolean {
  if (!(e instanceof IsapiError) || e.code !== 'OFFLINE') return false
  const cause = (e as { cause?: { code?: string } }).cause
  const code = cause?.code ?? ''
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE'
}

/** Maps undici / socket errors to IsapiError (idempotent for IsapiError). */
export function transportError(
  e: unknown,
  where: { method?: string; path?: string; device?: string },
  signal?: AbortSignal,
): IsapiError {
  if (e instanceof IsapiError) return e
  const err = e as { code?: string; name?: string; message?: string; cause?: unknown }
  if (err.cause instanceof IsapiError) return err.cause
  const code = err.code ?? ''
  const f = { ...where, cause: e }
  if (signal?.aborted || code === 'UND_ERR_ABORTED' || err.name === 'AbortError')
    return new IsapiError('ABORTED', 'the request was cancelled', f)
  if (code === 'UND_ERR_CONNECT_TIMEOUT')
    return new IsapiError('OFFLINE', 'connect timed out', {
      ...f,
      reason: 'The terminal did not answer (connect timed out).',
    })
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return new IsapiError(
      'TIMEOUT',
      `the device did not answer in time (${code === 'UND_ERR_BODY_TIMEOUT' ? 'body' : 'headers'})`,
      f,
    )
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE')
    return new IsapiError('TOO_LARGE', 'the answer exceeded the size limit', f)
  if (
    code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS')
  )
    return new IsapiError('TLS_ERROR', `TLS failed: ${err.message ?? code}`, f)
  if (code === 'UND_ERR_INVALID_ARG')
    return new IsapiError('INVALID_ARGUMENT', err.message ?? 'invalid request', f)
  return new IsapiError('OFFLINE', `connection failed: ${err.message ?? code ?? 'unknown'}`, {
    ...f,
    reason: 'The terminal could not be reached or dropped the connection.',
  })
}

/** Reads a whole body with a byte limit, an idle timeout and cancellation. */
export async function readBody(
  body: AsyncIterable<Uint8Array>,
  limit: number,
  where: { method?: string; path?: string; device?: string },
  signal?: AbortSignal,
  idleMs = 0,
  deadlineMs = 0,
): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  let timedOut = false
  let pastDeadline = false
  let timer: NodeJS.Timeout | undefined
  const deadline =
    deadlineMs > 0
      ? setTimeout(() => {
          pastDeadline = true
          destroyBody(body)
        }, deadlineMs)
      : undefined
  const arm = (): void => {
    if (idleMs <= 0) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      destroyBody(body)
    }, idleMs)
  }
  const onAbort = (): void => destroyBody(body)
  signal?.addEventListener('abort', onAbort, { once: true })
  arm()
  try {
    for await (const c of body) {
      size += c.length
      if (size > limit) {
        destroyBody(body)
        throw new IsapiError('TOO_LARGE', `the answer exceeded ${limit} bytes`, where)
      }
      chunks.push(c as Buffer)
      arm()
    }
  } catch (e) {
    if (pastDeadline) throw answerTooSlow(deadlineMs, where)
    if (timedOut)
      throw new IsapiError('TIMEOUT', `the device stopped sending the answer (idle ${idleMs} ms)`, {
        ...where,
        cause: e,
      })
    throw transportError(e, where, signal)
  } finally {
    if (timer) clearTimeout(timer)
    if (deadline) clearTimeout(deadline)
    signal?.removeEventListener('abort', onAbort)
  }
  if (pastDeadline) throw answerTooSlow(deadlineMs, where)
  if (timedOut)
    throw new IsapiError(
      'TIMEOUT',
      `the device stopped sending the answer (idle ${idleMs} ms)`,
      where,
    )
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)
}

/** An answer that trickled past its deadline. */
export function answerTooSlow(
  ms: number,
  where: { method?: string; path?: string; device?: string },
): IsapiError {
  return new IsapiError('TIMEOUT', `the device did not finish its answer within ${ms} ms`, {
    ...where,
    reason: 'The terminal answered too slowly (the answer did not finish in time).',
  })
}

export function destroyBody(body: unknown): void {
  const b = body as { destroy?: () => void }
  try {
    b.destroy?.()
  } catch {
    // already gone
  }
}
