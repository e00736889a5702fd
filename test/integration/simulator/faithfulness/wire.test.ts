// Byte-level faithfulness: headers, the digest challenge, 401 bodies, JSON layout, alertStream
// part headers and framing, per firmware dialect (src/simulator/profiles/firmware.ts).
// Real references: the MissiaL camera cassette (headers, Keep-Alive, challenge), the santanapedro
// DS-K1T342MWX files (cJSON layout); facts with no capture in the repository are the ones
// recorded in docs/protocol (01-framework.md §6, 05-events.md §6, 06-errors.md §2).
import { Agent, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../../src/simulator/index.js'
import type { Fleet } from '../../../../src/simulator/index.js'
import { DigestClient, parseChallenge } from '../digest-client.js'
import { openStream } from '../stream-reader.js'
import { cjsonLayout, fixtureText } from './shape.js'

type Obj = Record<string, unknown>
let fleet: Fleet
let face: DigestClient
let camera: DigestClient
const cassette = fixtureText('MissiaL-hikvision-client/test_auth_firmware_v5_5')

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
  face = DigestClient.for(fleet.devices[0]!)
  camera = DigestClient.for(fleet.devices[1]!)
  await face.post('/ISAPI/AccessControl/UserInfo/Record?format=json', {
    UserInfo: { employeeNo: '501', name: 'Wire', userType: 'normal' },
  })
  await face.put('/ISAPI/AccessControl/CardInfo/SetUp?format=json', {
    CardInfo: { employeeNo: '501', cardNo: '5010', cardType: 'normalCard' },
  })
})
afterAll(() => fleet.close())

/** Raw status line and headers of one request on a fresh keep-alive connection. */
function headersOn(
  agent: Agent,
  port: number,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('cJSON layout', () => {
  it('the layout rules reproduce the real DS-K1T342MWX answers byte for byte', () => {
    for (const f of [
      'userinfo_search.json',
      'acs_event_search.json',
      'acs_event_capabilities.json',
    ]) {
      const real = fixtureText(`santanapedro-ha-hikvision-access/${f}`)
      expect(cjsonLayout(JSON.parse(real)), f).toBe(real)
    }
  })

  it('the face terminal prints every JSON answer that way: data, status objects, FDLib, errors', async () => {
    const answers = [
      await face.post('/ISAPI/AccessControl/UserInfo/Search?format=json', {
        UserInfoSearchCond: { searchID: 'w', searchResultPosition: 0, maxResults: 5 },
      }),
      await face.get('/ISAPI/AccessControl/AcsEvent/capabilities?format=json'),
      await face.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
        UserInfo: { employeeNo: '502', userType: 'normal' },
      }),
      await face.get('/ISAPI/Intelligent/FDLib?format=json'),
      await face.post('/ISAPI/AccessControl/UserInfo/Record?format=json', { nope: 1 }),
    ]
    for (const r of answers) {
      expect(r.headers.get('content-type')).toBe('application/json')
      expect(r.text).toBe(cjsonLayout(JSON.parse(r.text)))
    }
    expect(answers[0]!.text).toContain('"UserInfo":\t[{\n')
  })

  it('status objects: requestURL first on the face terminal, none on the controller (idstein)', async () => {
    const r = await face.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
      UserInfo: { employeeNo: '503', userType: 'normal' },
    })
    expect(Object.keys(r.json())).toEqual([
      'requestURL',
      'statusCode',
      'statusString',
      'subStatusCode',
    ])
    expect(r.json().requestURL).toBe('/ISAPI/AccessControl/UserInfo/SetUp?format=json')
    const miss = await camera.get('/ISAPI/AccessControl/CardReaderCfg/9?format=json')
    expect(Object.keys(miss.json())[0]).toBe('statusCode')
  })
})

