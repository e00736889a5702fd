import { hash, randomBytes } from 'node:crypto'
import { IsapiError } from '../errors'
import type { DigestChallenge } from './challenge'

export interface Credentials {
  username: string
  password: string
}

// one-shot hashing: a request is signed with two or three of these
const md5 = (s: string | Buffer): string => hash('md5', s, 'hex')
const sha256 = (s: string | Buffer): string => hash('sha256', s, 'hex')

/**
 * One nonce in use: the challenge it came from and its nc counter. HA1 is computed once per
 * nonce (MD5-sess needs the cnonce, so it is computed per nonce with a fixed cnonce prefix).
 */
export class DigestNonce {
  readonly challenge: DigestChallenge
  /** Requests signed with this nonce so far (the last nc sent). */
  nc = 0
  /** True once a request signed with this nonce was accepted. */
  accepted = false
  private readonly ha1: string
  private readonly hash: (s: string | Buffer) => string
  private readonly qop: 'auth' | 'auth-int' | undefined
  private readonly cnoncePrefix: string
  private readonly sess: boolean
  private readonly a2Hashes = new Map<string, string>()

  constructor(challenge: DigestChallenge, creds: Credentials) {
    this.challenge = challenge
    const alg = challenge.algorithm
    this.sess = alg.endsWith('-SESS')
    const base = this.sess ? alg.slice(0, -5) : alg
    if (base !== 'MD5' && base !== 'SHA-256')
      throw new IsapiError('AUTH_UNSUPPORTED', `unsupported digest algorithm ${alg}`)
    this.hash = base === 'SHA-256' ? sha256 : md5
    this.cnoncePrefix = randomBytes(6).toString('hex')
    let ha1 = this.hash(`${creds.username}:${challenge.realm}:${creds.password}`)
    if (this.sess) ha1 = this.hash(`${ha1}:${challenge.nonce}:${this.cnoncePrefix}`)
    this.ha1 = ha1
    const q = challenge.qop
    this.qop =
      q === undefined || q.length === 0
        ? undefined
        : q.includes('auth')
          ? 'auth'
          : q.includes('auth-int')
            ? 'auth-int'
            : 'auth'
  }

  /** H(method:uri), remembered: a session sends the same few requests again and again. */
  private requestHash(a2: string): string {
    let h = this.a2Hashes.get(a2)
    if (h === undefined) {
      if (this.a2Hashes.size >= 64) this.a2Hashes.clear()
      h = this.hash(a2)
      this.a2Hashes.set(a2, h)
    }
    return h
  }

  /** True when the body must be hashed (qop=auth-int), so it must be in memory. */
  get needsBody(): boolean {
    return this.qop === 'auth-int'
  }

  /** The Authorization header value for one request; advances nc. `uri` is path+query as sent. */
  authorize(method: string, uri: string, username: string, body?: Buffer | string): string {
    const c = this.challenge
    const nc = ++this.nc
    const ncHex = nc.toString(16).padStart(8, '0')
    const cnonce = this.sess ? this.cnoncePrefix : `${this.cnoncePrefix}${ncHex}`
    const ha2 =
      this.qop === 'auth-int'
        ? this.hash(`${method}:${uri}:${this.hash(body ?? '')}`)
        : this.hash(`${method}:${uri}`)
    const response =
      this.qop === undefined
        ? this.hash(`${this.ha1}:${c.nonce}:${ha2}`)
        : this.hash(`${this.ha1}:${c.nonce}:${ncHex}:${cnonce}:${this.qop}:${ha2}`)
    let h = `Digest username="${esc(username)}", realm="${esc(c.realm)}", nonce="${esc(c.nonce)}", uri="${esc(uri)}", response="${response}"`
    if (c.algorithmExplicit) h += `, algorithm=${c.algorithm}`
    if (this.qop !== undefined) h += `, qop=${this.qop}, nc=${ncHex}, cnonce="${cnonce}"`
    if (c.opaque !== undefined) h += `, opaque="${esc(c.opaque)}"`
    return h
  }
}

function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
}

/** The digest response value for given inputs (RFC 2617 §3.2.2), for tests and verification. */
export function digestResponse(a: {
  username: string
  password: string
  realm: string
  method: string
  uri: string
  nonce: string
  nc?: string
  cnonce?: string
  qop?: string
}): string {
  const ha1 = md5(`${a.username}:${a.realm}:${a.password}`)
  const ha2 = md5(`${a.method}:${a.uri}`)
  return a.qop
    ? md5(`${ha1}:${a.nonce}:${a.nc}:${a.cnonce}:${a.qop}:${ha2}`)
    : md5(`${ha1}:${a.nonce}:${ha2}`)
}

export function basicAuthorization(creds: Credentials): string {
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`
}
