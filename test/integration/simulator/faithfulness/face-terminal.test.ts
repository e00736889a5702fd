// Real DS-K1T342MWX (V3.16.1) answers vs the face-lite profile (same family, face, no fingerprint).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet } from '../../../../src/simulator/index.js'
import type { Fleet } from '../../../../src/simulator/index.js'
import { syntheticFace } from '../../../../src/simulator/media/synth.js'
import { DigestClient } from '../digest-client.js'
import { eventually } from '../wait.js'
import { faceMultipart } from '../multipart-body.js'
import { openStream } from '../stream-reader.js'
import { diff, fixture, fixtureText } from './shape.js'

const DIR = 'santanapedro-ha-hikvision-access'
let fleet: Fleet
let c: DigestClient
type Obj = Record<string, unknown>

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-lite', timing: { doorPulseMs: 50 } })
  c = DigestClient.for(fleet.devices[0]!)
  for (const [e, n] of [
    ['101', 'Maria'],
    ['102', 'Joao'],
  ]) {
    await c.post('/ISAPI/AccessControl/UserInfo/Record?format=json', {
      UserInfo: {
        employeeNo: e,
        name: n,
        userType: 'normal',
        Valid: {
          enable: true,
          beginTime: '2025-03-28T00:00:00',
          endTime: '2035-03-28T23:59:59',
          timeType: 'local',
        },
        doorRight: '1',
        RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
        gender: 'male',
      },
    })
    const m = faceMultipart(
      { faceLibType: 'blackFD', FDID: '1', FPID: e },
      await syntheticFace(Number(e)),
    )
    await c.post('/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json', m.body, m.contentType)
  }
  await c.put(
    '/ISAPI/AccessControl/RemoteControl/door/1',
    '<RemoteControlDoor><cmd>open</cmd></RemoteControlDoor>',
    'application/xml',
  )
  await fleet.control.triggerEvent(0, { kind: 'face', employeeNo: '101' })
  await eventually(async () =>
    expect((await fleet.control.state(0)).events.filter((e) => e.minor === 22)).toHaveLength(2),
  )
})
afterAll(() => fleet.close())

describe('faithful to a real face terminal (santanapedro fixtures)', () => {
  it('UserInfo/Search page: same keys, nesting and types per person', async () => {
    const real = fixture<{ UserInfoSearch: Obj & { UserInfo: Obj[] } }>(
      `${DIR}/userinfo_search.json`,
    )
    const r = await c.post('/ISAPI/AccessControl/UserInfo/Search?format=json', {
      UserInfoSearchCond: {
        searchID: 'bb58004e-a217-4d0c-83c5-df7b3926a5db',
        searchResultPosition: 0,
        maxResults: 1,
      },
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('application/json')
    const sim = r.json<{ UserInfoSearch: Obj }>()
    expect(diff(real, sim)).toEqual([])
    expect(Object.keys(sim.UserInfoSearch)).toEqual(Object.keys(real.UserInfoSearch))
    expect(real.UserInfoSearch.responseStatusStrg).toBe('MORE')
    expect(sim.UserInfoSearch.responseStatusStrg).toBe('MORE')
  })

  it('AcsEvent search page: same top-level keys and, per event kind, the same fields', async () => {
    const real = fixture<{ AcsEvent: Obj & { InfoList: Obj[] } }>(`${DIR}/acs_event_search.json`)
    const r = await c.post('/ISAPI/AccessControl/AcsEvent?format=json', {
      AcsEventCond: { searchID: 'x', searchResultPosition: 0, maxResults: 30, major: 5, minor: 0 },
    })
    const sim = r.json<{ AcsEvent: Obj & { InfoList: Obj[] } }>()
    expect(Object.keys(sim.AcsEvent)).toEqual(Object.keys(real.AcsEvent))
    for (const minor of [21, 22, 75]) {
      const re = real.AcsEvent.InfoList.find((e) => e.minor === minor)!
      const se = sim.AcsEvent.InfoList.find((e) => e.minor === minor)
      expect(se, `5/${minor}`).toBeDefined()
      expect(diff(re, se), `5/${minor}`).toEqual([])
      expect(Object.keys(se!)).toEqual(Object.keys(re))
    }
    const face = sim.AcsEvent.InfoList.find((e) => e.minor === 75)!
    expect(String(face.pictureURL)).toMatch(
      /\/LOCALS\/pic\/acsLinkCap\/\d{6}_00\/\d\d_\d{6}_30075_\d+\.jpeg@WEB\d{12}$/,
    )
  })

  it('AcsEvent capabilities: same structure', async () => {
    const real = fixture(`${DIR}/acs_event_capabilities.json`)
    const sim = (await c.get('/ISAPI/AccessControl/AcsEvent/capabilities?format=json')).json()
    expect(diff(real, sim)).toEqual([])
  })

  it('alertStream: part headers, envelope and AccessControllerEvent fields per event kind', async () => {
    const text = fixtureText(`${DIR}/alertStream.sample.txt`)
    const realParts = text
      .split('--MIME_boundary\n')
      .slice(1)
      .flatMap((p) => {
        const [head, body] = [p.slice(0, p.indexOf('\n\n')), p.slice(p.indexOf('\n\n') + 2)]
        try {
          return [{ head: head.split('\n'), json: JSON.parse(body) as Obj }]
        } catch {
          return []
        }
      })
    const s = await openStream(c, 'GET', '/ISAPI/Event/notification/alertStream')
    try {
      await s.waitFor((r) =>
        r.json().some((m) => (m.AccessControllerEvent as Obj | undefined)?.subEventType === 75),
      )
      const sim = s.parts.filter((p) => p.headers['content-type']?.includes('json'))
      expect(Object.keys(sim[0]!.headers)).toEqual(['content-type', 'content-length'])
      expect(sim[0]!.headers['content-type']).toBe(
        realParts[0]!.head[0]!.replace('Content-Type: ', ''),
      )
      const simMsgs = sim.map((p) => JSON.parse(p.body.toString()) as Obj)
      const kinds: [number, number][] = [
        [2, 1024],
        [5, 21],
        [5, 22],
        [5, 75],
        [3, 112],
      ]
      for (const [maj, min] of kinds) {
        const pick = (list: Obj[]): Obj | undefined =>
          list.find(
            (m) =>
              (m.AccessControllerEvent as Obj | undefined)?.majorEventType === maj &&
              (m.AccessControllerEvent as Obj).subEventType === min,
          )
        const re = pick(realParts.map((p) => p.json))!
        const se = pick(simMsgs)
        expect(se, `${maj}/${min}`).toBeDefined()
        expect(diff(re, se), `${maj}/${min}`).toEqual([])
        expect(Object.keys(se!.AccessControllerEvent as Obj), `${maj}/${min} order`).toEqual(
          Object.keys(re.AccessControllerEvent as Obj),
        )
        expect(Object.keys(se!)).toEqual(Object.keys(re))
      }
    } finally {
      s.close()
    }
  })
})
