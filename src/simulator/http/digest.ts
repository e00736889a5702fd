// Digest auth as terminals do it (01 §6): MD5, qop="auth", realm per device, nonces that expire
// and may be used a limited number of times, lockout per source address after repeated failures.
// Requests without Authorization never count toward lockout; a reused/expired nonce with the
// right password does not either.
import { createHash, randomBytes } from 'node:crypto'

export interface DigestUser {
  userName: string
  password: string
}

export interface DigestPolicy {
  realm: string
  nonceStyle: 'old' | 'new'
  /** Challenge form (profiles/firmware.ts); 'terminal' when absent. */
  challenge?: 'terminal' | 'camera'
  nonceTtlMs: number
  /** Uses allowed per nonce (2 on V4.x firmware); the next use gets a fresh challenge, stale="true". */
  nonceMaxUses: number
  lockoutAttempts: number
  lockoutMs: number
}

export type AuthResult =
  | { kind: 'ok'; userName: string }
  | { kind: 'missing' }
  | { kind: 'failed'; retryLeft: number }
  | { kind: 'locked'; unlockSeconds: number }
  | { kind: 'stale' }
  | { kind: 'malformed' }

interface NonceInfo {
  created: number
  uses: number
}

interface FailInfo {
  count: number
  lockedUntil: number
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

export function parseDigestHeader(header: string): Record<string, string> | null {
  const m = /^\s*Digest\s+(.*)$/is.exec(header)
  if (!m) return null
  const out: Record<string, string> = {}
  const re = /([a-zA-Z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g
  let part: RegExpExecArray | null
  while ((part = re.exec(m[1]!)) !== null) out[part[1]!.toLowerCase()] = part[2] ?? part[3] ?? ''
  return out
}

export class DigestAuth {
  private readonly nonces = new Map<string, NonceInfo>()
  private readonly failures = new Map<string, FailInfo>()
  /** Every login refused since start, never reset (a lockout's counter is): bad credentials,
   *  and attempts made while locked out. What a test counts to prove a client's discipline. */
  private refusedTotal = 0
  private lastSweep = 0
  private readonly ha1s = new Map<string, string>()

  constructor(
    public policy: DigestPolicy,
    private readonly users: () => DigestUser[],
    private readonly now: () => number = Date.now,
  ) {}

  newNonce(): string {
    const t = this.now()
    const nonce =
      this.policy.nonceStyle === 'new'
        ? `${randomBytes(16).toString('hex')}:${t}`
        : Buffer.from(
            Buffer.from(`${t}:${randomBytes(6).toString('hex')}`).toString('base64'),
          ).toString('hex')
    this.nonces.set(nonce, { created: t, uses: 0 })
    this.sweep(t)
    return nonce
  }

  /**
   * Face terminals: `Digest qop="auth", realm="DS-…", nonce="…", stale="false", opaque="", domain="::"`
   * (observed on DS-K1T344 / DS-K1T342MWX); cameras: `stale="FALSE"`, no opaque, no domain (MissiaL).
   */
  challenge(stale = false): string {
    const { realm } = this.policy
    const nonce = this.newNonce()
    const head = `Digest qop="auth", realm="${realm}", nonce="${nonce}"`
    return this.policy.challenge === 'camera'
      ? `${head}, stale="${stale ? 'TRUE' : 'FALSE'}"`
      : `${head}, stale="${stale ? 'true' : 'false'}", opaque="", domain="::"`
  }

  lockState(ip: string): {
    failures: number
    locked: boolean
    unlockSeconds: number
    retryLeft: number
  } {
    const f = this.failures.get(ip)
    const t = this.now()
    if (f && f.lockedUntil > t)
      return {
        failures: f.count,
        locked: true,
        unlockSeconds: Math.ceil((f.lockedUntil - t) / 1000),
        retryLeft: 0,
      }
    if (f && f.lockedUntil !== 0 && f.lockedUntil <= t) this.failures.delete(ip)
    const count = this.failures.get(ip)?.count ?? 0
    return {
      failures: count,
      locked: false,
      unlockSeconds: 0,
      retryLeft: Math.max(0, this.policy.lockoutAttempts - count),
    }
  }

  lock(ip: string, seconds: number): void {
    this.failures.set(ip, {
      count: this.policy.lockoutAttempts,
      lockedUntil: this.now() + seconds * 1000,
    })
  }

  unlock(ip?: string): void {
    if (ip === undefined) this.failures.clear()
    else this.failures.delete(ip)
  }

  /** Logins refused since start (see refusedTotal). */
  refusedLogins(): number {
    return this.refusedTotal
  }

  allLockStates(): Record<string, { failures: number; locked: boolean; unlockSeconds: number }> {
    const out: Record<string, { failures: number; locked: boolean; unlockSeconds: number }> = {}
    for (const ip of [...this.failures.keys()]) {
      const s = this.lockState(ip)
      out[ip] = { failures: s.failures, locked: s.locked, unlockSeconds: s.unlockSeconds }
    }
    return out
  }

  check(method: string, url: string, header: string | undefined, ip: string): AuthResult {
    const lock = this.lockState(ip)
    if (!header) return { kind: 'missing' }
    if (lock.locked) {
      this.refusedTotal++
      return { kind: 'locked', unlockSeconds: lock.unlockSeconds }
    }
    const p = parseDigestHeader(header)
    if (!p) return /^\s*Basic\s/i.test(header) ? { kind: 'missing' } : { kind: 'malformed' }
    const { username, nonce, uri, response, qop, nc, cnonce } = p
    if (!username || !nonce || !uri || !response) return { kind: 'malformed' }
    const user = this.users().find((u) => u.userName === username)
    const ha1 = user
      ? this.ha1Of(username, user.password)
      : md5(`${username}:${this.policy.realm}:${randomBytes(8).toString('hex')}`)
    const ha2 = md5(`${method}:${uri}`)
    const expected = qop
      ? md5(`${ha1}:${nonce}:${nc ?? ''}:${cnonce ?? ''}:${qop}:${ha2}`)
      : md5(`${ha1}:${nonce}:${ha2}`)
    if (!user || expected !== response.toLowerCase()) return this.recordFailure(ip)
    if (uri !== url) return { kind: 'malformed' }
    const info = this.nonces.get(nonce)
    const t = this.now()
    if (!info || t - info.created > this.policy.nonceTtlMs) {
      this.nonces.delete(nonce)
      return { kind: 'stale' }
    }
    info.uses++
    if (info.uses > this.policy.nonceMaxUses) {
      this.nonces.delete(nonce)
      return { kind: 'stale' }
    }
    this.failures.delete(ip)
    return { kind: 'ok', userName: user.userName }
  }

  /** HA1 of an account (kept per user, realm and password: one MD5 fewer per request). */
  private ha1Of(userName: string, password: string): string {
    const key = `${userName}\n${this.policy.realm}\n${password}`
    let ha1 = this.ha1s.get(key)
    if (ha1 === undefined) {
      if (this.ha1s.size >= 64) this.ha1s.clear()
      ha1 = md5(`${userName}:${this.policy.realm}:${password}`)
      this.ha1s.set(key, ha1)
    }
    return ha1
  }

  /** Counts a failed login from ip (also RTSP's, which shares the terminal's lockout). */
  recordFailure(ip: string): AuthResult {
    const t = this.now()
    const f = this.failures.get(ip) ?? { count: 0, lockedUntil: 0 }
    this.refusedTotal++
    f.count++
    if (f.count >= this.policy.lockoutAttempts) f.lockedUntil = t + this.policy.lockoutMs
    this.failures.set(ip, f)
    if (f.lockedUntil > t)
      return { kind: 'locked', unlockSeconds: Math.ceil(this.policy.lockoutMs / 1000) }
    return { kind: 'failed', retryLeft: this.policy.lockoutAttempts - f.count }
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < 5000 && this.nonces.size < 50_000) return
    this.lastSweep = t
    for (const [n, info] of this.nonces)
      if (t - info.created > this.policy.nonceTtlMs) this.nonces.delete(n)
  }
}