describe('headers', () => {
  it('face terminal: Server webs, application/json, X-Frame-Options, Keep-Alive', async () => {
    const r = await face.get('/ISAPI/AccessControl/UserInfo/Count?format=json')
    expect(r.headers.get('server')).toBe('webs')
    expect(r.headers.get('content-type')).toBe('application/json')
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(r.headers.get('keep-alive')).toMatch(/^timeout=10, max=\d+$/)
  })

  it("camera dialect: the cassette's Server and Keep-Alive, counting down per connection", async () => {
    const server = /Server: \[([^\]]+)\]/.exec(cassette)![1]!
    const kas = [...cassette.matchAll(/Keep-Alive: \['([^']+)'\]/g)].map((m) => m[1]!)
    expect(kas.slice(0, 2)).toEqual(['timeout=10, max=99', 'timeout=10, max=98'])
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const port = fleet.devices[1]!.port
      const a = await headersOn(agent, port, '/ISAPI/System/status')
      const b = await headersOn(agent, port, '/ISAPI/System/status')
      expect(a.status).toBe(401)
      expect(a.headers.server).toBe(server)
      expect([a.headers['keep-alive'], b.headers['keep-alive']]).toEqual(kas.slice(0, 2))
      expect(a.headers['x-frame-options']).toBeUndefined()
      expect(a.headers.connection).toBe('keep-alive')
    } finally {
      agent.destroy()
    }
    const xmlType = [...cassette.matchAll(/Content-Type: \[([^\]]+)\]/g)].map((m) => m[1])
    expect(xmlType.slice(2)).toEqual(['application/xml', 'application/xml'])
    const info = await camera.get('/ISAPI/System/deviceInfo')
    expect(info.status).toBe(200)
    expect(info.headers.get('content-type')).toBe(xmlType[2])
  })
})

describe('challenge and 401 body', () => {
  it('face terminal: qop, realm DS-<8 hex>, nonce, stale="false", opaque="", domain="::" in that order', async () => {
    const r = await face.raw('GET', '/ISAPI/System/deviceInfo')
    const h = r.headers.get('www-authenticate')!
    expect(h).toMatch(
      /^Digest qop="auth", realm="DS-[0-9A-F]{8}", nonce="[0-9a-f]+", stale="false", opaque="", domain="::"$/,
    )
    expect(Object.keys(parseChallenge(h))).toEqual([
      'qop',
      'realm',
      'nonce',
      'stale',
      'opaque',
      'domain',
    ])
    expect(r.headers.get('content-type')).toBe('application/json')
    expect(r.text).toContain('<userCheck')
    expect(r.text).not.toMatch(/isIllegalLogin|retryLoginTime|lockStatus|unlockTime/)
  })

  it("camera dialect: the cassette's challenge parameters", async () => {
    const real = /WWW-Authenticate: \['([^']+)'\]/.exec(cassette.replace(/\n\s+/g, ' '))![1]!
    const r = await camera.raw('GET', '/ISAPI/System/status')
    const sim = r.headers.get('www-authenticate')!
    expect(Object.keys(parseChallenge(sim))).toEqual(Object.keys(parseChallenge(real)))
    expect(parseChallenge(sim).stale).toBe(parseChallenge(real).stale)
    expect(sim.startsWith('Digest qop="auth", realm="')).toBe(
      real.startsWith('Digest qop="auth", realm="'),
    )
  })
})

describe('alertStream parts (DS-K1T344 dialect)', () => {
  it('access-event parts are named, each part is followed at once by the next delimiter, fields omitted', async () => {
    const s = await openStream(face, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '5010' })
      const ace = (m: Obj): Obj | undefined => m.AccessControllerEvent as Obj | undefined
      await s.waitFor(
        (r) =>
          r.json().some((m) => ace(m)?.currentEvent === true) &&
          r.raw.toString('latin1').endsWith('\r\n--MIME_boundary\r\n'),
      )
      expect(s.raw.toString('latin1').startsWith('--MIME_boundary\r\n')).toBe(true)
      const events = s.parts.filter((p) => p.body.includes('"AccessControllerEvent":'))
      for (const p of events) {
        expect(Object.keys(p.headers)).toEqual([
          'content-disposition',
          'content-type',
          'content-length',
        ])
        expect(p.headers['content-disposition']).toBe('form-data; name="AccessControllerEvent"')
        expect(p.headers['content-type']).toBe('application/json; charset="UTF-8"')
        expect(p.body.toString()).toBe(cjsonLayout(JSON.parse(p.body.toString())))
      }
      const live = s
        .json()
        .find((m) => ace(m)?.currentEvent === true && ace(m)?.subEventType === 1)!
      const fields = Object.keys(ace(live)!)
      for (const absent of [
        'verifyNo',
        'attendanceStatus',
        'statusValue',
        'mask',
        'doorNo',
        'picturesNumber',
        'label',
      ])
        expect(fields, absent).not.toContain(absent)
      expect(ace(live)!.currentVerifyMode).not.toBe('invalid')
      const door = s
        .json()
        .find((m) => ace(m)?.currentEvent === true && ace(m)?.subEventType === 21)
      if (door) expect(Object.keys(ace(door)!)).not.toContain('currentVerifyMode')
      const hb = s.json().find((m) => m.eventType === 'videoloss')!
      expect(hb.macAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
    } finally {
      s.close()
    }
  })
})
