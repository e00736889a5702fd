// Real DS-K2702WX controller (idstein), camera/NVR XML (maciej-or) and a camera's 401/Digest
// exchange (MissiaL) vs the card-door and face-fp profiles.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../../src/simulator/index.js'
import type { Fleet } from '../../../../src/simulator/index.js'
import { parseMultipart } from '../../../../src/simulator/http/multipart.js'
import { DigestClient } from '../digest-client.js'
import { diff, fixture, fixtureText, xmlNorm } from './shape.js'

type Obj = Record<string, unknown>
let fleet: Fleet
let door: DigestClient
let face: DigestClient

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['card-door', 'face-fp'] })
  door = DigestClient.for(fleet.devices[0]!)
  face = DigestClient.for(fleet.devices[1]!)
})
afterAll(() => fleet.close())

describe('access controller (idstein fixtures)', () => {
  it('AcsWorkStatus has every real field with the real types', async () => {
    const real = fixture('idstein-hikvision_access/acs_work_status.json')
    const sim = (await door.get('/ISAPI/AccessControl/AcsWorkStatus?format=json')).json()
    expect(diff(real, sim, { subset: true })).toEqual([])
  })

  it('CardReaderCfg: enabled and disabled readers; a missing reader is the real notSupport object', async () => {
    const r1 = (await door.get('/ISAPI/AccessControl/CardReaderCfg/1?format=json')).json()
    expect(
      diff(fixture('idstein-hikvision_access/card_reader_1.json'), r1, { subset: true }),
    ).toEqual([])
    const r2 = (await door.get('/ISAPI/AccessControl/CardReaderCfg/2?format=json')).json<{
      CardReaderCfg: Obj
    }>()
    expect(
      diff(fixture('idstein-hikvision_access/card_reader_disabled.json'), r2, { subset: true }),
    ).toEqual([])
    expect(r2.CardReaderCfg).toMatchObject({
      enable: false,
      cardReaderName: '',
      cardReaderDescription: 'Wiegand\\485Offline',
    })
    const missing = await door.get('/ISAPI/AccessControl/CardReaderCfg/9?format=json')
    expect(missing.json()).toEqual(fixture('idstein-hikvision_access/card_reader_notsupport.json'))
  })
})

describe('XML documents (maciej-or fixtures)', () => {
  it('httpHosts list: the real HttpHostNotification elements', async () => {
    const sim = xmlNorm((await face.get('/ISAPI/Event/notification/httpHosts')).text)
    for (const f of ['ipc_list.xml', 'nvr_single_item.xml']) {
      const real = xmlNorm(
        fixtureText(`maciej-or-hikvision_next/Event.notification.httpHosts/${f}`),
      ) as { HttpHostNotificationList: Obj }
      const items = real.HttpHostNotificationList.HttpHostNotification
      real.HttpHostNotificationList.HttpHostNotification = Array.isArray(items) ? items : [items] // one element collapses to an object
      expect(
        diff(real, sim, {
          subset: true,
          ignore: [
            'HttpHostNotificationList.HttpHostNotification[].@version',
            'HttpHostNotificationList.HttpHostNotification[].Extensions',
          ],
        }),
        f,
      ).toEqual([])
    }
  })

  it('badXmlContent ResponseStatus carries the real elements', async () => {
    const real = xmlNorm(
      fixtureText('maciej-or-hikvision_next/Streaming.channels.x0y.picture/badXmlContent.xml'),
    )
    const r = await face.put('/ISAPI/System/time', '{"Time":{}}', 'application/json')
    expect(r.status).toBe(400)
    const sim = xmlNorm(r.text)
    expect(diff(real, sim, { subset: true, ignore: ['ResponseStatus.@version'] })).toEqual([])
    expect((sim.ResponseStatus as Obj).statusString).toBe('Invalid XML Content')
  })

  it('events pushed to an XML listening host carry the real envelope elements', async () => {
    const got: { body: Buffer }[] = []
    const host = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (d: Buffer) => chunks.push(d))
      req.on('end', () => {
        got.push({ body: Buffer.concat(chunks) })
        res.end()
      })
    }).listen(0, '127.0.0.1')
    await new Promise((r) => host.once('listening', r))
    try {
      const port = (host.address() as AddressInfo).port
      await face.put(
        '/ISAPI/Event/notification/httpHosts/1',
        `<HttpHostNotification><id>1</id><url>/x</url><protocolType>HTTP</protocolType><parameterFormatType>XML</parameterFormatType><addressingFormatType>ipaddress</addressingFormatType><ipAddress>127.0.0.1</ipAddress><portNo>${port}</portNo><httpAuthenticationMethod>none</httpAuthenticationMethod></HttpHostNotification>`,
        'application/xml',
      )
      await fleet.control.triggerEvent(1, { kind: 'tamper' })
      const deadline = Date.now() + 3000
      while (got.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      const part = parseMultipart(got[0]!.body, 'MIME_boundary')![0]!
      expect(part.contentType).toContain('application/xml')
      const sim = xmlNorm(part.body.toString())
      const real = xmlNorm(
        fixtureText(
          'maciej-or-hikvision_next/EventNotificationAlert/cam1_DS-2CD2T46G2-ISU_io_notification.xml',
        ),
      )
      expect(
        diff(real, sim, {
          subset: true,
          ignore: ['EventNotificationAlert.inputIOPortID', 'EventNotificationAlert.channelName'],
        }),
      ).toEqual([])
    } finally {
      await face.del('/ISAPI/Event/notification/httpHosts')
      host.close()
    }
  })
})

describe('401 exchange (MissiaL cassette)', () => {
  it('old-style challenge header form and the byte-identical HTML 401 page', async () => {
    const cassette = fixtureText('MissiaL-hikvision-client/test_auth_firmware_v5_5')
    const r = await door.raw('GET', '/ISAPI/System/deviceInfo', {
      auth: 'Basic YWRtaW46cmVkYWN0ZWQ=',
    })
    expect(r.status).toBe(401)
    expect(r.headers.get('content-type')).toBe('text/html')
    const body = JSON.parse(
      /body: \{string: ("(?:[^"\\]|\\.|\\\n\s*)*")\}/.exec(cassette)![1]!.replace(/\\\n\s*/g, ''),
    ) as string
    expect(r.text).toBe(body)
    expect(r.headers.get('content-length')).toBe('178')
    expect(r.headers.get('server')).toBe(/Server: \[([^\]]+)\]/.exec(cassette)![1])
    expect(r.headers.get('www-authenticate')).toMatch(
      /^Digest qop="auth", realm="[^"]+", nonce="[0-9a-f]+", stale="FALSE"$/,
    )
  })
})
