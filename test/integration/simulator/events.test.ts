import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { parseMultipart } from '../../../src/simulator/http/multipart.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'
import { DigestClient } from './digest-client.js'
import { openStream } from './stream-reader.js'
import { eventually } from './wait.js'

let fleet: Fleet
let c: DigestClient
const A = '/ISAPI/AccessControl'

beforeAll(async () => {
  fleet = await startFleet({
    devices: 2,
    profile: ['face-fp', 'face-lite'],
    timing: { heartbeatMs: 200, hostHeartbeatMs: 300, pushRetryMs: 100 },
  })
  c = DigestClient.for(fleet.devices[0]!)
  await c.put(`${A}/UserInfo/SetUp?format=json`, {
    UserInfo: { employeeNo: '1001', name: 'Ann Lee', userType: 'normal' },
  })
  await c.put(`${A}/CardInfo/SetUp?format=json`, {
    CardInfo: { employeeNo: '1001', cardNo: '3308812528', cardType: 'normalCard' },
  })
  const m = await syntheticFace(3)
  const b = '----x'
  const body = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\n\r\n{"faceLibType":"blackFD","FDID":"1","FPID":"1001"}\r\n--${b}\r\nContent-Disposition: form-data; name="img"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    m,
    Buffer.from(`\r\n--${b}--\r\n`),
  ])
  await c.post(
    '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
    body,
    `multipart/form-data; boundary=${b}`,
  )
})
afterAll(() => fleet.close())

describe('access events', () => {
  it('a known card is 5/1 then the lock opens (5/21); an unknown card is 5/9', async () => {
    const ok = await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '3308812528' })
    expect(ok[0]).toMatchObject({
      major: 5,
      minor: 1,
      cardNo: '3308812528',
      employeeNoString: '1001',
      name: 'Ann Lee',
      userType: 'normal',
    })
    const bad = await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '999' })
    expect(bad[0]).toMatchObject({ major: 5, minor: 9, cardNo: '999' })
    const st = await fleet.control.state(0)
    expect(st.events.map((e) => `${e.major}/${e.minor}`)).toEqual(
      expect.arrayContaining(['5/1', '5/21', '5/9', '3/112', '2/1024']),
    )
  })

  it('face pass is 5/75 with a pictureURL served with digest', async () => {
    const [e] = await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '1001' })
    expect(e).toMatchObject({ major: 5, minor: 75, employeeNoString: '1001', mask: 'no' })
    const u = new URL(e!.pictureURL!)
    expect(u.pathname).toMatch(
      /^\/LOCALS\/pic\/acsLinkCap\/\d{6}_00\/\d{2}_\d{6}_30075_\d+\.jpeg@WEB\d{12}$/,
    )
    expect((await c.raw('GET', u.pathname)).status).toBe(401)
    const pic = await c.get(u.pathname)
    expect(pic.headers.get('content-type')).toBe('image/jpeg')
    expect((await c.get('/LOCALS/pic/acsLinkCap/nope.jpeg')).text).toContain('404')
  })

  it('AcsEvent search: filters, paging, serial order, fields as in the log', async () => {
    await fleet.control.triggerEvent(0, { kind: 'doorOpenTooLong' })
    await fleet.control.triggerEvent(0, { kind: 'tamper' })
    const r = (
      await c.post(`${A}/AcsEvent?format=json`, {
        AcsEventCond: {
          searchID: 'e1',
          searchResultPosition: 0,
          maxResults: 30,
          major: 5,
          minor: 0,
        },
      })
    ).json<{
      AcsEvent: {
        InfoList: { major: number; minor: number; serialNo: number; time: string }[]
        responseStatusStrg: string
      }
    }>()
    expect(r.AcsEvent.responseStatusStrg).toBe('OK')
    expect(r.AcsEvent.InfoList.every((e) => e.major === 5)).toBe(true)
    const serials = r.AcsEvent.InfoList.map((e) => e.serialNo)
    expect(serials).toEqual([...serials].sort((a, b) => a - b))
    expect(r.AcsEvent.InfoList[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$/)
    const card = (
      await c.post(`${A}/AcsEvent?format=json`, {
        AcsEventCond: {
          searchID: 'e2',
          searchResultPosition: 0,
          maxResults: 1,
          major: 5,
          minor: 1,
          timeReverseOrder: true,
        },
      })
    ).json<{ AcsEvent: Record<string, unknown> & { InfoList: Record<string, unknown>[] } }>()
    expect(Object.keys(card.AcsEvent)).toEqual([
      'searchID',
      'totalMatches',
      'responseStatusStrg',
      'numOfMatches',
      'InfoList',
    ])
    expect(Object.keys(card.AcsEvent.InfoList[0]!).slice(0, 3)).toEqual(['major', 'minor', 'time'])
    const tamper = (
      await c.post(`${A}/AcsEventTotalNum?format=json`, {
        AcsEventTotalNumCond: { major: 1, minor: 1028 },
      })
    ).json()
    expect(tamper).toEqual({ AcsEventTotalNum: { totalNum: 1 } })
    const none = (
      await c.post(`${A}/AcsEvent?format=json`, {
        AcsEventCond: {
          searchID: 'e3',
          searchResultPosition: 0,
          maxResults: 30,
          major: 5,
          minor: 0,
          startTime: '2001-01-01T00:00:00+02:00',
          endTime: '2001-01-02T00:00:00+02:00',
        },
      })
    ).json()
    expect(none).toEqual({
      AcsEvent: {
        searchID: 'e3',
        totalMatches: 0,
        responseStatusStrg: 'NO MATCH',
        numOfMatches: 0,
      },
    })
  })

  it('AcsEvent rejects XML bodies (badJsonFormat) and a missing major (MessageParametersLack)', async () => {
    expect(
      (await c.post(`${A}/AcsEvent`, '<AcsEventCond/>', 'application/xml')).json(),
    ).toMatchObject({ subStatusCode: 'badJsonFormat' })
    expect(
      (
        await c.post(`${A}/AcsEvent?format=json`, {
          AcsEventCond: { searchID: 'x', maxResults: 5, minor: 0 },
        })
      ).json(),
    ).toMatchObject({ subStatusCode: 'MessageParametersLack', errorMsg: 'major' })
  })
})

