import { describe, expect, it } from 'vitest'
import {
  digestChallenge,
  offersBasic,
  parseChallenges,
} from '../../../src/main/isapi/http/challenge'
import { DigestNonce, digestResponse } from '../../../src/main/isapi/http/digest'
import { real } from './fixtures'

describe('WWW-Authenticate parsing', () => {
  it('parses the old ACS form (qop first, stale=FALSE, no opaque)', () => {
    const d = digestChallenge(
      parseChallenges(
        'Digest qop="auth", realm="DS-K1T341AM", nonce="4e5455774d4441364d5441784d54643d", stale="FALSE"',
      ),
    )!
    expect(d).toMatchObject({
      realm: 'DS-K1T341AM',
      nonce: '4e5455774d4441364d5441784d54643d',
      qop: ['auth'],
      algorithm: 'MD5',
      stale: false,
    })
    expect(d.opaque).toBeUndefined()
    expect(d.algorithmExplicit).toBe(false)
  })

  it('parses the new firmware form (hex realm, domain "::", empty opaque, algorithm)', () => {
    const d = digestChallenge(
      parseChallenges(
        'Digest realm="6e392e44a1b2c3d4e5f60718", domain="::", qop="auth", nonce="158ca9b5cb4b32a578432756aef2a189:1669838955551", opaque="", algorithm="MD5", stale="FALSE"',
      ),
    )!
    expect(d).toMatchObject({
      realm: '6e392e44a1b2c3d4e5f60718',
      domain: '::',
      opaque: '',
      algorithm: 'MD5',
      algorithmExplicit: true,
      nonce: '158ca9b5cb4b32a578432756aef2a189:1669838955551',
    })
  })

  it('parses the real camera challenge from the MissiaL cassette (realm with parentheses)', () => {
    const cassette = real('MissiaL-hikvision-client/test_auth_firmware_v5_5')
    const m = /WWW-Authenticate: \['(Digest[^']+)'\]/.exec(cassette.replace(/\n\s+/g, ' '))!
    const d = digestChallenge(parseChallenges(m[1]))!
    expect(d.realm).toBe('IP Camera(83813)')
    expect(d.nonce).toBe('4d5755784d7a41344d546b365a446b31597a51354e513d3d')
    expect(d.qop).toEqual(['auth'])
  })

  it('handles unquoted values, stale=TRUE, several challenges in one header and in several headers', () => {
    const one = parseChallenges(
      'Digest realm=DS-6E392E44, nonce=abc, qop=auth, stale=TRUE, Basic realm="DS-6E392E44"',
    )
    expect(one.map((c) => c.scheme)).toEqual(['digest', 'basic'])
    expect(digestChallenge(one)).toMatchObject({ realm: 'DS-6E392E44', nonce: 'abc', stale: true })
    const many = parseChallenges(['Basic realm="x"', 'Digest realm="r", nonce="n\\"q"'])
    expect(offersBasic(many)).toBe(true)
    expect(digestChallenge(many)!.nonce).toBe('n"q')
  })

  it('returns nothing for garbage', () => {
    expect(digestChallenge(parseChallenges('garbage ,,, ==='))).toBeUndefined()
    expect(parseChallenges(undefined)).toEqual([])
  })
})

