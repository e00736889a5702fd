// Authentication layer over the transport. Policy:
// - Digest (MD5, qop=auth) with cached nonces; nc counts up, so a healthy session costs no extra
//   round trips. Basic never over plain HTTP (the password would travel readable), only inside
//   TLS when the device offers no Digest, and never after Digest was accepted (a downgrade):
//   AUTH_INSECURE, with no credentialed request sent.
// - A refused credentialed request is retried only when the terminal says the nonce, not the
//   password, was the problem: `stale=true`, a 401 without a challenge on a reused nonce (firmware
//   limiting nonce reuse), or the documented expired-nonce body. A refused password (a userCheck
//   with isIllegalLogin, or any other 401) is AUTH_FAILED at once, and the whole session - every
//   lane - stays failed until credentials change: one failed login per user action at most.
// - A lock body (lockStatus lock / unlockTime > 0) stops at once with DEVICE_LOCKED, and calls
//   fail fast until the device's unlockTime has passed.
// - A device that refuses reuse at the same count twice in a row (firmware limiting nonce reuse)
//   has that limit learned: lanes then fetch a fresh nonce just before it instead of spending a
//   refused credentialed request.
// - A GET dropped by the socket before any answer (keep-alive race) is re-signed and sent once more.
// - Credentialed requests go one at a time per terminal (issue 16.3): a password changed on the
//   terminal then costs exactly one failed login, as no second request is already on the wire
//   when the first refusal comes back. `parallelCredentials` lifts this once the credentials were
//   accepted (two lanes in flight: a password change can then cost one refusal per lane).
// - A body that cannot be replayed (a stream) is sent only with a nonce fetched just before it.
// - Parallel requests use separate nonces ("lanes", one per connection), each lane sending one
//   request at a time, so every nonce's nc reaches the device in order (devices refuse an nc
//   lower than one already seen, which two connections sharing one nonce would cause).
import { IsapiError, type DeviceStatus } from '../errors'
import {
  basicDowngrade,
  basicInClear,
  isLocked,
  mayTellLock,
  noChallenge,
  nonceOnlyStale,
  statusOf,
} from './auth-answers'
import { digestChallenge, offersBasic, parseChallenges, type DigestChallenge } from './challenge'
import { DigestNonce, basicAuthorization, type Credentials } from './digest'
import {
  destroyBody,
  isSocketDrop,
  readBody,
  type Transport,
  type TransportRequest,
  type TransportResponse,
  type WholeResponse,
} from './transport'

export interface AuthSessionOptions {
  /** Rotate the nonce proactively after this many uses (0 = only when the device asks). */
  maxNonceUses?: number
  /** Parallel lanes, each with its own nonce (match the connection count). Default 2. */
  lanes?: number
  /**
   * Let lanes send credentialed requests in parallel once the credentials were accepted (faster
   * on a slow link; a password changed meanwhile may then cost one failed login per lane).
   * Default false: one credentialed request in flight at a time.
   */
  parallelCredentials?: boolean
  /** Path probed (without credentials) to fetch a fresh challenge. */
  challengePath?: string
  now?: () => number
}

type Scheme = 'unknown' | 'digest' | 'basic'

interface Lane {
  nonce: DigestNonce | undefined
  busy: boolean
}

export class AuthSession {
  private creds: Credentials
  private scheme: Scheme = 'unknown'
  private readonly lanes: Lane[]
  private readonly waiting: ((l: Lane) => void)[] = []
  private verified = false
  private queue: Promise<void> = Promise.resolve()
  private failed: IsapiError | undefined
  private lockedUntil = 0
  private lockError: IsapiError | undefined
  private maxUses: number
  private lastRefusalAt = 0
  /** Digest was accepted once: a later Basic challenge is a downgrade, refused. */
  private digestAccepted = false
  private readonly challengePath: string
  private readonly parallel: boolean
  private readonly now: () => number
  /** Authenticated attempts the device refused (for diagnostics and tests). */
  refusedAttempts = 0
  /** Fresh challenges fetched or received. */
  challenges = 0