describe('alertStream', () => {
  it('replays stored events with currentEvent false, then live ones, with heartbeats', async () => {
    const s = await openStream(c, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      expect(s.res.headers['content-type']).toBe('multipart/mixed; boundary=MIME_boundary')
      expect(s.res.headers['transfer-encoding']).toBeUndefined()
      const stored = (await fleet.control.state(0)).counts.events
      await s.waitFor(
        (r) => r.json().filter((m) => m.eventType === 'AccessControllerEvent').length >= stored,
      )
      const replay = s.json().filter((m) => m.eventType === 'AccessControllerEvent')
      expect(
        replay.every(
          (m) => (m.AccessControllerEvent as { currentEvent: boolean }).currentEvent === false,
        ),
      ).toBe(true)
      await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '3308812528' })
      await s.waitFor((r) =>
        r
          .json()
          .some(
            (m) =>
              (m.AccessControllerEvent as { currentEvent?: boolean } | undefined)?.currentEvent ===
              true,
          ),
      )
      const live = s
        .json()
        .find(
          (m) =>
            (m.AccessControllerEvent as { currentEvent?: boolean } | undefined)?.currentEvent ===
            true,
        )!
      expect(live).toMatchObject({
        eventType: 'AccessControllerEvent',
        eventState: 'active',
        eventDescription: 'Access Controller Event',
        AccessControllerEvent: { majorEventType: 5, subEventType: 1, cardNo: '3308812528' },
      })
      await s.waitFor((r) => r.json().filter((m) => m.eventType === 'videoloss').length >= 2, 3000)
      const hb = s.json().find((m) => m.eventType === 'videoloss')!
      expect(hb).toMatchObject({ eventState: 'inactive', eventDescription: 'videoloss alarm' })
      expect(s.parts.some((p) => p.headers['content-type'] === 'image/jpeg')).toBe(true)
    } finally {
      s.close()
    }
  })

  it('limits stream slots (face-lite: 2, then HTTP 404 with a ResponseStatus)', async () => {
    const lc = DigestClient.for(fleet.devices[1]!)
    const a = await openStream(lc, 'GET', '/ISAPI/Event/notification/alertStream')
    const b = await openStream(lc, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      const third = await lc.get('/ISAPI/Event/notification/alertStream')
      expect(third.status).toBe(404)
      expect(third.text).toContain('<ResponseStatus')
      const deploy = await lc.get('/ISAPI/AccessControl/DeployInfo')
      expect(deploy.text.match(/<deployType>2<\/deployType>/g)).toHaveLength(2)
    } finally {
      a.close()
      b.close()
    }
    await eventually(async () => expect((await fleet.control.state(1)).alertStreams).toBe(0))
    const again = await openStream(lc, 'GET', '/ISAPI/Event/notification/alertStream')
    expect(again.res.statusCode).toBe(200)
    again.close()
  })
})

