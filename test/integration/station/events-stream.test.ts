import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccessEvent, Device } from '../../../src/shared/model'
import { addSimulated, testStation } from '../../helpers/station'
import { eventsHarness, waitUntil, type Harness } from './events-harness'

let fleet: Fleet
let h: Harness | undefined
beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'face-lite', 'card-door'],
    timing: { heartbeatMs: 200, rebootMs: 300, hostHeartbeatMs: 60_000 },
  })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await h?.close()
  h = undefined
})

const faceEvent = (employeeNo: string, name: string) => ({
  kind: 'raw' as const,
  major: 5,
  minor: 75,
  picture: true,
  fields: {
    employeeNoString: employeeNo,
    name,
    doorNo: 1,
    currentVerifyMode: 'cardOrFace',
    picturesNumber: 1,
  },
})

const serialsOf = (events: AccessEvent[], deviceId: string) =>
  events.filter((e) => e.deviceId === deviceId).map((e) => e.serialNo)

const isJpeg = (b64: string) => Buffer.from(b64, 'base64').subarray(0, 2).toString('hex') === 'ffd8'

describe('events over alertStream', () => {
  it('stores a live event once, with its streamed picture, and pushes it', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[0]!)
    await h.connected(device.id)
    const [sim] = await fleet.control.triggerEvent(0, faceEvent('1001', 'Ann Lee'))
    const pushed = await waitUntil(
      () => h!.pushed.find((e) => e.serialNo === sim!.serialNo),
      'the pushed face event',
    )
    expect(pushed).toMatchObject({
      id: `${device.id}:${sim!.serialNo}`,
      major: 5,
      minor: 75,
      employeeNo: '1001',
      name: 'Ann Lee',
      doorNo: 1,
      verifyMode: 'cardOrFace',
      granted: true,
      hasPicture: true,
    })
    const picture = await h.call<{ jpegBase64: string }>('events.picture', { eventId: pushed.id })
    expect(isJpeg(picture.jpegBase64)).toBe(true)
    // the picture came with the stream: it is already stored, no fetch needed
    const row = h.ctx.store.db
      .prepare(
        'SELECT picture_state AS s, source FROM events WHERE serial_no = ? AND device_id = ?',
      )
      .get(sim!.serialNo, device.id) as { s: string; source: string }
    expect(row).toEqual({ s: 'stored', source: 'alertStream' })
    expect(serialsOf(h.pushed, device.id).filter((s) => s === sim!.serialNo)).toHaveLength(1)
  })

  it('fetches the picture once from pictureURL when the terminal streams none, then serves it from the cache', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[1]!)
    await h.connected(device.id)
    const [sim] = await fleet.control.triggerEvent(1, faceEvent('2002', 'Bo Wei'))
    const id = `${device.id}:${sim!.serialNo}`
    await waitUntil(() => h!.pushed.find((e) => e.id === id), 'the pushed event')
    const stored = () =>
      h!.ctx.store.db
        .prepare(
          "SELECT picture_url AS url FROM events WHERE device_id = ? AND serial_no = ? AND picture_state = 'stored'",
        )
        .get(device.id, sim!.serialNo) as { url: string } | undefined
    const row = await waitUntil(stored, 'the fetched picture')
    expect(row.url).toContain('/LOCALS/pic/acsLinkCap/')
    // the terminal goes away: the cached picture is still there
    await fleet.control.fault(1, { offline: true })
    try {
      const picture = await h.call<{ jpegBase64: string }>('events.picture', { eventId: id })
      expect(isJpeg(picture.jpegBase64)).toBe(true)
    } finally {
      await fleet.control.clearFaults(1)
    }
  })

  it('reconnects after the link drops and stores the replayed history without duplicates', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[2]!)
    await h.connected(device.id)
    const before = await fleet.control.triggerEvent(2, { kind: 'doorForced' })
    await waitUntil(
      () => h!.pushed.find((e) => e.serialNo === before[0]!.serialNo),
      'the first event',
    )
    // the terminal reboots: the stream dies; on reconnect it replays its log (currentEvent=false)
    await fleet.control.reboot(2, 300)
    await waitUntil(
      async () =>
        (await h!.call<{ connected: boolean; reason: string | null }[]>('events.status'))[0]
          ?.connected === false,
      'the drop to be noticed',
    )
    await h.connected(device.id)
    const after = await fleet.control.triggerEvent(2, { kind: 'doorOpenTooLong' })
    await waitUntil(
      () => h!.pushed.find((e) => e.serialNo === after[0]!.serialNo),
      'the event after reconnect',
    )
    const log = (await fleet.control.events(2, 0)).map((e) => e.serialNo)
    await waitUntil(() => {
      const n = h!.ctx.store.db
        .prepare('SELECT COUNT(*) AS n FROM events WHERE device_id = ?')
        .get(device.id) as { n: number }
      return n.n === log.length
    }, 'every logged event to be stored')
    const pushed = serialsOf(h.pushed, device.id)
    expect(new Set(pushed).size).toBe(pushed.length)
    // every event since the station armed the terminal was pushed once (what the terminal held
    // before, e.g. the login of devices.add, is stored but not pushed as live)
    expect([...pushed].sort((a, b) => a - b)).toEqual(log.filter((s) => s >= before[0]!.serialNo))
    // the power-on event (2/1024) recorded during the reboot is classified as neither pass nor denial
    const powerOn = h.pushed.find((e) => e.major === 2 && e.minor === 1024)
    expect(powerOn?.granted).toBeNull()
  })

  it('backfills from the event log what happened while the station was down', async () => {
    const first = eventsHarness({ onDisk: true })
    const device = await first.add(fleet.devices[0]!)
    await first.connected(device.id)
    const seen = await fleet.control.triggerEvent(0, { kind: 'tamper' })
    await waitUntil(
      () => first.pushed.find((e) => e.serialNo === seen[0]!.serialNo),
      'the event before the outage',
    )
    await first.close()

    const missed = [
      ...(await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '77001' })),
      ...(await fleet.control.triggerEvent(0, faceEvent('3003', 'Chen Li'))),
      ...(await fleet.control.triggerEvent(0, { kind: 'doorForced' })),
    ]
    h = eventsHarness({ dataDir: first.dataDir })
    await h.connected(device.id)
    const sources = await waitUntil(() => {
      const rows = missed.map(
        (m) =>
          h!.ctx.store.db
            .prepare('SELECT source FROM events WHERE device_id = ? AND serial_no = ?')
            .get(device.id, m.serialNo) as { source: string } | undefined,
      )
      return rows.every(Boolean) ? rows.map((r) => r!.source) : undefined
    }, 'the missed events')
    // fetched from the AcsEvent log before the stream was opened again
    expect(sources).toEqual(['backfill', 'backfill', 'backfill'])
    const missedIds = missed.map((m) => `${device.id}:${m.serialNo}`)
    expect(h.pushed.filter((e) => missedIds.includes(e.id)).map((e) => e.id)).toEqual(missedIds)
    // the unknown card was denied; the face event's picture is fetched by its pictureURL
    expect(h.pushed.find((e) => e.id === missedIds[0])?.granted).toBe(false)
    const picture = await h.call<{ jpegBase64: string }>('events.picture', {
      eventId: missedIds[1],
    })
    expect(isJpeg(picture.jpegBase64)).toBe(true)
    // nothing from before the outage is pushed again
    expect(h.pushed.find((e) => e.serialNo === seen[0]!.serialNo)).toBeUndefined()
    const cursor = h.ctx.store.events.cursor(device.id)
    expect(cursor).toBeGreaterThanOrEqual(Math.max(...missed.map((m) => m.serialNo)))
  })

  it('leaves a locked terminal alone until its unlock time, then reconnects by itself', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[1]!)
    await h.connected(device.id)
    await fleet.control.lock(1, 2)
    const lockedAt = Date.now()
    await fleet.control.reboot(1, 100)
    const paused = await waitUntil(async () => {
      const [s] = await h!.call<{ connected: boolean; reason: string | null }[]>('events.status')
      return s?.reason?.includes('locked') ? s : undefined
    }, 'the worker to pause on the lock')
    expect(paused.connected).toBe(false)
    const health = async () => (await h!.call<Device[]>('devices.list'))[0]?.health
    expect(await health()).toBe('locked')
    await h.connected(device.id)
    expect(Date.now() - lockedAt).toBeGreaterThanOrEqual(1_900)
    expect(await health()).toBe('online')
    const [sim] = await fleet.control.triggerEvent(1, { kind: 'tamper' })
    await waitUntil(
      () => h!.pushed.find((e) => e.serialNo === sim!.serialNo),
      'an event after the lock',
    )
  })

  it('starts a stream for a terminal added later and stops it when the terminal is removed', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[2]!)
    await h.connected(device.id)
    await h.call('devices.remove', { id: device.id })
    await waitUntil(
      async () => (await h!.call<unknown[]>('events.status')).length === 0,
      'no streams',
    )
    // the arming connection is given back to the terminal
    await waitUntil(
      async () => (await fleet.control.state(2)).alertStreams === 0,
      'the slot to be free',
    )
  })

  it('works through the assembled station: a live event reaches its subscribers', async () => {
    const t = testStation()
    try {
      const seen: AccessEvent[] = []
      t.station.subscribe((event, payload) => {
        if (event === 'event.access') seen.push(payload as AccessEvent)
      })
      const d = fleet.devices[2]!
      const added = await addSimulated(t.station, d, 'Gate')
      expect(added.ok).toBe(true)
      await waitUntil(async () => {
        const r = await t.station.call('events.status', {})
        return r.ok && (r.value as { connected: boolean }[])[0]?.connected
      }, 'the station to arm the terminal')
      const [sim] = await fleet.control.triggerEvent(2, { kind: 'doorForced' })
      const pushed = await waitUntil(
        () => seen.find((e) => e.serialNo === sim!.serialNo),
        'the event',
      )
      expect(pushed).toMatchObject({ major: 5, minor: 27, granted: null })
    } finally {
      await t.station.close()
    }
  })
})
