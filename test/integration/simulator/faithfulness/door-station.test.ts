// Real DS-KV6124-E1 (V3.9.0) probe records (REAL-NORM: XML as dicts, many values REDACTED).
// A different model: keys both sides have must agree in shape; answers whose shape is
// model-independent (counts, empty searches, status objects, heartbeats) must match exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../../src/simulator/index.js'
import type { Fleet } from '../../../../src/simulator/index.js'
import { DigestClient } from '../digest-client.js'
import { openStream } from '../stream-reader.js'
import { diff, diffCommon, fixture, xmlNorm } from './shape.js'

const A = 'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0'
const B = 'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0_station_b'
const TOP = 'jonioliel-home-assistant-hikvision-intercom'
type Obj = Record<string, unknown>
interface Probe {
  path: string
  http_status: number
  headers: { 'content-type': string }
  payload: Obj
}

let fleet: Fleet
let c: DigestClient

beforeAll(async () => {
  // The DS-KV6124-E1's own firmware dialect: status objects without requestURL, heartbeats without
  // macAddress, events without filler fields (profiles/firmware.ts).
  fleet = await startFleet({
    profile: 'face-fp',
    firmware: 'door-station',
    timing: { doorPulseMs: 50, heartbeatMs: 100 },
  })
  c = DigestClient.for(fleet.devices[0]!)
})
afterAll(() => fleet.close())

async function simFor(p: Probe): Promise<{ status: number; ct: string; body: Obj }> {
  const r = await c.get(p.path)
  const ct = r.headers.get('content-type') ?? ''
  return { status: r.status, ct, body: ct.includes('json') ? r.json() : xmlNorm(r.text) }
}