describe('httpHosts', () => {
  it('configures a host and the device POSTs events as multipart; retries after the host was down', async () => {
    const got: { ct: string; body: Buffer; url: string }[] = []
    let fail = true
    let refused = 0
    const host = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = []
      req.on('data', (d: Buffer) => chunks.push(d))
      req.on('end', () => {
        if (fail) {
          refused++
          res.writeHead(500).end()
          return
        }
        got.push({
          ct: String(req.headers['content-type']),
          body: Buffer.concat(chunks),
          url: req.url ?? '',
        })
        res.writeHead(200).end()
      })
    }).listen(0, '127.0.0.1')
    await new Promise((r) => host.once('listening', r))
    const port = (host.address() as AddressInfo).port
    try {
      const put = await c.put(
        '/ISAPI/Event/notification/httpHosts/1',
        `<HttpHostNotification version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><id>1</id><url>/hik/events</url><protocolType>HTTP</protocolType><parameterFormatType>JSON</parameterFormatType><addressingFormatType>ipaddress</addressingFormatType><ipAddress>127.0.0.1</ipAddress><portNo>${port}</portNo><httpAuthenticationMethod>none</httpAuthenticationMethod></HttpHostNotification>`,
        'application/xml',
      )
      expect(put.status).toBe(200)
      const list = await c.get('/ISAPI/Event/notification/httpHosts')
      expect(list.text).toContain('<url>/hik/events</url>')
      expect(list.text.match(/<HttpHostNotification>/g)).toHaveLength(2)
      await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '1001' })
      // the host is down for the first delivery; once refused, it comes back
      await eventually(async () => expect(refused).toBeGreaterThan(0), 20_000)
      fail = false
      await eventually(
        async () =>
          expect(
            got.some(
              (g) =>
                g.body.includes('AccessControllerEvent') && g.body.includes('"subEventType":\t75'),
            ),
          ).toBe(true),
        20_000,
      )
      const ev = got.find((g) => g.body.includes('"subEventType":\t75'))!
      expect(ev.url).toBe('/hik/events')
      expect(ev.ct).toBe('multipart/form-data; boundary=MIME_boundary')
      const parts = parseMultipart(ev.body, 'MIME_boundary')!
      expect(parts.map((p) => p.name)).toEqual(['AccessControllerEvent', 'Picture'])
      expect(JSON.parse(parts[0]!.body.toString())).toMatchObject({
        eventType: 'AccessControllerEvent',
        AccessControllerEvent: { currentEvent: true, subEventType: 75 },
      })
      await eventually(
        async () =>
          expect(got.some((g) => g.body.includes('"eventType":\t"heartBeat"'))).toBe(true),
        20_000,
      )
      const test = await c.post('/ISAPI/Event/notification/httpHosts/1/test', '', 'application/xml')
      expect(test.text).toContain('<errorDescription>ok</errorDescription>')
    } finally {
      await c.del('/ISAPI/Event/notification/httpHosts')
      host.close()
    }
  })

  it('JSON variant (?format=json): list and set', async () => {
    const list = await c.put('/ISAPI/Event/notification/httpHosts?format=json', {
      HttpHostNotificationList: [
        {
          HttpHostNotification: {
            id: '2',
            url: '/j',
            protocolType: 'HTTP',
            parameterFormatType: 'JSON',
            addressingFormatType: 'ipaddress',
            ipAddress: '127.0.0.1',
            portNo: 9,
            httpAuthenticationMethod: 'none',
          },
        },
      ],
    })
    expect(list.json()).toEqual({
      requestURL: '/ISAPI/Event/notification/httpHosts?format=json',
      statusCode: 1,
      statusString: 'OK',
      subStatusCode: 'ok',
    })
    const got = (await c.get('/ISAPI/Event/notification/httpHosts?format=json')).json<{
      HttpHostNotificationList: { HttpHostNotification: Record<string, unknown> }[]
    }>()
    expect(got.HttpHostNotificationList[1]!.HttpHostNotification).toMatchObject({
      id: '2',
      url: '/j',
      ipAddress: '127.0.0.1',
      portNo: 9,
    })
    await c.del('/ISAPI/Event/notification/httpHosts')
  })

  it('bad addresses are badXmlContent with the field; capabilities list two slots', async () => {
    const r = await c.put(
      '/ISAPI/Event/notification/httpHosts/1',
      '<HttpHostNotification><id>1</id><ipAddress>999.1.1.1</ipAddress></HttpHostNotification>',
      'application/xml',
    )
    expect(r.status).toBe(400)
    expect(r.text).toContain('<subStatusCode>badXmlContent</subStatusCode>')
    expect(r.text).toContain('<errorMsg>ipAddress</errorMsg>')
    expect((await c.get('/ISAPI/Event/notification/httpHosts/capabilities')).text).toContain(
      '<hostNumber>2</hostNumber>',
    )
  })
})

