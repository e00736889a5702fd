import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { boundaryOf, parseMultipart } from '../../../src/simulator/http/multipart.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { DigestClient } from './digest-client.js'
import { eventually } from './wait.js'

let fleet: Fleet
const A = '/ISAPI/AccessControl'
const faceCond = (dataType: string, ir = false): string =>
  `<?xml version="1.0" encoding="UTF-8"?><CaptureFaceDataCond version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><captureInfrared>${ir}</captureInfrared><dataType>${dataType}</dataType></CaptureFaceDataCond>`
const fingerCond =
  '<CaptureFingerPrintCond version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><fingerNo>1</fingerNo></CaptureFingerPrintCond>'

beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'face-lite', 'iris-face'],
    timing: { captureTimeoutMs: 600 },
  })
})
afterAll(() => fleet.close())

describe('capture (block-style terminal)', () => {
  it('card: the GET waits for the presented card', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    const pending = c.get(`${A}/CaptureCardInfo?format=json`)
    await eventually(async () => expect((await fleet.control.state(0)).activeCapture).toBe('card'))
    expect(await fleet.control.presentCard(0, '3308812528')).toEqual({ outcome: 'delivered' })
    expect((await pending).json()).toEqual({
      CardInfo: { cardNo: '3308812528', cardType: 'TypeA_M1', readerID: 1 },
    })
  })

  it('card: nobody comes → captureTimeout (statusCode 3)', async () => {
    const r = await DigestClient.for(fleet.devices[0]!).get(`${A}/CaptureCardInfo?format=json`)
    expect(r.json()).toMatchObject({
      statusCode: 3,
      subStatusCode: 'captureTimeout',
      errorCode: 805330944,
    })
  })

  it('fingerprint: presented before the request is held; quality and template come back', async () => {
    await fleet.control.presentFinger(0, { quality: 87 })
    const r = await DigestClient.for(fleet.devices[0]!).post(
      `${A}/CaptureFingerPrint`,
      fingerCond,
      'application/xml',
    )
    expect(r.text).toMatch(
      /<fingerData>[A-Za-z0-9+/=]{600,}<\/fingerData>\s*<fingerNo>1<\/fingerNo>\s*<fingerPrintQuality>87<\/fingerPrintQuality>/,
    )
  })

  it('fingerprint: poor quality → lowScore; JSON → badXmlContent', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    await fleet.control.presentFinger(0, { quality: 20 })
    expect((await c.post(`${A}/CaptureFingerPrint`, fingerCond, 'application/xml')).text).toContain(
      '<subStatusCode>lowScore</subStatusCode>',
    )
    expect(
      (await c.post(`${A}/CaptureFingerPrint?format=json`, '{}', 'application/json')).text,
    ).toContain('<subStatusCode>badXmlContent</subStatusCode>')
  })

  it('face, binary: multipart/form-data with MIME_boundary, XML part, FaceData and InfraredFaceData', async () => {
    const jpeg = await syntheticFace(5)
    await fleet.control.presentFace(0, jpeg)
    const r = await DigestClient.for(fleet.devices[0]!).post(
      `${A}/CaptureFaceData`,
      faceCond('binary', true),
      'application/xml',
    )
    expect(r.headers.get('content-type')).toBe('multipart/form-data; boundary=MIME_boundary')
    expect(r.headers.get('connection')).toBe('close')
    const parts = parseMultipart(r.buf, boundaryOf(r.headers.get('content-type')!)!)!
    expect(parts.map((p) => p.name)).toEqual([undefined, 'FaceData', 'InfraredFaceData'])
    expect(parts[0]!.body.toString()).toContain('<captureProgress>100</captureProgress>')
    expect(parts[1]!.body.equals(jpeg)).toBe(true)
  })

  it('face, url: faceDataUrl downloadable with digest; a second capture while one waits is deviceBusy', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    const waiting = c.post(`${A}/CaptureFaceData`, faceCond('url'), 'application/xml')
    await eventually(async () => expect((await fleet.control.state(0)).activeCapture).toBe('face'))
    const busy = await c.get(`${A}/CaptureCardInfo?format=json`)
    expect(busy.json()).toMatchObject({ statusCode: 2, subStatusCode: 'deviceBusy' })
    await fleet.control.presentFace(0)
    const r = await waiting
    const url = /<faceDataUrl>([^<]+)<\/faceDataUrl>/.exec(r.text)![1]!
    const pic = await c.get(new URL(url).pathname)
    expect(pic.buf[0]).toBe(0xff)
    expect(pic.buf[1]).toBe(0xd8)
    const prog = await c.get(`${A}/CaptureFaceData/Progress`)
    expect(prog.text).toContain('<captureProgress>100</captureProgress>')
  })

  it('a capture whose client hung up stops waiting: the next capture is not deviceBusy', async () => {
    const c = DigestClient.for(fleet.devices[0]!)
    const ac = new AbortController()
    const gone = c
      .request('GET', `${A}/CaptureCardInfo?format=json`, undefined, undefined, ac.signal)
      .then(
        () => 'answered',
        () => 'aborted',
      )
    await eventually(async () => expect((await fleet.control.state(0)).activeCapture).toBe('card'))
    ac.abort()
    expect(await gone).toBe('aborted')
    // well before the 600 ms capture timeout of this fleet
    await eventually(
      async () => expect((await fleet.control.state(0)).activeCapture).toBeNull(),
      250,
    )
    const next = c.get(`${A}/CaptureCardInfo?format=json`)
    await eventually(async () => expect((await fleet.control.state(0)).activeCapture).toBe('card'))
    await fleet.control.presentCard(0, '1234567')
    expect((await next).json()).toMatchObject({ CardInfo: { cardNo: '1234567' } })
  })

  it('face: GET on CaptureFaceData is methodNotAllowed', async () => {
    expect((await DigestClient.for(fleet.devices[0]!).get(`${A}/CaptureFaceData`)).text).toContain(
      '<subStatusCode>methodNotAllowed</subStatusCode>',
    )
  })
})

