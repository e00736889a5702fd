// A minimal digest client for the simulator's own tests (the station's real client lives in
// src/main/isapi; these tests must not depend on it). Fresh challenge per request by default,
// or nonce reuse with an increasing nc when `reuse` is set.
import { createHash } from 'node:crypto'
import type { SimDeviceRecord } from '../../../src/simulator/index.js'

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

export interface SimResponse {
  status: number
  headers: Headers
  text: string
  buf: Buffer
  json<T = Record<string, unknown>>(): T
}

export function parseChallenge(h: string): Record<string, string> {
  return Object.fromEntries([...h.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
}

export class DigestClient {
  private nonce: { realm: string; nonce: string; nc: number } | null = null

  constructor(
    readonly base: string,
    readonly user: string,
    readonly pass: string,
    readonly reuse = false,
  ) {}

  static for(
    d: SimDeviceRecord,
    opts: { pass?: string; user?: string; reuse?: boolean } = {},
  ): DigestClient {
    return new DigestClient(
      `${d.protocol}://${d.host}:${d.port}`,
      opts.user ?? d.username,
      opts.pass ?? d.password,
      opts.reuse ?? false,
    )
  }

  authHeader(method: string, path: string, realm: string, nonce: string, nc: number): string {
    const ncs = nc.toString(16).padStart(8, '0')
    const cnonce = 'c0ffee'
    const resp = md5(
      `${md5(`${this.user}:${realm}:${this.pass}`)}:${nonce}:${ncs}:${cnonce}:auth:${md5(`${method}:${path}`)}`,
    )
    return `Digest username="${this.user}", realm="${realm}", nonce="${nonce}", uri="${path}", algorithm=MD5, qop=auth, nc=${ncs}, cnonce="${cnonce}", response="${resp}"`
  }

  async raw(
    method: string,
    path: string,
    init: {
      body?: string | Buffer
      contentType?: string
      auth?: string
      signal?: AbortSignal
    } = {},
  ): Promise<SimResponse> {
    const headers: Record<string, string> = {}
    if (init.contentType) headers['Content-Type'] = init.contentType
    if (init.auth) headers.Authorization = init.auth
    const r = await fetch(this.base + path, {
      method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    })
    const buf = Buffer.from(await r.arrayBuffer())
    const text = buf.toString('utf8')
    return { status: r.status, headers: r.headers, text, buf, json: <T>() => JSON.parse(text) as T }
  }

  async request(
    method: string,
    path: string,
    body?: string | Buffer | object,
    contentType?: string,
    signal?: AbortSignal,
  ): Promise<SimResponse> {
    const payload =
      body === undefined || typeof body === 'string' || Buffer.isBuffer(body)
        ? body
        : JSON.stringify(body)
    const ct =
      contentType ??
      (body !== undefined && typeof body === 'object' && !Buffer.isBuffer(body)
        ? 'application/json'
        : undefined)
    const init = {
      ...(payload !== undefined ? { body: payload } : {}),
      ...(ct ? { contentType: ct } : {}),
      ...(signal ? { signal } : {}),
    }
    if (this.reuse && this.nonce) {
      const n = this.nonce
      n.nc++
      const r = await this.raw(method, path, {
        ...init,
        auth: this.authHeader(method, path, n.realm, n.nonce, n.nc),
      })
      if (r.status !== 401) return r
      this.nonce = null
    }
    const first = await this.raw(method, path, init)
    const h = first.headers.get('www-authenticate')
    if (first.status !== 401 || !h) return first
    const c = parseChallenge(h)
    this.nonce = { realm: c.realm!, nonce: c.nonce!, nc: 1 }
    return this.raw(method, path, {
      ...init,
      auth: this.authHeader(method, path, c.realm!, c.nonce!, 1),
    })
  }

  get = (path: string): Promise<SimResponse> => this.request('GET', path)
  put = (path: string, body?: string | Buffer | object, ct?: string): Promise<SimResponse> =>
    this.request('PUT', path, body, ct)
  post = (path: string, body?: string | Buffer | object, ct?: string): Promise<SimResponse> =>
    this.request('POST', path, body, ct)
  del = (path: string): Promise<SimResponse> => this.request('DELETE', path)
}