describe('subscribeEvent', () => {
  it('streams SubscribeEventResponse, then only the subscribed minors', async () => {
    const body = `<SubscribeEvent version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><heartbeat>1</heartbeat><format>json</format><eventMode>list</eventMode><EventList><Event><type>AccessControllerEvent</type><minorAlarm>0x404</minorAlarm><minorException></minorException><minorOperation></minorOperation><minorEvent>0x9</minorEvent></Event></EventList></SubscribeEvent>`
    const s = await openStream(c, 'POST', '/ISAPI/Event/notification/subscribeEvent', body)
    try {
      await s.waitFor((r) => r.parts.length >= 1)
      expect(s.parts[0]!.body.toString()).toMatch(/<SubscribeEventResponse[^>]*>\s*<id>\d+<\/id>/)
      await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '3308812528' })
      await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '424242' })
      await s.waitFor((r) => r.json().some((m) => m.eventType === 'AccessControllerEvent'))
      const evs = s.json().filter((m) => m.eventType === 'AccessControllerEvent')
      expect(
        evs.map((m) => (m.AccessControllerEvent as { subEventType: number }).subEventType),
      ).toEqual([9])
      await s.waitFor((r) => r.json().some((m) => m.eventType === 'heartBeat'), 3000)
      expect((await c.put('/ISAPI/Event/notification/unSubscribeEvent')).status).toBe(200)
      await s.waitFor((r) => r.ended, 2000)
    } finally {
      s.close()
    }
  })
})

describe('temperature-screening terminal events', () => {
  it('face events carry currTemperature, thermometryUnit and isAbnomalTemperature (sic)', async () => {
    const f = await startFleet({ profile: 'iris-face', timing: { doorPulseMs: 20 } })
    try {
      const ic = DigestClient.for(f.devices[0]!)
      await ic.put(`${A}/UserInfo/SetUp?format=json`, {
        UserInfo: { employeeNo: '9', userType: 'normal' },
      })
      const m = await syntheticFace(9)
      const b = '----y'
      const body = Buffer.concat([
        Buffer.from(
          `--${b}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\n\r\n{"faceLibType":"blackFD","FDID":"1","FPID":"9"}\r\n--${b}\r\nContent-Disposition: form-data; name="img"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        m,
        Buffer.from(`\r\n--${b}--\r\n`),
      ])
      await ic.post(
        '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
        body,
        `multipart/form-data; boundary=${b}`,
      )
      const [e] = await f.control.triggerEvent(0, { kind: 'face', employeeNo: '9' })
      expect(e).toMatchObject({
        minor: 75,
        thermometryUnit: 'celsius',
        isAbnomalTemperature: false,
      })
      expect(typeof e!.currTemperature).toBe('number')
    } finally {
      await f.close()
    }
  })
})
