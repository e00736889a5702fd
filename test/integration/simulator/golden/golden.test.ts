import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../../src/simulator/index.js'
import type { Fleet } from '../../../../src/simulator/index.js'
import { syntheticFace } from '../../../../src/simulator/media/synth.js'
import { DigestClient } from '../digest-client.js'
import { faceMultipart } from '../multipart-body.js'
import { openStream } from '../stream-reader.js'
import { Transcript } from './transcript.js'

let fleet: Fleet
const A = '/ISAPI/AccessControl'

beforeAll(async () => {
  fleet = await startFleet({
    devices: 2,
    profile: ['face-fp', 'face-lite'],
    timing: { heartbeatMs: 60_000, doorPulseMs: 30 },
  })
})
afterAll(() => fleet.close())

describe('golden transcripts', () => {
  it('enrol a person with card, face and fingerprint', async () => {
    const d = fleet.devices[0]!
    const c = DigestClient.for(d)
    const t = new Transcript(d)
    const step = async (
      m: string,
      p: string,
      body?: object | string | Buffer,
      ct?: string,
    ): Promise<void> => t.add(`${m} ${p}`, await c.request(m, p, body, ct))
    await step('POST', `${A}/UserInfo/Record?format=json`, {
      UserInfo: {
        employeeNo: '1001',
        name: 'Ann Lee',
        userType: 'normal',
        Valid: {
          enable: true,
          beginTime: '2024-01-01T00:00:00',
          endTime: '2030-12-31T23:59:59',
          timeType: 'local',
        },
        doorRight: '1',
        RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
        gender: 'female',
      },
    })
    await step('POST', `${A}/CardInfo/Record?format=json`, {
      CardInfo: { employeeNo: '1001', cardNo: '3308812528', cardType: 'normalCard' },
    })
    const m = faceMultipart(
      { faceLibType: 'blackFD', FDID: '1', FPID: '1001' },
      await syntheticFace(42),
    )
    await step('POST', '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json', m.body, m.contentType)
    await step('POST', `${A}/FingerPrint/SetUp?format=json`, {
      FingerPrintCfg: {
        employeeNo: '1001',
        enableCardReader: [1],
        fingerPrintID: 1,
        fingerType: 'normalFP',
        fingerData: Buffer.alloc(512, 9).toString('base64'),
      },
    })
    await step('POST', `${A}/UserInfo/Search?format=json`, {
      UserInfoSearchCond: { searchID: 'g1', searchResultPosition: 0, maxResults: 30 },
    })
    await step('POST', `${A}/CardInfo/Search?format=json`, {
      CardInfoSearchCond: { searchID: 'g2', searchResultPosition: 0, maxResults: 30 },
    })
    await step('POST', '/ISAPI/Intelligent/FDLib/FDSearch?format=json', {
      searchResultPosition: 0,
      maxResults: 30,
      faceLibType: 'blackFD',
      FDID: '1',
    })
    await step('POST', `${A}/FingerPrintUpload?format=json`, {
      FingerPrintCond: { searchID: 'g3', employeeNo: '1001', cardReaderNo: 1 },
    })
    await step('GET', `${A}/UserInfo/Count?format=json`)
    expect(t.steps).toEqual(t.golden('enrol-person'))
  })

  it('capture a face (poll-style terminal, url then binary)', async () => {
    const d = fleet.devices[1]!
    const c = DigestClient.for(d)
    const t = new Transcript(d)
    const cond = (dt: string): string =>
      `<CaptureFaceDataCond version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><captureInfrared>false</captureInfrared><dataType>${dt}</dataType></CaptureFaceDataCond>`
    t.add(
      'POST /ISAPI/AccessControl/CaptureFaceData (url)',
      await c.post(`${A}/CaptureFaceData`, cond('url'), 'application/xml'),
    )
    await fleet.control.presentFace(1, await syntheticFace(7))
    t.add(
      'POST /ISAPI/AccessControl/CaptureFaceData (url)',
      await c.post(`${A}/CaptureFaceData`, cond('url'), 'application/xml'),
    )
    t.add(
      'GET /ISAPI/AccessControl/CaptureFaceData/Progress',
      await c.get(`${A}/CaptureFaceData/Progress`),
    )
    await fleet.control.presentFace(1, await syntheticFace(8))
    const bin = await c.post(`${A}/CaptureFaceData`, cond('binary'), 'application/xml')
    const head = bin.buf.subarray(
      0,
      bin.buf.indexOf('\r\n\r\n<CaptureFaceData') +
        4 +
        bin.buf
          .subarray(bin.buf.indexOf('\r\n\r\n<CaptureFaceData') + 4)
          .indexOf('\r\n--MIME_boundary'),
    )
    t.add('POST /ISAPI/AccessControl/CaptureFaceData (binary, first part)', {
      status: bin.status,
      headers: bin.headers,
      text: head.toString(),
    })
    expect(t.steps).toEqual(t.golden('capture-face'))
  })

  it('alertStream session: heartbeat, replay, live card event', async () => {
    const d = fleet.devices[1]!
    const c = DigestClient.for(d)
    await fleet.control.reset(1)
    await c.put(`${A}/UserInfo/SetUp?format=json`, {
      UserInfo: { employeeNo: '5', name: 'Bo', userType: 'normal' },
    })
    await c.put(`${A}/CardInfo/SetUp?format=json`, {
      CardInfo: { employeeNo: '5', cardNo: '777', cardType: 'normalCard' },
    })
    await fleet.control.triggerEvent(1, { kind: 'doorForced' })
    const s = await openStream(c, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      await s.waitFor((r) => r.json().length >= 2)
      await fleet.control.triggerEvent(1, { kind: 'card', cardNo: '777' })
      await s.waitFor((r) =>
        r
          .json()
          .some(
            (m) =>
              (m.AccessControllerEvent as { subEventType?: number } | undefined)?.subEventType ===
              22,
          ),
      )
      const t = new Transcript(d)
      t.add('GET /ISAPI/Event/notification/alertStream', {
        status: s.res.statusCode ?? 0,
        headers: s.res.headers,
        text: s.raw.toString(),
      })
      expect(t.steps).toEqual(t.golden('alert-stream'))
    } finally {
      s.close()
    }
  })
})
