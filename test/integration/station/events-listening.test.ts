import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connect, type HttpHost, type IsapiClient } from '../../../src/main/isapi'
import { startFleet, type Fleet, type SimDeviceRecord } from '../../../src/simulator'
import type { ListeningStatus } from '../../../src/shared/model'
import { eventsHarness, waitUntil, type Harness } from './events-harness'

let fleet: Fleet
let h: Harness | undefined
const occupied: AbortController[] = []
beforeAll(async () => {
  fleet = await startFleet({
    devices: 5,
    profile: ['face-lite', 'card-door', 'card-door', 'card-door', 'card-door'],
    timing: { heartbeatMs: 200, hostHeartbeatMs: 60_000, pushRetryMs: 100 },
  })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  for (const a of occupied.splice(0)) a.abort()
  await h?.close()
  h = undefined
})

const clientOf = (d: SimDeviceRecord): IsapiClient =>
  connect({
    host: d.host,
    port: d.port,
    protocol: 'http',
    username: d.username,
    password: d.password,
  })

/** Takes every alertStream slot of a terminal, so its events can only come by the listening host. */
async function occupyArming(d: SimDeviceRecord, slots: number): Promise<void> {
  for (let i = 0; i < slots; i++) {
    const abort = new AbortController()
    occupied.push(abort)
    const it = clientOf(d).events.alertStream({ signal: abort.signal })[Symbol.asyncIterator]()
    await it.next() // the first heartbeat: the slot is ours
    void (async () => {
      try {
        while (!(await it.next()).done);
      } catch {
        // aborted at the end of the test
      }
    })()
  }
}

const otherPlatform = (id: string, ip: string): HttpHost => ({
  id,
  url: '/platform/hook',
  protocolType: 'HTTP',
  parameterFormatType: 'XML',
  addressingFormatType: 'ipaddress',
  ipAddress: ip,
  portNo: 7200,
  httpAuthenticationMethod: 'none',
})

function post(
  port: number,
  path: string,
  body: Buffer,
  o: { localAddress?: string; chunked?: boolean } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        ...(o.localAddress ? { localAddress: o.localAddress } : {}),
        headers: {
          'Content-Type': 'application/json',
          ...(o.chunked ? {} : { 'Content-Length': body.length }),
        },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve(-1) : reject(e),
    )
    if (o.chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024))
      req.end()
    } else req.end(body)
  })
}

const pushBody = (serialNo: number) =>
  Buffer.from(
    JSON.stringify({
      ipAddress: '127.0.0.1',
      dateTime: new Date().toISOString(),
      activePostCount: 1,
      eventType: 'AccessControllerEvent',
      eventState: 'active',
      eventDescription: 'Access Controller Event',
      AccessControllerEvent: {
        majorEventType: 5,
        subEventType: 9,
        serialNo,
        currentEvent: true,
        cardNo: '1',
      },
    }),
  )

