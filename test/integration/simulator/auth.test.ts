import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient, parseChallenge } from './digest-client.js'
import { eventually } from './wait.js'

let fleet: Fleet

beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'face-lite', 'card-door'],
    lockoutAttempts: 3,
    lockoutSeconds: 2,
  })
})
afterAll(() => fleet.close())

// Face terminals: the challenge and 401 body observed on DS-K1T344 / DS-K1T342MWX (docs/protocol/
// 01-framework.md §6.1, §6.3); the camera form is the MissiaL capture's (controllers-and-cameras).
const TERMINAL_CHALLENGE =
  /^Digest qop="auth", realm="DS-[0-9A-F]{8}", nonce="[^"]+", stale="false", opaque="", domain="::"$/
const CHALLENGE_BODY =
  /^<\?xml version="1.0" encoding="UTF-8"\?>\n<userCheck[^>]*>\n\s*<statusValue>401<\/statusValue>\n\s*<statusString>Unauthorized<\/statusString>\n\s*<isActivated>true<\/isActivated>\n<\/userCheck>\n?$/

describe('digest challenge', () => {
  it('face terminal: the real challenge form, a userCheck with only statusValue / statusString / isActivated', async () => {
    for (const d of [fleet.devices[0]!, fleet.devices[1]!]) {
      const c = DigestClient.for(d)
      const r = await c.raw('GET', '/ISAPI/System/deviceInfo')
      expect(r.status).toBe(401)
      expect(r.headers.get('www-authenticate')).toMatch(TERMINAL_CHALLENGE)
      expect(r.headers.get('content-type')).toBe('application/json')
      expect(r.text).toMatch(CHALLENGE_BODY)
      expect(r.text).not.toContain('retryLoginTime')
    }
    const nonces = await Promise.all(
      [0, 1].map(async () => {
        const r = await DigestClient.for(fleet.devices[0]!).raw('GET', '/ISAPI/System/deviceInfo')
        return parseChallenge(r.headers.get('www-authenticate')!)
      }),
    )
    expect(nonces[0]!.realm).toBe(nonces[1]!.realm)
    expect(nonces[0]!.nonce).not.toBe(nonces[1]!.nonce)
    expect((await fleet.control.failedLogins(fleet.devices[0]!)).addresses).toEqual({})
  })

  it('Basic and malformed Digest headers get the same challenge answer, without lockout fields', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    for (const auth of ['Basic YWRtaW46eA==', 'Digest username="admin"', 'Bearer x']) {
      const r = await c.raw('GET', '/ISAPI/System/deviceInfo', { auth })
      expect(r.status, auth).toBe(401)
      expect(r.headers.get('www-authenticate'), auth).toMatch(TERMINAL_CHALLENGE)
      expect(r.text, auth).toMatch(CHALLENGE_BODY)
    }
  })

  it('V4 nonce form (hex:ms) on the V4 profile', async () => {
    const r = await DigestClient.for(fleet.devices[1]!).raw('GET', '/ISAPI/System/deviceInfo')
    const c = parseChallenge(r.headers.get('www-authenticate')!)
    expect(c.nonce).toMatch(/^[0-9a-f]{32}:\d{13}$/)
    expect(c.qop).toBe('auth')
    expect(c.algorithm).toBeUndefined()
  })

  it('card controller (camera-era web server) answers an unauthenticated probe with the short HTML page', async () => {
    const r = await DigestClient.for(fleet.devices[2]!).raw('GET', '/ISAPI/System/deviceInfo')
    expect(r.status).toBe(401)
    expect(r.headers.get('content-type')).toBe('text/html')
    expect(r.text).toContain('401 -- Unauthorized')
    expect(r.headers.get('www-authenticate')).toMatch(
      /^Digest qop="auth", realm="DS-K2602T", nonce="[0-9a-f]+", stale="FALSE"$/,
    )
  })

  it('the lockout fields come with a failed credentialed attempt only', async () => {
    const d = fleet.devices[1]!
    const r = await DigestClient.for(d, { pass: 'wrong-password' }).get('/ISAPI/System/deviceInfo')
    expect(r.status).toBe(401)
    expect(r.text).toContain('<isIllegalLogin>true</isIllegalLogin>')
    expect(r.text).toContain('<retryLoginTime>2</retryLoginTime>')
    expect(r.text).toContain('<lockStatus>unlock</lockStatus>')
    await fleet.control.unlock(d)
  })

  it('correct credentials pass; userCheck reports OK', async () => {
    const r = await DigestClient.for(fleet.devices[0]!).get('/ISAPI/Security/userCheck')
    expect(r.status).toBe(200)
    expect(r.text).toContain('<statusValue>200</statusValue>')
  })
})