describe('faithful to a real door station (jonioliel probe records)', () => {
  it('empty searches and counts match exactly', async () => {
    for (const name of ['user_search_00', 'card_search_00']) {
      const real = fixture<Probe>(`${A}/${name}.json`)
      const root = name.startsWith('user') ? 'UserInfoSearchCond' : 'CardInfoSearchCond'
      const r = await c.post(real.path, {
        [root]: { searchID: 's', searchResultPosition: 0, maxResults: 30 },
      })
      expect(r.status).toBe(real.http_status)
      expect(diff(real.payload, r.json()), name).toEqual([])
    }
    const cc = fixture<Probe>(`${A}/card_count.json`)
    expect(diff(cc.payload, (await simFor(cc)).body)).toEqual([])
    const uc = fixture<Probe>(`${A}/user_count.json`)
    expect(diff(uc.payload, (await simFor(uc)).body, { subset: true })).toEqual([])
  })

  it('deviceInfo: every element the real device sends, as XML in the isapi.org namespace', async () => {
    const real = fixture<Probe>(`${A}/device_info.json`)
    const r = await c.get(real.path)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain(real.headers['content-type'])
    expect(r.text).toContain('xmlns="http://www.isapi.org/ver20/XMLSchema"')
    expect(diff(real.payload, xmlNorm(r.text), { subset: true })).toEqual([])
  })

  it('capability documents: shared nodes have the real shape', async () => {
    for (const name of [
      'access_capabilities',
      'user_capabilities',
      'card_capabilities',
      'remote_capabilities',
      'access_event_capabilities',
      'system_capabilities',
    ]) {
      const real = fixture<Probe>(`${A}/${name}.json`)
      const sim = await simFor(real)
      expect(sim.status, name).toBe(200)
      expect(sim.ct, name).toContain(real.headers['content-type'])
      const root = Object.keys(real.payload)[0]!
      expect(Object.keys(sim.body), name).toEqual([root])
      expect(diffCommon(real.payload, sim.body), name).toEqual([])
    }
  })

  it('core capability nodes exist where the real device has them', async () => {
    const uc = fixture<Probe>(`${A}/user_capabilities.json`)
    const sim = (await simFor(uc)).body as { UserInfo: Obj }
    for (const k of [
      'supportFunction',
      'UserInfoSearchCond',
      'UserInfoDelCond',
      'employeeNo',
      'name',
      'userType',
      'Valid',
      'password',
      'RightPlan',
      'roomNumber',
      'floorNumber',
      'maxRecordNum',
      'checkUser',
      'localUIRight',
    ])
      expect(sim.UserInfo, k).toHaveProperty(k)
    const rc = fixture<Probe>(`${A}/remote_capabilities.json`)
    expect(diff(rc.payload, (await simFor(rc)).body, { subset: true })).toEqual([])
  })

  it('schedule capabilities: the same documents', async () => {
    const obs = fixture<{ observations: { root: string; item: string; payload?: Obj }[] }>(
      `${TOP}/schedule_capabilities_readonly.json`,
    ).observations
    for (const o of obs.filter((x) => x.payload)) {
      const r = await c.get(`/ISAPI/AccessControl/${o.root}/capabilities?format=json`)
      expect(diff(o.payload, r.json()), o.root).toEqual([])
    }
    const rp = fixture<Probe>(`${B}/right_plan_capabilities.json`)
    expect(diff(rp.payload, (await simFor(rp)).body)).toEqual([])
    const es = fixture<Probe>(`${B}/event_search_capabilities.json`)
    expect(diffCommon(es.payload, (await simFor(es)).body)).toEqual([])
  })

  it('time and card capture capabilities', async () => {
    const clock = fixture<Obj>(`${TOP}/device_clock_readonly.json`)
    const t = xmlNorm((await c.get('/ISAPI/System/time')).text)
    expect(diff(clock, t, { ignore: ['Time.@version'] })).toEqual([])
    const cap = fixture<{ capture_capabilities: Obj }>(`${TOP}/capture_capabilities_readonly.json`)
    const sim = (
      await c.get('/ISAPI/AccessControl/CaptureCardInfo/capabilities?format=json')
    ).json<{ CardInfoCap: Obj }>()
    expect(diff(cap.capture_capabilities, sim.CardInfoCap, { subset: true })).toEqual([])
  })

  it('snapshot and streaming channel', async () => {
    const snap = fixture<Probe>(`${A}/snapshot.json`)
    const r = await c.get(snap.path)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe(snap.headers['content-type'])
    expect(r.buf.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    const ch = fixture<Probe>(`${A}/stream_channel_101.json`)
    expect(
      diff(ch.payload, (await simFor(ch)).body, {
        subset: true,
        ignore: ['StreamingChannel.@version'],
      }),
    ).toEqual([])
  })

  it('door open: 401 then 200 with a version 1.0 ResponseStatus', async () => {
    const real = fixture<Probe & { http_exchange: { status: number }[] }>(`${B}/relay_open.json`)
    const first = await c.raw('PUT', real.path, {
      body: '<RemoteControlDoor><cmd>open</cmd></RemoteControlDoor>',
      contentType: 'application/xml',
    })
    expect(first.status).toBe(real.http_exchange[0]!.status)
    const r = await c.put(
      real.path,
      '<RemoteControlDoor version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><cmd>open</cmd></RemoteControlDoor>',
      'application/xml',
    )
    expect(r.status).toBe(real.http_status)
    expect(r.headers.get('content-type')).toContain(real.headers['content-type'])
    expect(diff(real.payload, xmlNorm(r.text))).toEqual([])
  })

  it('PIN user create: the real request body is accepted and read back with the real keys', async () => {
    const real = fixture<{ request_body: Obj; requests: { path: string; payload: Obj }[] }>(
      `${B}/pin_create.json`,
    )
    const body = JSON.parse(JSON.stringify(real.request_body).replaceAll('"REDACTED"', 'null')) as {
      UserInfo: Obj
    }
    Object.assign(body.UserInfo, {
      employeeNo: '7001',
      name: 'PIN user',
      localUIRight: false,
      Valid: {
        enable: false,
        beginTime: '2026-01-01T00:00:00',
        endTime: '2027-01-01T00:00:00',
        timeType: 'local',
      },
    })
    delete body.UserInfo.localPassword
    const rec = await c.post('/ISAPI/AccessControl/UserInfo/Record?format=json', body)
    expect(diff(real.requests[2]!.payload, rec.json())).toEqual([])
    const search = await c.post('/ISAPI/AccessControl/UserInfo/Search?format=json', {
      UserInfoSearchCond: { searchID: '1', searchResultPosition: 0, maxResults: 30 },
    })
    expect(diff(real.requests[1]!.payload, search.json(), { subset: true })).toEqual([])
  })

  it('alertStream: heartbeat exactly; replayed and live events carry the real keys', async () => {
    const hb = fixture<Probe & { payload: Obj[] }>(`${A}/alert_stream.json`)
    const hist = fixture<Probe & { payload: Obj[] }>(`${A}/historical_alert_stream.json`)
    const live = fixture<{ capture: { live_events: { payload: Obj }[] } }>(
      `${B}/card_acceptance.json`,
    )
    await c.put('/ISAPI/AccessControl/CardInfo/SetUp?format=json', {
      CardInfo: { employeeNo: '7001', cardNo: '123456', cardType: 'normalCard' },
    })
    await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '123456' })
    const s = await openStream(c, 'GET', hb.path)
    try {
      expect(s.res.headers['content-type']).toContain(hb.headers['content-type'])
      const ace = (m: Obj): Obj | undefined => m.AccessControllerEvent as Obj | undefined
      await s.waitFor(
        (r) =>
          r.json().filter((m) => m.eventType === 'videoloss').length >= 2 &&
          r.json().some((m) => ace(m)?.subEventType === 22),
      )
      const msgs = s.json()
      expect(
        diff(
          hb.payload[0],
          msgs.find((m) => m.eventType === 'videoloss'),
        ),
      ).toEqual([])
      const replayed = msgs.filter((m) => m.eventType === 'AccessControllerEvent')
      for (const real of hist.payload.filter((m) => m.eventType === 'AccessControllerEvent'))
        expect(diff(real, replayed[0], { subset: true })).toEqual([])
      for (const { payload } of live.capture.live_events) {
        const minor = ace(payload)!.subEventType as number
        if (![1, 21, 22].includes(minor)) continue
        const mine = replayed.find((m) => ace(m)!.subEventType === minor)
        expect(diff(payload, mine, { subset: true }), `5/${minor}`).toEqual([])
      }
    } finally {
      s.close()
    }
  })

  it('keypad PIN: a wrong PIN is 5/150, the right one 5/181 and the lock opens', async () => {
    const real = fixture<{ capture: { live_events: { payload: Obj }[] } }>(
      `${B}/pin_change_rejection.json`,
    )
    await c.put('/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
      UserInfo: { employeeNo: '8001', userType: 'normal', password: '4711' },
    })
    const s = await openStream(c, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      await fleet.control.triggerEvent(0, { kind: 'pin', employeeNo: '8001', pin: '0000' })
      await fleet.control.triggerEvent(0, { kind: 'pin', employeeNo: '8001', pin: '4711' })
      const live = (r: typeof s, minor: number): Obj | undefined =>
        r
          .json()
          .find(
            (m) =>
              (m.AccessControllerEvent as Obj | undefined)?.subEventType === minor &&
              (m.AccessControllerEvent as Obj).currentEvent === true,
          )
      await s.waitFor((r) => live(r, 181) !== undefined && live(r, 21) !== undefined)
      const realFail = real.capture.live_events.find(
        (e) => (e.payload.AccessControllerEvent as Obj).subEventType === 150,
      )!.payload
      expect(diff(realFail, live(s, 150), { subset: true })).toEqual([])
    } finally {
      s.close()
    }
  })

  it('auth: every first request is 401 with a Digest challenge, then 200 with Digest', async () => {
    const obs = fixture<
      { path: string; status: number; authorization_sent: boolean; digest_challenge: boolean }[]
    >(`${A}/auth_reuse_observation.json`)
    for (const o of obs.filter((x) => !x.authorization_sent)) {
      const r = await c.raw('GET', o.path)
      expect(r.status).toBe(o.status)
      expect(r.headers.get('www-authenticate')?.startsWith('Digest ')).toBe(o.digest_challenge)
    }
  })
})