describe('digest response', () => {
  it('matches the RFC 2617 §3.5 example', () => {
    expect(
      digestResponse({
        username: 'Mufasa',
        password: 'Circle Of Life',
        realm: 'testrealm@host.com',
        method: 'GET',
        uri: '/dir/index.html',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        nc: '00000001',
        cnonce: '0a4f113b',
        qop: 'auth',
      }),
    ).toBe('6629fae49393a05397450978507c4ef1')
  })

  it('signs with hex nc counting up, cnonce, qop=auth, opaque echoed, and verifies', () => {
    const ch = digestChallenge(
      parseChallenges(
        'Digest realm="DS-K1T341AM", nonce="n1", qop="auth", opaque="", algorithm="MD5"',
      ),
    )!
    const n = new DigestNonce(ch, { username: 'admin', password: 'pw' })
    const h1 = n.authorize('PUT', '/ISAPI/AccessControl/UserInfo/SetUp?format=json', 'admin')
    const h2 = n.authorize('GET', '/x', 'admin')
    expect(h1).toContain('nc=00000001')
    expect(h2).toContain('nc=00000002')
    expect(h1).toContain('opaque=""')
    expect(h1).toContain('algorithm=MD5')
    const f = Object.fromEntries(
      [...h1.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1], m[2] ?? m[3]]),
    )
    expect(f.uri).toBe('/ISAPI/AccessControl/UserInfo/SetUp?format=json')
    expect(f.response).toBe(
      digestResponse({
        username: 'admin',
        password: 'pw',
        realm: 'DS-K1T341AM',
        method: 'PUT',
        uri: f.uri!,
        nonce: 'n1',
        nc: f.nc!,
        cnonce: f.cnonce!,
        qop: 'auth',
      }),
    )
  })

  it('refuses an unknown algorithm with a coded error, and signs SHA-256 when asked', () => {
    expect(
      () =>
        new DigestNonce(
          digestChallenge(parseChallenges('Digest realm="r", nonce="n", algorithm=SHA-512-256'))!,
          { username: 'u', password: 'p' },
        ),
    ).toThrow(expect.objectContaining({ code: 'AUTH_UNSUPPORTED' }))
    const h = new DigestNonce(
      digestChallenge(
        parseChallenges('Digest realm="r", nonce="n", qop="auth", algorithm=SHA-256'),
      )!,
      { username: 'u', password: 'p' },
    ).authorize('GET', '/a', 'u')
    expect(h).toContain('algorithm=SHA-256')
    expect(/response="([0-9a-f]+)"/.exec(h)![1]).toHaveLength(64)
  })

  it('falls back to RFC 2069 when the challenge has no qop', () => {
    const n = new DigestNonce(digestChallenge(parseChallenges('Digest realm="r", nonce="abc"'))!, {
      username: 'u',
      password: 'p',
    })
    const h = n.authorize('GET', '/a', 'u')
    expect(h).not.toContain('qop=')
    expect(h).toContain(
      `response="${digestResponse({ username: 'u', password: 'p', realm: 'r', method: 'GET', uri: '/a', nonce: 'abc' })}"`,
    )
  })
})

describe('challenge parsing properties', () => {
  it('property: any realm/nonce/opaque, quoted (with escapes) or bare, any order, survive parsing verbatim', async () => {
    const fc = (await import('fast-check')).default
    const quotedValue = fc.string({ maxLength: 24 }).filter((s) => !/[\r\n]/.test(s))
    const bareValue = fc.stringMatching(/^[A-Za-z0-9()._:-]{1,24}$/)
    fc.assert(
      fc.property(
        fc.record({
          realm: fc.oneof(quotedValue, bareValue),
          nonce: fc.oneof(
            quotedValue.filter((s) => s.length > 0),
            bareValue,
          ),
          opaque: fc.option(quotedValue),
        }),
        fc.boolean(),
        fc.boolean(),
        (v, quoteAll, reverse) => {
          const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
          const fmt = (s: string): string =>
            quoteAll || !/^[A-Za-z0-9()._:-]+$/.test(s) ? q(s) : s
          const parts = [
            `realm=${fmt(v.realm)}`,
            `nonce=${fmt(v.nonce)}`,
            'qop="auth"',
            'stale=FALSE',
          ]
          if (v.opaque !== null) parts.push(`opaque=${q(v.opaque)}`)
          if (reverse) parts.reverse()
          const d = digestChallenge(parseChallenges(`Digest ${parts.join(', ')}`))!
          expect(d.realm).toBe(v.realm)
          expect(d.nonce).toBe(v.nonce)
          if (v.opaque !== null) expect(d.opaque).toBe(v.opaque)
          expect(d.qop).toEqual(['auth'])
        },
      ),
      { numRuns: 500 },
    )
  })
})
