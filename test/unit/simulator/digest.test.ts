import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DigestAuth, parseDigestHeader } from '../../../src/simulator/http/digest.js'
import type { DigestPolicy } from '../../../src/simulator/http/digest.js'

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')
const policy = (p: Partial<DigestPolicy> = {}): DigestPolicy => ({
  realm: 'DS-K1T671MF',
  nonceStyle: 'old',
  nonceTtlMs: 1000,
  nonceMaxUses: 2,
  lockoutAttempts: 3,
  lockoutMs: 5000,
  ...p,
})

function header(
  nonce: string,
  pass: string,
  opts: { uri?: string; nc?: string; qop?: boolean; realm?: string } = {},
): string {
  const uri = opts.uri ?? '/ISAPI/System/deviceInfo'
  const realm = opts.realm ?? 'DS-K1T671MF'
  const ha1 = md5(`admin:${realm}:${pass}`)
  const ha2 = md5(`GET:${uri}`)
  const nc = opts.nc ?? '00000001'
  if (opts.qop === false)
    return `Digest username="admin", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${md5(`${ha1}:${nonce}:${ha2}`)}"`
  return `Digest username="admin", realm="${realm}", nonce="${nonce}", uri="${uri}", qop=auth, nc=${nc}, cnonce="abc", response="${md5(`${ha1}:${nonce}:${nc}:abc:auth:${ha2}`)}"`
}

function setup(p: Partial<DigestPolicy> = {}): { auth: DigestAuth; clock: { t: number } } {
  const clock = { t: 1_000_000 }
  return {
    auth: new DigestAuth(
      policy(p),
      () => [{ userName: 'admin', password: 'Secret-123' }],
      () => clock.t,
    ),
    clock,
  }
}

const nonceOf = (challenge: string): string => /nonce="([^"]+)"/.exec(challenge)![1]!

describe('digest', () => {
  it('parses quoted and bare parameters', () => {
    expect(parseDigestHeader('Digest username="a", qop=auth, nc=00000001, uri="/x?y=1,2"')).toEqual(
      { username: 'a', qop: 'auth', nc: '00000001', uri: '/x?y=1,2' },
    )
    expect(parseDigestHeader('Basic abc')).toBeNull()
  })

  it('accepts a correct qop=auth and RFC 2069 response; rejects a wrong password', () => {
    const { auth } = setup({ nonceMaxUses: 10 })
    const n = nonceOf(auth.challenge())
    expect(
      auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'Secret-123'), '1.1.1.1'),
    ).toEqual({ kind: 'ok', userName: 'admin' })
    expect(
      auth.check(
        'GET',
        '/ISAPI/System/deviceInfo',
        header(n, 'Secret-123', { qop: false }),
        '1.1.1.1',
      ),
    ).toEqual({ kind: 'ok', userName: 'admin' })
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'nope'), '1.1.1.1')).toEqual({
      kind: 'failed',
      retryLeft: 2,
    })
  })

  it('a uri that is not the request target is malformed (not a failure)', () => {
    const { auth } = setup()
    const n = nonceOf(auth.challenge())
    expect(auth.check('GET', '/other', header(n, 'Secret-123'), 'ip').kind).toBe('malformed')
    expect(auth.lockState('ip').failures).toBe(0)
  })

  it('limits nonce uses and expires nonces', () => {
    const { auth, clock } = setup()
    const n = nonceOf(auth.challenge())
    const h = header(n, 'Secret-123')
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', h, 'ip').kind).toBe('ok')
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', h, 'ip').kind).toBe('ok')
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', h, 'ip').kind).toBe('stale')
    const n2 = nonceOf(auth.challenge())
    clock.t += 1001
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', header(n2, 'Secret-123'), 'ip').kind).toBe(
      'stale',
    )
  })

  it('locks after N failures, per address, and unlocks after the lock time', () => {
    const { auth, clock } = setup()
    const n = nonceOf(auth.challenge())
    auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'x'), 'a')
    auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'x'), 'a')
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'x'), 'a')).toEqual({
      kind: 'locked',
      unlockSeconds: 5,
    })
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'Secret-123'), 'a').kind).toBe(
      'locked',
    )
    expect(auth.check('GET', '/ISAPI/System/deviceInfo', header(n, 'Secret-123'), 'b').kind).toBe(
      'ok',
    )
    clock.t += 2000
    expect(auth.lockState('a')).toMatchObject({ locked: true, unlockSeconds: 3 })
    clock.t += 3001
    expect(auth.lockState('a')).toMatchObject({ locked: false, retryLeft: 3 })
  })

  it('challenge shapes: camera (MissiaL capture) and face terminal (DS-K1T344), old and V4 nonces', () => {
    expect(setup({ challenge: 'camera' }).auth.challenge()).toMatch(
      /^Digest qop="auth", realm="DS-K1T671MF", nonce="[0-9a-f]+", stale="FALSE"$/,
    )
    expect(setup({ challenge: 'camera' }).auth.challenge(true)).toMatch(/, stale="TRUE"$/)
    const v4 = setup({ nonceStyle: 'new', realm: 'DS-6E392E44' }).auth.challenge(true)
    expect(v4).toMatch(
      /^Digest qop="auth", realm="DS-6E392E44", nonce="[0-9a-f]{32}:\d+", stale="true", opaque="", domain="::"$/,
    )
    expect(setup({ challenge: 'terminal' }).auth.challenge()).toMatch(
      /^Digest qop="auth", realm="DS-K1T671MF", nonce="[0-9a-f]+", stale="false", opaque="", domain="::"$/,
    )
  })
})
