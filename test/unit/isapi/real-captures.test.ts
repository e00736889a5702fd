import { describe, expect, it } from 'vitest'
import { MultipartReader } from '../../../src/main/isapi/codec/multipart-reader'
import { buildMultipart } from '../../../src/main/isapi/codec/multipart-builder'
import { parseJson } from '../../../src/main/isapi/codec/json'
import { parseXml } from '../../../src/main/isapi/codec/xml'
import { obj, type Obj } from '../../../src/main/isapi/codec/read'
import { parseCapabilities } from '../../../src/main/isapi/endpoints/capabilities'
import { parseEventCapabilities } from '../../../src/main/isapi/endpoints/events'
import { parseFingerprintStatus } from '../../../src/main/isapi/endpoints/fingerprints'
import { parseHttpHost, parseHttpHostPush } from '../../../src/main/isapi/endpoints/http-hosts'
import { decodeNotificationPart } from '../../../src/main/isapi/endpoints/notification-parts'
import { pageHeader } from '../../../src/main/isapi/endpoints/paging'
import {
  parseAcsEvent,
  parseNotification,
  type AlertEvent,
} from '../../../src/main/isapi/models/event'
import { parsePerson, personToWire } from '../../../src/main/isapi/models/person'
import { list } from '../../../src/main/isapi/codec/read'
import { probePayload, real } from './fixtures'