describe('nonce reuse', () => {
  it('a nonce is good for the profile\'s uses (2 on V4.48.40); the next gets a fresh challenge, stale="true"', async () => {
    const c = DigestClient.for(fleet.devices[1]!)
    const first = await c.raw('GET', '/ISAPI/System/deviceInfo')
    const ch = parseChallenge(first.headers.get('www-authenticate')!)
    const statuses: number[] = []
    let last = first
    for (let nc = 1; nc <= 3; nc++) {
      last = await c.raw('GET', '/ISAPI/System/deviceInfo', {
        auth: c.authHeader('GET', '/ISAPI/System/deviceInfo', ch.realm!, ch.nonce!, nc),
      })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([200, 200, 401])
    const fresh = parseChallenge(last.headers.get('www-authenticate')!)
    expect(last.headers.get('www-authenticate')).toContain('stale="true"')
    expect(fresh.nonce).not.toBe(ch.nonce)
    expect(last.text).toContain('<subStatusCode>invalidOperation</subStatusCode>')
    const again = await c.raw('GET', '/ISAPI/System/deviceInfo', {
      auth: c.authHeader('GET', '/ISAPI/System/deviceInfo', fresh.realm!, fresh.nonce!, 1),
    })
    expect(again.status).toBe(200)
    expect((await fleet.control.failedLogins(fleet.devices[1]!)).addresses).toEqual({})
  })

  it('a client reusing nonces with nc++ works on old firmware', async () => {
    const c = DigestClient.for(fleet.devices[0]!, { reuse: true })
    for (let i = 0; i < 5; i++) expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('an unknown nonce is stale: 401 with a fresh challenge and a ResponseStatus body', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    const probe = parseChallenge(
      (await c.raw('GET', '/ISAPI/System/deviceInfo')).headers.get('www-authenticate')!,
    )
    const r = await c.raw('GET', '/ISAPI/System/deviceInfo', {
      auth: c.authHeader('GET', '/ISAPI/System/deviceInfo', probe.realm!, 'deadbeef', 1),
    })
    expect(r.status).toBe(401)
    expect(r.headers.get('www-authenticate')).toContain('stale="true"')
    expect(r.text).toContain('<subStatusCode>invalidOperation</subStatusCode>')
  })
})

describe('lockout', () => {
  it('counts failures, locks with unlockTime, refuses the right password while locked, then recovers', async () => {
    const d = fleet.devices[2]!
    const bad = DigestClient.for(d, { pass: 'wrong-password' })
    const r1 = await bad.get('/ISAPI/System/deviceInfo')
    expect(r1.status).toBe(401)
    expect(r1.text).toContain('<retryLoginTime>2</retryLoginTime>')
    expect(r1.text).toContain('<isIllegalLogin>true</isIllegalLogin>')
    await bad.get('/ISAPI/System/deviceInfo')
    const r3 = await bad.get('/ISAPI/System/deviceInfo')
    expect(r3.text).toContain('<lockStatus>lock</lockStatus>')
    expect(r3.text).toMatch(/<unlockTime>[12]<\/unlockTime>/)
    const good = await DigestClient.for(d).get('/ISAPI/System/deviceInfo')
    expect(good.status).toBe(401)
    expect(good.text).toContain('<lockStatus>lock</lockStatus>')
    const view = await fleet.control.failedLogins(d)
    expect(Object.values(view.addresses)[0]).toMatchObject({ locked: true })
    // the lock runs out on the terminal's clock: wait until it says so, then log in
    await eventually(async () => {
      const after = await fleet.control.failedLogins(d)
      expect(Object.values(after.addresses)[0]?.locked ?? false).toBe(false)
    }, 15_000)
    expect((await DigestClient.for(d).get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('control API can lock and unlock', async () => {
    const d = fleet.devices[0]!
    await fleet.control.lock(d, 60)
    expect((await DigestClient.for(d).get('/ISAPI/System/deviceInfo')).status).toBe(401)
    await fleet.control.unlock(d)
    expect((await DigestClient.for(d).get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })
})

describe('accounts and rights', () => {
  it('an Operator reads and controls but gets 403 lowPrivilege on person writes', async () => {
    const d = fleet.devices[0]!
    const admin = DigestClient.for(d)
    const add = await admin.post(
      '/ISAPI/Security/users',
      `<User version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><userName>op1</userName><password>Oper4tor-pw</password><userLevel>Operator</userLevel><loginPassword>${d.password}</loginPassword></User>`,
      'application/xml',
    )
    expect(add.status).toBe(200)
    const list = await admin.get('/ISAPI/Security/users')
    expect(list.text).toContain('<userName>op1</userName>')
    const op = DigestClient.for(d, { user: 'op1', pass: 'Oper4tor-pw' })
    expect((await op.get('/ISAPI/AccessControl/UserInfo/Count?format=json')).status).toBe(200)
    const w = await op.post('/ISAPI/AccessControl/UserInfo/Record?format=json', {
      UserInfo: { employeeNo: '9', userType: 'normal' },
    })
    expect(w.status).toBe(403)
    expect(w.json()).toMatchObject({
      statusCode: 4,
      subStatusCode: 'lowPrivilege',
      errorCode: 0x40000002,
    })
  })

  it('a weak account password is refused', async () => {
    const d = fleet.devices[0]!
    const r = await DigestClient.for(d).post(
      '/ISAPI/Security/users',
      `<User><userName>weak</userName><password>12345678</password><userLevel>Viewer</userLevel></User>`,
      'application/xml',
    )
    expect(r.status).toBe(400)
    expect(r.text).toContain('<subStatusCode>badParameters</subStatusCode>')
  })
})

describe('activation', () => {
  it('guide 3.2 flow: RSA challenge, AES-128-ECB encrypted password', async () => {
    const { constants, createCipheriv, generateKeyPairSync, privateDecrypt } =
      await import('node:crypto')
    const f = await startFleet({ activated: false, profile: 'face-lite' })
    try {
      const d = f.devices[0]!
      const c = DigestClient.for(d)
      const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
      const n = Buffer.from(publicKey.export({ format: 'jwk' }).n!, 'base64url')
      const ch = await c.raw('POST', '/ISAPI/Security/challenge', {
        body: `<PublicKey><key>${Buffer.from(n.toString('hex')).toString('base64')}</key></PublicKey>`,
        contentType: 'application/xml',
      })
      expect(ch.status).toBe(200)
      const enc = Buffer.from(
        Buffer.from(/<key>([^<]+)<\/key>/.exec(ch.text)![1]!, 'base64').toString(),
        'hex',
      )
      const padded = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, enc)
      const random = padded.subarray(padded.indexOf(0, 2) + 1).toString()
      expect(random).toMatch(/^[0-9a-f]{32}$/)
      const plain = Buffer.from(random.slice(0, 16) + 'Activ8-me!')
      const block = Buffer.concat([plain, Buffer.alloc((16 - (plain.length % 16)) % 16)])
      const aes = createCipheriv('aes-128-ecb', Buffer.from(random, 'hex'), null).setAutoPadding(
        false,
      )
      const cipher = Buffer.concat([aes.update(block), aes.final()])
      const act = await c.raw('PUT', '/ISAPI/System/activate', {
        body: `<ActivateInfo><password>${Buffer.from(cipher.toString('hex')).toString('base64')}</password></ActivateInfo>`,
        contentType: 'application/xml',
      })
      expect(act.status).toBe(200)
      expect((await c.raw('GET', '/SDK/activateStatus')).text).toContain(
        '<Activated>true</Activated>',
      )
      expect(
        (await DigestClient.for(d, { pass: 'Activ8-me!' }).get('/ISAPI/System/deviceInfo')).status,
      ).toBe(200)
      const again = await c.raw('PUT', '/ISAPI/System/activate', {
        body: '<ActivateInfo><password>x</password></ActivateInfo>',
        contentType: 'application/xml',
      })
      expect(again.text).toContain('<subStatusCode>hasActivated</subStatusCode>')
    } finally {
      await f.close()
    }
  })

  it('an unactivated device refuses everything until activated with a strong password', async () => {
    const f = await startFleet({ activated: false })
    try {
      const d = f.devices[0]!
      const c = DigestClient.for(d)
      const st = await c.raw('GET', '/SDK/activateStatus')
      expect(st.text).toContain('<Activated>false</Activated>')
      const r = await c.get('/ISAPI/System/deviceInfo')
      expect(r.text).toContain('<subStatusCode>notActivated</subStatusCode>')
      const weak = await c.raw('PUT', '/ISAPI/System/activate', {
        body: '<ActivateInfo><password>abc</password></ActivateInfo>',
        contentType: 'application/xml',
      })
      expect(weak.status).toBe(400)
      const ok = await c.raw('PUT', '/ISAPI/System/activate', {
        body: '<ActivateInfo><password>N3w-Strong-pw</password></ActivateInfo>',
        contentType: 'application/xml',
      })
      expect(ok.status).toBe(200)
      expect(
        (await DigestClient.for(d, { pass: 'N3w-Strong-pw' }).get('/ISAPI/System/deviceInfo'))
          .status,
      ).toBe(200)
    } finally {
      await f.close()
    }
  })
})
