import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { DigestClient } from './digest-client.js'
import { eventually } from './wait.js'
import { faceMultipart } from './multipart-body.js'

let fleet: Fleet
let c: DigestClient

beforeAll(async () => {
  fleet = await startFleet({ timing: { rebootMs: 200 } })
  c = DigestClient.for(fleet.devices[0]!)
})
afterAll(() => fleet.close())

describe('faults', () => {
  it('latency delays answers', async () => {
    await fleet.control.fault(0, { latencyMs: 120 })
    const t = Date.now()
    await c.get('/ISAPI/System/deviceInfo')
    expect(Date.now() - t).toBeGreaterThanOrEqual(230)
    await fleet.control.clearFaults(0)
  })

  it('drop next N connections', async () => {
    await fleet.control.fault(0, { dropConnections: 1 })
    const fresh = new Promise<number>((resolve, reject) => {
      get(`${c.base}/ISAPI/System/deviceInfo`, { agent: false }, (res) =>
        resolve(res.statusCode ?? 0),
      ).on('error', reject)
    })
    await expect(fresh).rejects.toThrow()
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('busy: deviceBusy in the resource format, or a bare 503', async () => {
    await fleet.control.fault(0, { busy: { count: 1 } })
    const r = await c.get('/ISAPI/AccessControl/UserInfo/Count?format=json')
    expect(r.status).toBe(503)
    expect(r.json()).toMatchObject({
      statusCode: 2,
      subStatusCode: 'deviceBusy',
      errorCode: 536870916,
    })
    await fleet.control.fault(0, { busy: { count: 1, mode: '503' } })
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(503)
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('offline refuses connections until cleared', async () => {
    await fleet.control.fault(0, { offline: true })
    await expect(fetch(`${c.base}/ISAPI/System/deviceInfo`)).rejects.toThrow()
    await fleet.control.clearFaults(0)
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('reboot mid-request: the connection dies, the device comes back', async () => {
    await fleet.control.fault(0, { rebootMidRequest: true })
    await expect(c.get('/ISAPI/System/deviceInfo')).rejects.toThrow()
    await eventually(async () => expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200))
  })

  it('corrupt response: framing intact, body garbled', async () => {
    await fleet.control.fault(0, { corrupt: 1 })
    const r = await c.get('/ISAPI/AccessControl/UserInfo/Count?format=json')
    expect(() => JSON.parse(r.text)).toThrow()
    expect(r.json.bind(r)).toThrow()
    expect((await c.get('/ISAPI/AccessControl/UserInfo/Count?format=json')).json()).toEqual({
      UserInfoCount: {
        userNumber: 0,
        bindFaceUserNumber: 0,
        bindFingerprintUserNumber: 0,
        bindCardUserNumber: 0,
      },
    })
  })
})

describe('bad input never crashes and never corrupts state', () => {
  it('assorted garbage', async () => {
    const U = '/ISAPI/AccessControl/UserInfo'
    const cases: [string, string, string | Buffer, string, number][] = [
      ['POST', `${U}/Record?format=json`, '{"UserInfo":', 'application/json', 400],
      ['POST', `${U}/Record?format=json`, '<UserInfo/>', 'application/xml', 400],
      ['POST', `${U}/Record?format=json`, '[]', 'application/json', 400],
      [
        'POST',
        `${U}/Record?format=json`,
        '{"UserInfo":{"employeeNo":5,"userType":"normal"}}',
        'application/json',
        400,
      ],
      [
        'POST',
        `${U}/Record?format=json`,
        '{"UserInfo":{"employeeNo":"1","userType":"normal","Valid":"x"}}',
        'application/json',
        400,
      ],
      [
        'POST',
        `${U}/Search?format=json`,
        '{"UserInfoSearchCond":{"searchID":"1","maxResults":"30"}}',
        'application/json',
        400,
      ],
      ['PUT', '/ISAPI/System/time', '<Time><timeMode>', 'application/xml', 400],
      ['PUT', '/ISAPI/System/time', '{"Time":{}}', 'application/json', 400],
      [
        'POST',
        '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
        Buffer.from([0xff, 0x00, 0x13]),
        'multipart/form-data; boundary=zz',
        400,
      ],
      ['DELETE', `${U}/Record?format=json`, '', 'application/json', 403],
    ]
    for (const [m, p, b, ct, status] of cases) {
      const r = await c.request(m, p, b, ct)
      expect([m, p, r.status]).toEqual([m, p, status])
    }
    const weird = await c.request('PATCH', `${U}/Record?format=json`)
    expect(weird.status).toBe(404)
    expect((await fleet.control.state(0)).counts.persons).toBe(0)
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('oversized bodies: 401 challenge without credentials, then an ISAPI error in the request format (no HTML 413)', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 0x61)
    const U = '/ISAPI/AccessControl/UserInfo/Record?format=json'
    const anon = await c.raw('POST', U, { body: big, contentType: 'application/json' })
    expect(anon.status).toBe(401)
    expect(anon.headers.get('www-authenticate')).toMatch(/^Digest /)
    const r = await c.post(U, big, 'application/json')
    expect(r.status).toBe(400)
    expect(r.headers.get('content-type')).toBe('application/json')
    expect(r.json()).toMatchObject({
      requestURL: U,
      statusCode: 6,
      subStatusCode: 'badParameters',
      errorMsg: 'request body too large',
    })
    const x = await c.put('/ISAPI/System/time', big, 'application/xml')
    expect(x.status).toBe(400)
    expect(x.text).toContain('<subStatusCode>badParameters</subStatusCode>')
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('malformed percent-encoding in a path parameter is answered, not a crash', async () => {
    const r = await c.get('/ISAPI/Security/users/%E0%A4%A')
    expect(r.status).toBe(404)
    expect((await c.get('/ISAPI/System/deviceInfo')).status).toBe(200)
  })

  it('unknown ISAPI URL is 404 notSupport; unknown non-ISAPI path is the HTML 404', async () => {
    const r = await c.get('/ISAPI/Nothing/here')
    expect(r.status).toBe(404)
    expect(r.text).toContain('<subStatusCode>notSupport</subStatusCode>')
    expect((await c.get('/index.asp')).text).toContain('404 -- Not Found')
  })
})

describe('persistence', () => {
  it('--data-dir keeps persons, faces and events across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-'))
    try {
      const f1 = await startFleet({ dataDir: dir, profile: 'face-lite' })
      const c1 = DigestClient.for(f1.devices[0]!)
      await c1.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
        UserInfo: { employeeNo: 'p1', name: 'Kept', userType: 'normal' },
      })
      await c1.put('/ISAPI/AccessControl/CardInfo/SetUp?format=json', {
        CardInfo: { employeeNo: 'p1', cardNo: '42', cardType: 'normalCard' },
      })
      const jpeg = await syntheticFace(11)
      const m = faceMultipart({ faceLibType: 'blackFD', FDID: '1', FPID: 'p1' }, jpeg)
      expect(
        (
          await c1.post(
            '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
            m.body,
            m.contentType,
          )
        ).status,
      ).toBe(200)
      await f1.close()
      const f2 = await startFleet({ dataDir: dir, profile: 'face-lite' })
      try {
        const st = await f2.control.state(0)
        expect(st.serialNumber).toBe(f1.devices[0]!.serialNumber)
        expect(st.persons.map((p) => p.name)).toEqual(['Kept'])
        expect(st.cards.map((x) => x.cardNo)).toEqual(['42'])
        expect(st.events.filter((e) => e.major === 2 && e.minor === 1024)).toHaveLength(2)
        expect(st.faces).toHaveLength(1)
        const pic = await DigestClient.for(f2.devices[0]!).get(
          new URL(st.faces[0]!.faceURL).pathname,
        )
        expect(pic.buf.equals(await syntheticFace(11))).toBe(true)
        const c2 = DigestClient.for(f2.devices[0]!)
        await c2.put('/ISAPI/AccessControl/UserInfo/Delete?format=json', { UserInfoDelCond: {} })
        await f2.close()
        expect(await readdir(join(dir, st.serialNumber, 'pics'))).toEqual([])
      } finally {
        await f2.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('reboot storms', () => {
  it('reboots asked during a reboot fold into one cycle; the device comes back once', async () => {
    const f = await startFleet({ timing: { rebootMs: 150 } })
    try {
      await Promise.all([f.control.reboot(0), f.control.reboot(0), f.control.reboot(0)])
      const c2 = DigestClient.for(f.devices[0]!)
      await eventually(async () =>
        expect((await c2.get('/ISAPI/System/deviceInfo')).status).toBe(200),
      )
      // the device answers again only after its one cycle ended (and logged its start)
      expect((await f.control.state(0)).rebooting).toBe(false)
      const boots = (await f.control.state(0)).events.filter(
        (e) => e.major === 2 && e.minor === 1024,
      )
      expect(boots).toHaveLength(2)
    } finally {
      await f.close()
    }
  })
})