describe('real captures parse into typed values', () => {
  it('UserInfoSearch (DS-K1T342MWX): paging header, persons, validity, rights, faceURL', () => {
    const r = obj(
      obj(parseJson(real('santanapedro-ha-hikvision-access/userinfo_search.json'))).UserInfoSearch,
    )
    expect(pageHeader(r)).toMatchObject({ status: 'MORE', numOfMatches: 5, totalMatches: 7 })
    const persons = list(r.UserInfo).map(parsePerson)
    expect(persons).toHaveLength(5)
    const p = persons[0]!
    expect(p).toMatchObject({
      employeeNo: 'REDACTED_EMP',
      userType: 'normal',
      valid: {
        enable: true,
        beginTime: '2025-03-28T00:00:00',
        endTime: '2035-03-28T23:59:59',
        timeType: 'local',
      },
      rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
      doorRight: '1',
      gender: 'male',
      numOfFace: 1,
    })
    expect(p.faceURL).toMatch(/^https:\/\/DEVICE_HOST\/LOCALS\/pic\/enrlFace\/0\/\d+\.jpg@WEB\d+$/)
    expect(p.extra).toMatchObject({ sortByNamePosition: 0, sortByNameFlag: '#' })
    const wire = personToWire(p)
    expect(wire).not.toHaveProperty('numOfFace')
    expect(wire).not.toHaveProperty('faceURL')
    expect(parsePerson(wire)).toMatchObject({
      employeeNo: p.employeeNo,
      valid: p.valid,
      rightPlans: p.rightPlans,
    })
  })

  it('empty search (DS-KV6124-E1): NO MATCH without a list key', () => {
    const r = obj(
      obj(
        probePayload(
          'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/user_search_00.json',
        ),
      ).UserInfoSearch,
    )
    expect(pageHeader(r)).toMatchObject({ status: 'NO MATCH', numOfMatches: 0, totalMatches: 0 })
    expect(list(r.UserInfo)).toEqual([])
  })

  it('AcsEvent search page: door and access kinds, employeeNoString, FaceRect, pictureURL', () => {
    const r = obj(
      obj(parseJson(real('santanapedro-ha-hikvision-access/acs_event_search.json'))).AcsEvent,
    )
    expect(pageHeader(r)).toMatchObject({ status: 'MORE', numOfMatches: 20, totalMatches: 277 })
    const events = list(r.InfoList).map((x) => parseAcsEvent(x)!)
    expect(events).toHaveLength(20)
    expect(events[0]).toMatchObject({
      kind: 'door',
      major: 5,
      minor: 21,
      serialNo: 19353,
      time: '2026-09-01T17:27:53-04:00',
    })
    const face = events.find((e) => e.minor === 75)!
    expect(face).toMatchObject({
      kind: 'access',
      employeeNo: 'REDACTED_EMP',
      cardType: 1,
      currentVerifyMode: 'cardOrFace',
      mask: 'no',
      faceRect: { height: 0.493, width: 0.279 },
    })
    expect(face.pictureURL).toContain('/LOCALS/pic/acsLinkCap/')
    expect(events.find((e) => e.major === 3)?.kind).toBe('operation')
  })

  it('AcsEvent capabilities: limits and minor lists (mask @opt as array)', () => {
    const caps = parseEventCapabilities(
      parseJson(real('santanapedro-ha-hikvision-access/acs_event_capabilities.json')),
    )
    expect(caps.pageMax).toBe(30)
    expect(caps.positionMax).toBe(150000)
    expect(caps.majors).toEqual([0, 1, 2, 3, 5])
    expect(caps.minors.event).toContain(75)
    expect(caps.picEnable).toBe(true)
  })

  it('AccessControl + UserInfo + CardInfo capabilities (DS-KV6124-E1) → DeviceCapabilities', () => {
    const acs = obj(
      obj(
        probePayload(
          'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/access_capabilities.json',
        ),
      ).AccessControl,
    )
    const userInfo = obj(
      probePayload(
        'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/user_capabilities.json',
      ),
    )
    const cardInfo = obj(
      probePayload(
        'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/card_capabilities.json',
      ),
    )
    const c = parseCapabilities(acs, { userInfo, cardInfo })
    expect(c.persons).toMatchObject({
      supported: true,
      maxRecords: 2000,
      pageMax: 30,
      deleteListMax: 30,
      setUp: true,
      fuzzySearch: true,
      nameMaxBytes: 32,
      passwordMaxLength: 8,
      maxRightPlans: 1,
      planTemplateMax: 255,
    })
    expect(c.cards).toMatchObject({
      supported: true,
      maxRecords: 6000,
      perPerson: 5,
      capture: true,
      cardTypes: ['normalCard'],
    })
    expect(c.faces.supported).toBe(false)
    expect(c.fingerprints.supported).toBe(false)
    expect(c.door.remoteControl).toBe(true)
    expect(c.events.search).toBe(true)
  })

  it('alertStream replay (DS-K1T342MWX, 25 parts without Content-Disposition): typed, all replayed, serials chained', () => {
    const r = new MultipartReader('MIME_boundary')
    const parts = [
      ...r.push(Buffer.from(real('santanapedro-ha-hikvision-access/alertStream.sample.txt'))),
      ...r.end().parts,
    ]
    const skipped: string[] = []
    const events = parts.map((p) => decodeNotificationPart(p, (why) => skipped.push(why)))
    expect(skipped).toEqual([])
    const evs = events
      .map((d) => (d.kind === 'event' ? d.event : undefined))
      .filter((e): e is AlertEvent => e !== undefined)
    expect(evs).toHaveLength(25)
    const acs = evs.filter(
      (e): e is Extract<AlertEvent, { live: boolean }> =>
        e.type !== 'heartbeat' && e.type !== 'other',
    )
    expect(acs).toHaveLength(25)
    expect(acs.every((e) => e.live === false)).toBe(true)
    expect(acs.map((e) => e.event.serialNo)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(acs[0]).toMatchObject({
      type: 'exception',
      event: {
        major: 2,
        minor: 1024,
        time: '2025-06-22T10:26:22-04:00',
        deviceName: 'LEITOR FUNDOS',
      },
      envelope: { eventType: 'AccessControllerEvent', portNo: 443 },
    })
    expect(acs.some((e) => e.type === 'access' && e.event.minor === 75)).toBe(true)
    expect(acs.some((e) => e.type === 'door')).toBe(true)
  })

  it('DS-KV6124-E1 alertStream: videoloss heartbeat, replayed events, live card event with cardNo', () => {
    const hist = list(
      probePayload(
        'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/historical_alert_stream.json',
      ),
    ).map((x) => parseNotification(obj(x))!)
    expect(hist[0]).toMatchObject({ type: 'heartbeat' })
    expect(
      hist.slice(1).every((e) => e.type !== 'heartbeat' && e.type !== 'other' && !e.live),
    ).toBe(true)
    const acc = obj(
      JSON.parse(
        real(
          'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0_station_b/card_acceptance.json',
        ),
      ) as Obj,
    )
    const live = list(obj(acc.capture).live_events).map((x) =>
      parseNotification(obj(obj(x).payload))!,
    )
    const card = live.find((e) => e.type === 'access' && e.event.minor === 1)
    expect(card).toMatchObject({ live: true, event: { major: 5, minor: 1 } })
    expect(card && card.type === 'access' ? card.event.cardNo : undefined).toBeTruthy()
  })

  it('httpHosts lists (hikvision namespace, 3 slots; isapi namespace, 1 slot with Extensions)', () => {
    const three = parseXml(
      real('maciej-or-hikvision_next/Event.notification.httpHosts/ipc_list.xml'),
    )
    const hosts = list(three.body.HttpHostNotification).map(parseHttpHost)
    expect(hosts.map((h) => h.id)).toEqual(['1', '2', '3'])
    expect(hosts[0]).toMatchObject({
      url: '/api/hikvision',
      protocolType: 'HTTP',
      parameterFormatType: 'XML',
      ipAddress: '1.0.0.20',
      portNo: 8123,
      httpAuthenticationMethod: 'none',
      httpBroken: false,
    })
    const one = parseXml(
      real('maciej-or-hikvision_next/Event.notification.httpHosts/nvr_single_item.xml'),
    )
    expect(list(one.body.HttpHostNotification).map(parseHttpHost)[0]).toMatchObject({
      id: '1',
      portNo: 8123,
    })
  })

  it('camera XML pushes (isapi/hikvision/psialliance namespaces) parse as "other" notifications', () => {
    for (const f of [
      'cam1_DS-2CD2T46G2-ISU_io_notification.xml',
      'fielddetection_human.xml',
      'pir.xml',
    ]) {
      const body = Buffer.from(real(`maciej-or-hikvision_next/EventNotificationAlert/${f}`))
      const evs = parseHttpHostPush({ contentType: 'application/xml', body })
      expect(evs).toHaveLength(1)
      expect(evs[0]!.type).toBe('other')
    }
  })

  it('httpHosts push as the reference frames it: JSON part named after the event, then the picture', () => {
    const ev = {
      ipAddress: '192.168.1.64',
      portNo: 80,
      protocol: 'HTTP',
      dateTime: '2024-06-01T08:59:02+08:00',
      activePostCount: 1,
      eventType: 'AccessControllerEvent',
      eventState: 'active',
      eventDescription: 'Access Controller Event',
      AccessControllerEvent: {
        majorEventType: 5,
        subEventType: 75,
        employeeNoString: '1001',
        serialNo: 3506,
        currentEvent: true,
        picturesNumber: 1,
      },
    }
    const jpeg = Buffer.from([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9])
    const m = buildMultipart(
      [
        {
          name: 'AccessControllerEvent',
          contentType: 'application/json',
          body: JSON.stringify(ev, null, '\t'),
        },
        { name: 'Picture', filename: 'Picture.jpg', contentType: 'image/jpeg', body: jpeg },
      ],
      'MIME_boundary',
    )
    const evs = parseHttpHostPush({ contentType: m.contentType, body: m.body })
    expect(evs).toMatchObject([
      { type: 'access', live: true, event: { employeeNo: '1001', serialNo: 3506, minor: 75 } },
    ])
    expect(evs[0]!.type !== 'heartbeat' && evs[0]!.pictures[0]!.equals(jpeg)).toBe(true)
    const hb = parseHttpHostPush({
      contentType: 'application/json',
      body: Buffer.from(
        '{"ipAddress":"1.2.3.4","eventType":"heartBeat","eventState":"active","eventDescription":"heartBeat"}',
      ),
    })
    expect(hb).toMatchObject([{ type: 'heartbeat' }])
    const logged: string[] = []
    expect(
      parseHttpHostPush(
        { contentType: 'application/json', body: Buffer.from('{"ipAddress":') },
        (w) => logged.push(w),
      ),
    ).toEqual([])
    expect(logged).toEqual(['malformed notification part'])
  })

  it('fingerprint verdicts: 200 with cardReaderRecvStatus 5 (DS-K1A8503MF-B) is a failure naming the owner', () => {
    const r = parseFingerprintStatus({
      FingerPrintStatus: { StatusList: [{ id: 1, cardReaderRecvStatus: 5, errorMsg: '692' }] },
    })
    expect(r).toMatchObject({
      ok: false,
      readers: [{ reader: 1, code: 5, errorMsg: '692', meaning: 'fingerprint already exists' }],
    })
    expect(parseFingerprintStatus({ FingerPrintStatus: { totalStatus: 1 } })).toMatchObject({
      ok: true,
      readers: [],
      totalStatus: 1,
    })
  })
})