describe('capture (poll-style terminal)', () => {
  it('answers captureProgress 0 until the face is presented, then the URL', async () => {
    const c = DigestClient.for(fleet.devices[1]!)
    const r0 = await c.post(`${A}/CaptureFaceData`, faceCond('url'), 'application/xml')
    expect(r0.text).toContain('<captureProgress>0</captureProgress>')
    expect(r0.text).not.toContain('faceDataUrl')
    await fleet.control.presentFace(1)
    const r1 = await c.post(`${A}/CaptureFaceData`, faceCond('url'), 'application/xml')
    expect(r1.text).toContain('<captureProgress>100</captureProgress>')
    expect(r1.text).toContain('<faceDataUrl>')
  })

  it('the person walks away: the polled capture ends with captureTimeout', async () => {
    const c = DigestClient.for(fleet.devices[1]!)
    expect(
      (await c.post(`${A}/CaptureFaceData`, faceCond('url'), 'application/xml')).text,
    ).toContain('<captureProgress>0</captureProgress>')
    await fleet.control.presentNothing(1, 'face')
    const r = await c.post(`${A}/CaptureFaceData`, faceCond('url'), 'application/xml')
    expect(r.text).toContain('<subStatusCode>captureTimeout</subStatusCode>')
  })
})

describe('iris', () => {
  it('capture start → progress 0 → presented → multipart with two iris pictures; record + search', async () => {
    const c = DigestClient.for(fleet.devices[2]!)
    expect(
      (await c.post(`${A}/captureIrisData?format=json`, '{}', 'application/json')).status,
    ).toBe(200)
    expect((await c.get(`${A}/captureIrisData/progress?format=json`)).json()).toEqual({
      IrisCaptureProgress: { captureProgress: 0, isCurRequestOver: false },
    })
    await fleet.control.presentIris(2)
    const done = await c.get(`${A}/captureIrisData/progress?format=json`)
    const parts = parseMultipart(done.buf, 'MIME_boundary')!
    expect(parts.map((p) => p.name)).toEqual(['IrisCaptureProgress', 'irisPic1', 'irisPic2'])
    await c.put(`${A}/UserInfo/SetUp?format=json`, {
      UserInfo: { employeeNo: '7', userType: 'normal' },
    })
    expect(
      (
        await c.post(`${A}/IrisInfo/record?format=json`, {
          IrisInfo: { employeeNo: '7', id: 1, irisData: 'QUJD' },
        })
      ).status,
    ).toBe(200)
    const s = (
      await c.post(`${A}/IrisInfo/search?format=json`, {
        IrisInfoSearchCond: { searchID: 'i', searchResultPosition: 0, maxResults: 30 },
      })
    ).json()
    expect(s).toEqual({
      IrisInfoSearch: {
        searchID: 'i',
        responseStatusStrg: 'OK',
        numOfMatches: 1,
        totalMatches: 1,
        IrisInfo: [{ employeeNo: '7', id: 1, irisData: 'QUJD' }],
      },
    })
    expect((await c.get(`${A}/IrisInfo/count?format=json`)).json()).toEqual({
      IrisInfoCount: { irisNumber: 1 },
    })
  })

  it('auto-capture answers by itself (demo mode)', async () => {
    const f = await startFleet({ autoCapture: { delayMs: 50 } })
    try {
      const r = await DigestClient.for(f.devices[0]!).get(`${A}/CaptureCardInfo?format=json`)
      expect(r.json<{ CardInfo: { cardNo: string } }>().CardInfo.cardNo).toMatch(/^\d{10}$/)
    } finally {
      await f.close()
    }
  })
})
