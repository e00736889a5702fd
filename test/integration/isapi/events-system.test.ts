import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseHttpHostPush, type AlertEvent, type IsapiClient } from '../../../src/main/isapi/index'
import { alertStreamsOpen, client, collect, fleet, rejects, valid, type Fleet } from './helpers'

let f: Fleet
let c: IsapiClient

beforeAll(async () => {
  f = await fleet({ devices: 1, profile: 'face-fp' })
  c = client(f.devices[0]!)
  await c.persons.upsert({
    employeeNo: 'E1',
    name: 'Eve',
    userType: 'normal',
    valid,
    doorRight: '1',
    rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
  })
  await c.cards.upsert({ employeeNo: 'E1', cardNo: '0099' })
})
afterAll(async () => {
  await c?.close()
  await f?.close()
})

describe('system', () => {
  it('deviceInfo, capabilities, accounts, userCheck, activation', async () => {
    const info = await c.system.deviceInfo()
    expect(info.model).toBe(f.devices[0]!.model)
    expect(info.serialNumber).toBe(f.devices[0]!.serialNumber)
    const caps = await c.system.capabilities()
    expect(
      caps.persons.supported &&
        caps.cards.supported &&
        caps.faces.supported &&
        caps.fingerprints.supported,
    ).toBe(true)
    expect(caps.persons.pageMax).toBe(32) // what the face-fp profile states (some terminals accept 32)
    expect((await c.accounts.list()).some((a) => a.userName === f.devices[0]!.username)).toBe(true)
    expect((await c.system.userCheck()).ok).toBe(true)
    expect(await c.system.activationStatus()).toEqual({ activated: true })
    const sys = await c.system.systemCapabilities()
    expect(typeof sys).toBe('object')
  })

  it('time and NTP', async () => {
    const t = await c.system.getTime()
    expect(t.localTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
    await c.system.setTime({
      timeMode: 'manual',
      localTime: '2025-05-01T09:00:00+03:00',
      timeZone: 'CST-3:00:00',
    })
    expect((await c.system.getTime()).timeZone).toBe('CST-3:00:00')
    await c.system.setNtpServer({
      id: '1',
      addressingFormatType: 'hostname',
      hostName: 'pool.ntp.org',
      portNo: 123,
      synchronizeInterval: 60,
    })
    expect(await c.system.getNtpServer('1')).toMatchObject({
      hostName: 'pool.ntp.org',
      portNo: 123,
    })
  })

  it('snapshot picture', async () => {
    const pic = await c.system.snapshot().catch((e: unknown) => e)
    if (pic instanceof Error) expect(pic).toMatchObject({ category: 'notSupported' })
    else expect((pic as { data: Buffer }).data[0]).toBe(0xff)
  })
})

describe('event log', () => {
  it('finds triggered events by filter and counts them', async () => {
    await f.control.triggerEvent(f.devices[0]!, { kind: 'card', cardNo: '0099' })
    await f.control.triggerEvent(f.devices[0]!, { kind: 'face', employeeNo: 'E1', match: true })
    await f.control.triggerEvent(f.devices[0]!, { kind: 'doorForced' })
    const all = await collect(c.events.search({ major: 0, minor: 0 }))
    expect(all.length).toBeGreaterThanOrEqual(3)
    const card = await collect(c.events.search({ major: 5, minor: 1 }))
    expect(card.length).toBeGreaterThanOrEqual(1)
    expect(card[0]).toMatchObject({
      kind: 'access',
      major: 5,
      minor: 1,
      employeeNo: 'E1',
      cardNo: '0099',
    })
    expect(card[0]!.time).toMatch(/[+-]\d\d:\d\d$/)
    expect(await c.events.count({ major: 5, minor: 1 })).toBe(card.length)
    expect(
      (await collect(c.events.search({ employeeNo: 'E1' }))).every((e) => e.employeeNo === 'E1'),
    ).toBe(true)
    const serials = all.map((e) => e.serialNo ?? 0)
    const since = await collect(c.events.search({ beginSerialNo: Math.max(...serials) }))
    expect(since.length).toBeGreaterThanOrEqual(1)
    const caps = await c.events.capabilities()
    expect(caps.pageMax).toBe(30)
    expect(caps.majors).toContain(5)
  })

  it('event storage config', async () => {
    const st = await c.events.getStorage()
    expect(['cycle', 'regular', 'time']).toContain(st.mode)
    await c.events.setStorage({ mode: 'cycle' })
  })
})

describe('alertStream', () => {
  it('yields typed events (replayed then live), pictures, heartbeats', async () => {
    await alertStreamsOpen(f, f.devices[0]!, 0)
    const ac = new AbortController()
    const got: AlertEvent[] = []
    const done = (async () => {
      try {
        for await (const e of c.events.alertStream({ signal: ac.signal })) {
          got.push(e)
          if (got.some((x) => x.type === 'access' && x.live && x.event.cardNo === '0099')) break
        }
      } catch (e) {
        return e
      }
      return undefined
    })()
    await alertStreamsOpen(f, f.devices[0]!, 1)
    await f.control.triggerEvent(f.devices[0]!, { kind: 'card', cardNo: '0099' })
    const err = await done
    ac.abort()
    expect(err).toBeUndefined()
    const replayed = got.filter((x) => x.type !== 'heartbeat' && x.type !== 'other' && !x.live)
    expect(replayed.length).toBeGreaterThanOrEqual(1)
    const live = got.find((x) => x.type === 'access' && x.live)
    expect(live).toMatchObject({ type: 'access', event: { major: 5, cardNo: '0099' } })
  })

  it('a cancelled stream ends with ABORTED and frees the connection', async () => {
    await alertStreamsOpen(f, f.devices[0]!, 0)
    const ac = new AbortController()
    const stream = rejects(collect(c.events.alertStream({ signal: ac.signal })))
    await alertStreamsOpen(f, f.devices[0]!, 1)
    ac.abort()
    const e = await stream
    expect(e).toMatchObject({ code: 'ABORTED' })
    expect((await c.persons.count()).userNumber).toBeGreaterThanOrEqual(1)
  })
})

describe('httpHosts', () => {
  it('points slot 1 at a listening server, receives pushes, parses them, clears the slot', async () => {
    const pushes: AlertEvent[] = []
    const srv = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = []
      req.on('data', (b: Buffer) => chunks.push(b))
      req.on('end', () => {
        pushes.push(
          ...parseHttpHostPush({
            contentType: String(req.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        )
        res.end()
      })
    })
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    const port = (srv.address() as AddressInfo).port
    try {
      const before = await c.httpHosts.list()
      expect(before.length).toBeGreaterThanOrEqual(1)
      await c.httpHosts.set({
        ...before[0]!,
        id: before[0]!.id || '1',
        url: '/hik/events',
        protocolType: 'HTTP',
        parameterFormatType: 'JSON',
        addressingFormatType: 'ipaddress',
        ipAddress: '127.0.0.1',
        portNo: port,
        httpAuthenticationMethod: 'none',
      })
      const slot = await c.httpHosts.get(before[0]!.id || '1')
      expect(slot).toMatchObject({ url: '/hik/events', ipAddress: '127.0.0.1', portNo: port })
      await f.control.triggerEvent(f.devices[0]!, { kind: 'card', cardNo: '0099' })
      for (let i = 0; i < 50 && !pushes.some((p) => p.type === 'access'); i++)
        await new Promise((r) => setTimeout(r, 100))
      expect(pushes.find((p) => p.type === 'access')).toMatchObject({
        event: { major: 5, minor: 1, employeeNo: 'E1', cardNo: '0099' },
      })
      await c.httpHosts
        .test(slot)
        .catch((e: unknown) => expect(e).toMatchObject({ code: 'DEVICE_ERROR' }))
      await c.httpHosts.delete(slot.id)
      expect((await c.httpHosts.get(slot.id)).ipAddress).toBe('0.0.0.0')
    } finally {
      srv.close()
    }
  })
})

describe('door', () => {
  it('remote control and work status', async () => {
    await c.door.control(1, 'open')
    await c.door.control(1, 'alwaysOpen')
    const st = await c.door.workStatus()
    expect(st.doorStatus.length).toBeGreaterThanOrEqual(1)
    await c.door.control(1, 'alwaysClose')
    await c.door.control(1, 'close')
    await c.door
      .control(1, 'resume')
      .catch((e: unknown) => expect(e).toMatchObject({ code: 'DEVICE_ERROR' }))
    expect(await rejects(c.door.control(0, 'open'))).toMatchObject({ code: 'INVALID_ARGUMENT' })
  })
})

describe('the rest of the surface', () => {
  it('paged reads, httpHosts setAll/deleteAll, door capabilities', async () => {
    const cp = await c.cards.searchPage({ searchID: 'cards-1', position: 0 })
    expect(cp.items.some((x) => x.cardNo === '0099')).toBe(true)
    const ep = await c.events.searchPage({ searchID: 'ev-1', position: 0, pageSize: 5 })
    expect(ep.items.length).toBeLessThanOrEqual(5)
    const fp = await c.faces.searchPage({ position: 0 })
    expect(Array.isArray(fp.items)).toBe(true)
    const hosts = await c.httpHosts.list()
    await c.httpHosts.setAll(
      hosts.map((h) => ({ ...h, url: `/slot${h.id}`, ipAddress: '127.0.0.1', portNo: 8080 })),
    )
    expect((await c.httpHosts.list()).every((h) => h.url.startsWith('/slot'))).toBe(true)
    await c.httpHosts.deleteAll()
    expect(
      (await c.httpHosts.list()).every(
        (h) => (h.ipAddress ?? '0.0.0.0') === '0.0.0.0' || h.url === '',
      ),
    ).toBe(true)
    const dc = await c.door.capabilities()
    expect(dc.commands).toContain('open')
  })
})