  constructor(
    private readonly transport: Transport,
    creds: Credentials,
    opts: AuthSessionOptions = {},
  ) {
    this.creds = creds
    this.maxUses = opts.maxNonceUses ?? 0
    this.lanes = Array.from({ length: Math.max(1, opts.lanes ?? 2) }, () => ({
      nonce: undefined,
      busy: false,
    }))
    this.challengePath = opts.challengePath ?? '/ISAPI/Security/userCheck'
    this.parallel = opts.parallelCredentials ?? false
    this.now = opts.now ?? Date.now
  }

  setCredentials(creds: Credentials): void {
    this.creds = creds
    for (const l of this.lanes) l.nonce = undefined
    this.verified = false
    this.failed = undefined
    this.lockedUntil = 0
    this.lockError = undefined
  }

  get authenticated(): boolean {
    return this.verified
  }

  /** A request whose answer body is streamed (long-lived streams). */
  request(r: TransportRequest): Promise<TransportResponse> {
    return this.run(r, this.streamed)
  }

  /** A request whose whole answer (at most `r.maxBytes`) is wanted: every ordinary call. */
  exchange(r: TransportRequest): Promise<WholeResponse> {
    return this.run(r, this.whole)
  }

  private readonly whole: Wire<WholeResponse> = {
    send: (q) => this.transport.exchange(q),
    status401: (res) => statusOf(res.headers, res.data),
  }

  private readonly streamed: Wire<TransportResponse> = {
    send: (q) => this.transport.request(q),
    status401: (res, q) => this.read401(res, q),
  }

  private async run<T extends Answer>(r: TransportRequest, wire: Wire<T>): Promise<T> {
    this.checkLatch(r)
    // a blocking call on its own connection (capture, event stream) must not hold the others up
    if (this.verified && (this.parallel || r.dedicated)) return this.onLane(r, wire)
    const prev = this.queue
    let release!: () => void
    this.queue = new Promise<void>((res) => (release = res))
    try {
      await this.turn(prev, r)
    } catch (e) {
      // cancelled while waiting: never sent; the turn passes on once the one before is over
      void prev.then(release)
      throw e
    }
    try {
      this.checkLatch(r)
      return await this.onLane(r, wire)
    } finally {
      release()
    }
  }