describe('listening host', () => {
  it('sets up a free slot, receives the terminal’s pushes and stores them once', async () => {
    h = eventsHarness({ options: { logTimeoutMs: 500 } })
    await occupyArming(fleet.devices[0]!, 2)
    const device = await h.add(fleet.devices[0]!)
    const status = await h.call<ListeningStatus>('listening.setup', { deviceId: device.id })
    expect(status.running).toBe(true)
    expect(status.address).toBe('127.0.0.1')
    expect(status.port).toBeGreaterThan(0)
    expect(status.devices).toEqual([
      { deviceId: device.id, slot: '1', state: 'configured', reason: null },
    ])
    const hosts = await clientOf(fleet.devices[0]!).httpHosts.list()
    expect(hosts[0]).toMatchObject({ ipAddress: '127.0.0.1', portNo: status.port })
    // the path carries a secret token: only this station and the terminal know it
    expect(hosts[0]!.url).toMatch(new RegExp(`^/es/events/${device.id}/[0-9a-f]{32}$`))
    expect(h.ctx.store.events.slots()[0]!.url).toBe(hosts[0]!.url)

    const [sim] = await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '55501' })
    const pushed = await waitUntil(
      () => h!.pushed.find((e) => e.serialNo === sim!.serialNo),
      'the pushed event',
    )
    expect(pushed).toMatchObject({
      deviceId: device.id,
      major: 5,
      minor: 9,
      cardNo: '55501',
      granted: false,
    })
    const row = h.ctx.store.db
      .prepare('SELECT source FROM events WHERE device_id = ? AND serial_no = ?')
      .get(device.id, sim!.serialNo) as { source: string }
    expect(row.source).toBe('listening')
    // the arming slots are all taken: the event stream says so, listening carries the events
    const streams = await h.call<{ mode: string; connected: boolean }[]>('events.status')
    expect(streams[0]).toMatchObject({ mode: 'listening', connected: true })
    // a second set-up reuses the same slot and changes nothing else
    const again = await h.call<ListeningStatus>('listening.setup', { deviceId: device.id })
    expect(again.devices[0]).toMatchObject({ slot: '1', state: 'configured' })
    expect((await clientOf(fleet.devices[0]!).httpHosts.list())[1]).toMatchObject({
      ipAddress: '0.0.0.0',
    })
    expect(h.pushed.filter((e) => e.serialNo === sim!.serialNo)).toHaveLength(1)
  })

  it("never overwrites another platform's slot", async () => {
    h = eventsHarness()
    const one = clientOf(fleet.devices[1]!)
    await one.httpHosts.set(otherPlatform('1', '10.9.8.7'))
    const two = clientOf(fleet.devices[2]!)
    await two.httpHosts.set(otherPlatform('1', '10.9.8.7'))
    await two.httpHosts.set(otherPlatform('2', '10.9.8.6'))
    const a = await h.add(fleet.devices[1]!, 'Gate A')
    const b = await h.add(fleet.devices[2]!, 'Gate B')

    const status = await h.call<ListeningStatus>('listening.setup', { deviceId: a.id })
    expect(status.devices.find((d) => d.deviceId === a.id)).toMatchObject({
      slot: '2',
      state: 'configured',
    })
    const afterA = await one.httpHosts.list()
    expect(afterA[0]).toMatchObject({ ipAddress: '10.9.8.7', url: '/platform/hook', portNo: 7200 })
    expect(afterA[1]).toMatchObject({ ipAddress: '127.0.0.1' })
    expect(afterA[1]!.url.startsWith(`/es/events/${a.id}/`)).toBe(true)

    const full = await h.call<ListeningStatus>('listening.setup', { deviceId: b.id })
    const stateB = full.devices.find((d) => d.deviceId === b.id)
    expect(stateB).toMatchObject({ slot: null, state: 'noFreeSlot' })
    expect(stateB?.reason).toContain('10.9.8.6')
    const afterB = await two.httpHosts.list()
    expect(afterB.map((x) => x.ipAddress)).toEqual(['10.9.8.7', '10.9.8.6'])
  })

  it('refuses pushes from unknown addresses or without the secret path, oversized bodies and anything but POST', async () => {
    h = eventsHarness({ options: { maxBodyBytes: 64 * 1024 } })
    const device = await h.add(fleet.devices[4]!)
    const { port } = await h.call<ListeningStatus>('listening.setup', { deviceId: device.id })
    const path = h.ctx.store.events.slots()[0]!.url

    expect(await post(port, path, pushBody(900_001), { localAddress: '127.0.0.2' })).toBe(403)
    expect(await post(port, '/es/events/not-a-device', pushBody(900_002))).toBe(403)
    expect(await post(port, `/es/events/${device.id}`, pushBody(900_004))).toBe(403)
    expect(await post(port, `${path.slice(0, -4)}0000`, pushBody(900_005))).toBe(403)
    const big = Buffer.alloc(200 * 1024, 0x20)
    expect(await post(port, path, big)).toBe(413)
    expect([413, -1]).toContain(await post(port, path, big, { chunked: true }))
    const get = await new Promise<number>((resolve) =>
      request({ host: '127.0.0.1', port, path }, (res) => resolve(res.statusCode ?? 0)).end(),
    )
    expect(get).toBe(405)
    // garbage from a known terminal is skipped, and the terminal still gets its 200
    expect(await post(port, path, Buffer.from('{"eventType": '))).toBe(200)
    // a well-formed push from the terminal's address is stored
    expect(await post(port, path, pushBody(900_003))).toBe(200)
    const stored = h.ctx.store.db
      .prepare('SELECT serial_no AS s FROM events WHERE device_id = ? ORDER BY serial_no')
      .all(device.id) as { s: number }[]
    expect(stored.map((r) => r.s)).toContain(900_003)
    expect(stored.map((r) => r.s)).not.toContain(900_001)
    expect(stored.map((r) => r.s)).not.toContain(900_002)
    expect(stored.map((r) => r.s)).not.toContain(900_004)
    expect(stored.map((r) => r.s)).not.toContain(900_005)
  })
})

describe('arming slots all taken', () => {
  it('polls the event log while the terminal refuses the stream, then arms when a slot frees', async () => {
    h = eventsHarness()
    await occupyArming(fleet.devices[0]!, 2)
    const device = await h.add(fleet.devices[0]!)
    const refused = await waitUntil(async () => {
      const [s] = await h!.call<{ connected: boolean; reason: string | null }[]>('events.status')
      return s?.reason?.includes('arming slots') ? s : undefined
    }, 'the refusal to show')
    expect(refused.connected).toBe(false)
    const [sim] = await fleet.control.triggerEvent(0, { kind: 'doorForced' })
    await waitUntil(() => h!.pushed.find((e) => e.serialNo === sim!.serialNo), 'the polled event')
    const row = h.ctx.store.db
      .prepare('SELECT source FROM events WHERE device_id = ? AND serial_no = ?')
      .get(device.id, sim!.serialNo) as { source: string }
    expect(row.source).toBe('backfill')
    for (const a of occupied.splice(0)) a.abort()
    await h.connected(device.id)
  })
})

describe('listening host address changes', () => {
  it('rebinds to the new port and re-points the terminals it had set up', async () => {
    const freePort = () =>
      new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const port = (s.address() as AddressInfo).port
          s.close(() => resolve(port))
        })
      })
    h = eventsHarness({ options: { listenPort: undefined } })
    const first = await freePort()
    h.ctx.store.settings.set({ listenPort: first })
    const device = await h.add(fleet.devices[3]!)
    const before = await h.call<ListeningStatus>('listening.setup', { deviceId: device.id })
    expect(before.port).toBe(first)
    const second = await freePort()
    h.ctx.store.settings.set({ listenPort: second })
    h.ctx.bus.emit('settings.changed', h.ctx.store.settings.get())
    const hosts = await waitUntil(async () => {
      const list = await clientOf(fleet.devices[3]!).httpHosts.list()
      return list.some((x) => x.portNo === second) ? list : undefined
    }, 'the slot to follow the new port')
    // the same slot, not a second one
    expect(hosts.filter((x) => x.url.startsWith(`/es/events/${device.id}/`))).toHaveLength(1)
    const status = await h.call<ListeningStatus>('listening.status')
    expect(status).toMatchObject({ running: true, port: second })
    expect(status.devices[0]).toMatchObject({ state: 'configured' })
  })
})