  /** Waits for the request before to finish; a cancelled request stops waiting at once. */
  private turn(prev: Promise<void>, r: TransportRequest): Promise<void> {
    const signal = r.signal
    if (!signal) return prev
    if (signal.aborted) return Promise.reject(this.cancelled(r))
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => reject(this.cancelled(r))
      signal.addEventListener('abort', onAbort, { once: true })
      void prev.then(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      })
    })
  }

  private async onLane<T extends Answer>(r: TransportRequest, wire: Wire<T>): Promise<T> {
    // the free lane whose nonce was used least: one at a time, the nonces still share the calls
    let free: Lane | undefined
    for (const l of this.lanes)
      if (!l.busy && (!free || (l.nonce?.nc ?? 0) < (free.nonce?.nc ?? 0))) free = l
    const lane = free ?? (await this.laneFreed(r))
    lane.busy = true
    try {
      return await this.send(r, lane, wire)
    } finally {
      const next = this.waiting.shift()
      if (next) next(lane)
      else lane.busy = false
    }
  }

  /** Waits for a lane; a cancelled request stops waiting at once (it was never sent). */
  private laneFreed(r: TransportRequest): Promise<Lane> {
    const signal = r.signal
    if (signal?.aborted) return Promise.reject(this.cancelled(r))
    return new Promise<Lane>((resolve, reject) => {
      const take = (l: Lane): void => {
        signal?.removeEventListener('abort', onAbort)
        resolve(l)
      }
      const onAbort = (): void => {
        const i = this.waiting.indexOf(take)
        if (i >= 0) this.waiting.splice(i, 1)
        reject(this.cancelled(r))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(take)
    })
  }

  private cancelled(r: TransportRequest): IsapiError {
    return new IsapiError('ABORTED', 'the request was cancelled', {
      method: r.method,
      path: r.path,
      device: this.transport.device,
    })
  }

  private checkLatch(r: TransportRequest): void {
    if (this.failed) throw this.failed
    if (this.lockError) {
      const left = this.lockedUntil - this.now()
      if (left > 0) {
        throw new IsapiError('DEVICE_LOCKED', this.lockError.message, {
          method: r.method,
          path: r.path,
          device: this.transport.device,
          unlockTime: Math.ceil(left / 1000),
          lockStatus: 'lock',
          retryLoginTime: 0,
        })
      }
      this.lockError = undefined
      this.verified = false
    }
  }

  private async send<T extends Answer>(r: TransportRequest, lane: Lane, wire: Wire<T>): Promise<T> {
    const replayable =
      r.body === undefined || typeof r.body === 'string' || r.body instanceof Uint8Array
    let fresh = false
    if (
      !replayable ||
      (this.scheme === 'digest' && this.maxUses > 0 && lane.nonce && lane.nonce.nc >= this.maxUses)
    ) {
      await this.fetchChallenge(r, lane)
      fresh = true
    } else if (this.scheme === 'digest' && !lane.nonce) {
      await this.fetchChallenge(r, lane)
      fresh = true
    }
    let resent = false
    let staleRetries = 0
    let freshStale = false
    for (;;) {
      // another lane may have learned meanwhile that the password is refused: no attempt more
      if (this.failed) throw this.failed
      const auth = this.authorization(r, lane)
      const headers = auth === undefined ? r.headers : { ...r.headers, authorization: auth }
      let res: T
      try {
        res = await wire.send(headers === r.headers ? r : { ...r, headers })
      } catch (e) {
        // a GET whose kept-alive connection the device had already dropped is sent once more
        // (signed anew, so the nonce count still goes up); nothing else is resent
        if (
          !resent &&
          r.method === 'GET' &&
          !r.dedicated &&
          !r.signal?.aborted &&
          isSocketDrop(e)
        ) {
          resent = true
          continue
        }
        throw e
      }
      if (res.status !== 401) {
        if (auth !== undefined) {
          this.verified = true
          if (this.scheme === 'digest') this.digestAccepted = true
          if (lane.nonce) lane.nonce.accepted = true
        }
        return res
      }
      const st = await wire.status401(res, r)
      if (auth !== undefined) this.refusedAttempts++
      if (isLocked(st)) throw this.lock(st, r)
      const challenges = parseChallenges(res.headers['www-authenticate'])
      const dc = digestChallenge(challenges)
      if (auth === undefined) {
        // no credentials were sent: this 401 is the challenge
        if (dc) {
          this.adopt(lane, dc)
          fresh = true
          continue
        }
        if (offersBasic(challenges)) {
          this.useBasic(r)
          fresh = true
          continue
        }
        throw noChallenge(st, this.whereOf(r))
      }
      // credentials were refused
      if (this.failed) throw this.failed
      if (this.scheme === 'basic' || !lane.nonce) throw this.authFailed(st, r)
      if (!fresh) this.learnReuseLimit(lane.nonce.nc)
      // one retry for a reused nonce refused, one for stale=true on a fresh nonce: never a loop
      if (
        !replayable ||
        staleRetries >= 2 ||
        (fresh && freshStale) ||
        !nonceOnlyStale(st, dc, fresh)
      )
        throw this.authFailed(st, r)
      staleRetries++
      if (fresh) freshStale = true
      if (dc) this.adopt(lane, dc)
      else if (offersBasic(challenges)) throw basicDowngrade(this.whereOf(r))
      else await this.fetchChallenge(r, lane)
      fresh = true
    }
  }

  private adopt(lane: Lane, dc: DigestChallenge): void {
    this.challenges++
    lane.nonce = new DigestNonce(dc, this.creds)
    this.scheme = 'digest'
  }

  /**
   * Basic sends the password readable by anyone on the path: only inside TLS, and never once
   * Digest was accepted (a Basic challenge then is a downgrade attack or a broken device).
   */
  private useBasic(r: TransportRequest): void {
    if (this.digestAccepted) throw basicDowngrade(this.whereOf(r))
    if (!this.transport.tls) throw basicInClear(this.whereOf(r))
    this.scheme = 'basic'
  }

  private whereOf(r: TransportRequest): { method: string; path: string; device: string } {
    return { method: r.method, path: r.path, device: this.transport.device }
  }

  private learnReuseLimit(refusedAtNc: number): void {
    if (
      refusedAtNc >= 2 &&
      refusedAtNc === this.lastRefusalAt &&
      (this.maxUses === 0 || refusedAtNc - 1 < this.maxUses)
    )
      this.maxUses = refusedAtNc - 1
    this.lastRefusalAt = refusedAtNc
  }

  /** Nonce uses before a proactive re-challenge (0 = unlimited); learned or configured. */
  get nonceUseLimit(): number {
    return this.maxUses
  }

  private authorization(r: TransportRequest, lane: Lane): string | undefined {
    if (this.scheme === 'basic') return basicAuthorization(this.creds)
    const n = lane.nonce
    if (this.scheme !== 'digest' || !n) return undefined
    const body =
      n.needsBody && (typeof r.body === 'string' || r.body instanceof Uint8Array)
        ? Buffer.from(r.body as Uint8Array)
        : undefined
    return n.authorize(r.method, r.path, this.creds.username, body)
  }

  /** Gets a fresh challenge with an unauthenticated probe (does not count as a failed login). */
  private async fetchChallenge(r: TransportRequest, lane: Lane): Promise<void> {
    const res = await this.transport.exchange({
      method: 'GET',
      path: this.challengePath,
      signal: r.signal,
      maxBytes: 64 * 1024,
    })
    // the probe's 401 body matters only if it says the account is locked: parsing every one
    // (firmware that limits nonce reuse asks for a probe every few dozen calls) is wasted work
    const st =
      res.status === 401 && mayTellLock(res.data) ? statusOf(res.headers, res.data) : undefined
    if (st && isLocked(st)) throw this.lock(st, r)
    const challenges = parseChallenges(res.headers['www-authenticate'])
    const dc = digestChallenge(challenges)
    if (dc) {
      this.adopt(lane, dc)
      return
    }
    if (offersBasic(challenges)) {
      this.useBasic(r)
      return
    }
    throw new IsapiError(
      'AUTH_UNSUPPORTED',
      'could not obtain an authentication challenge from the device',
      {
        httpStatus: res.status,
        method: r.method,
        path: r.path,
        device: this.transport.device,
      },
    )
  }

  private async read401(
    res: TransportResponse,
    r: TransportRequest,
  ): Promise<DeviceStatus | undefined> {
    try {
      return statusOf(
        res.headers,
        await readBody(res.body, 64 * 1024, {
          method: r.method,
          path: r.path,
          device: this.transport.device,
        }),
      )
    } catch {
      destroyBody(res.body)
      return undefined
    }
  }

  private lock(st: DeviceStatus | undefined, r: TransportRequest): IsapiError {
    const unlock = st?.unlockTime ?? 0
    const err = new IsapiError(
      'DEVICE_LOCKED',
      `the device locked this client out${unlock ? ` for ${unlock} s` : ''}`,
      {
        httpStatus: 401,
        method: r.method,
        path: r.path,
        device: this.transport.device,
        unlockTime: unlock,
        retryLoginTime: st?.retryLoginTime ?? 0,
        lockStatus: st?.lockStatus ?? 'lock',
        reason: `Too many failed logins: the terminal is locked${unlock ? ` for ${Math.ceil(unlock / 60)} min` : ''}.`,
      },
    )
    this.lockError = err
    this.lockedUntil = this.now() + Math.max(unlock, 1) * 1000
    this.verified = false
    return err
  }

  private authFailed(st: DeviceStatus | undefined, r: TransportRequest): IsapiError {
    const f: ConstructorParameters<typeof IsapiError>[2] = {
      httpStatus: 401,
      method: r.method,
      path: r.path,
      device: this.transport.device,
      reason: 'The terminal rejected the user name or password.',
    }
    if (st?.retryLoginTime !== undefined) f.retryLoginTime = st.retryLoginTime
    if (st?.lockStatus !== undefined) f.lockStatus = st.lockStatus
    if (st?.subStatusCode !== undefined) f.subStatusCode = st.subStatusCode
    const err = new IsapiError('AUTH_FAILED', 'authentication failed', f)
    this.failed = err
    this.verified = false
    return err
  }
}

/** How a request travels: its answer streamed or read whole, and how a 401's body is read. */
interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
}
interface Wire<T extends Answer> {
  send(r: TransportRequest): Promise<T>
  status401(
    res: T,
    r: TransportRequest,
  ): Promise<DeviceStatus | undefined> | DeviceStatus | undefined
}
