import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AcsEventRecord } from '../../../src/main/isapi'
import { toInput } from '../../../src/main/station/events/ingest'
import type { Store } from '../../../src/main/store'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccessEvent, PruneResult } from '../../../src/shared/model'
import { testStation } from '../../helpers/station'
import { eventsHarness, waitUntil, type Harness } from './events-harness'

const DAY = 86_400_000
const MIB = 1024 * 1024

let fleet: Fleet
let h: Harness | undefined
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-fp'], timing: { heartbeatMs: 200 } })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** A clock the test moves. */
function movableClock(start: number) {
  let now = start
  return { now: () => new Date(now), set: (ms: number) => (now = ms) }
}

/** An event as a terminal would have reported it at `atMs` (and the station received it then). */
function seed(
  store: Store,
  serialNo: number,
  atMs: number,
  extra: Partial<AcsEventRecord> = {},
  picture?: Buffer,
) {
  const e: AcsEventRecord = {
    kind: 'access',
    major: 5,
    minor: 75,
    serialNo,
    time: new Date(atMs).toISOString(),
    raw: {},
    ...extra,
  }
  store.events.insert(toInput('seeded', e, 'backfill', picture, new Date(atMs), true))
}

const faceEvent = (employeeNo: string, name: string) => ({
  kind: 'raw' as const,
  major: 5,
  minor: 75,
  picture: true,
  fields: { employeeNoString: employeeNo, name, doorNo: 1, picturesNumber: 1 },
})

/** Pictures without their event, and events that say 'stored' without their picture. */
const inconsistencies = (store: Store) =>
  store.db
    .prepare(
      `SELECT
        (SELECT COUNT(*) FROM event_pictures p WHERE NOT EXISTS
          (SELECT 1 FROM events e WHERE e.id = p.event_id)) AS picturesWithoutEvent,
        (SELECT COUNT(*) FROM events e WHERE e.picture_state = 'stored' AND NOT EXISTS
          (SELECT 1 FROM event_pictures p WHERE p.event_id = e.id)) AS eventsWithoutPicture`,
    )
    .get()

const search = (args: Record<string, unknown> = {}) =>
  h!.call<{ total: number; items: AccessEvent[] }>('events.search', { limit: 1000, ...args })

async function terminalEvent(deviceId: string, employeeNo: string, name: string) {
  const [sim] = await fleet.control.triggerEvent(0, faceEvent(employeeNo, name))
  const id = `${deviceId}:${sim!.serialNo}`
  await waitUntil(
    () =>
      h!.ctx.store.db
        .prepare(
          "SELECT 1 FROM events WHERE device_id = ? AND serial_no = ? AND picture_state = 'stored'",
        )
        .get(deviceId, sim!.serialNo),
    `event ${id} with its picture`,
  )
  return id
}

describe('events retention', () => {
  it('removes events older than the retention by the terminal clock and by arrival, with their pictures', async () => {
    const T0 = Date.now()
    const clock = movableClock(T0)
    h = eventsHarness({ clock })
    const device = await h.add(fleet.devices[0]!)
    await h.connected(device.id)
    const ann1 = await terminalEvent(device.id, '1001', 'Ann Lee')
    const ann2 = await terminalEvent(device.id, '1001', 'Ann Lee')
    // everything the terminal reported so far (its own start-up events too)
    const reported = (await search()).total

    // a year and a day later (retention: the default 365 days)
    const later = T0 + 366 * DAY
    clock.set(later)
    const cutoff = later - 365 * DAY
    seed(h.ctx.store, 1, cutoff - 1_000) // just past the retention: removed
    seed(h.ctx.store, 2, cutoff + 1_000) // just inside it: kept
    // a terminal whose clock is a year behind reports today: its event is not old for the station
    const behind = await terminalEvent(device.id, '2002', 'Bo Wei')

    const removed = await h.call<PruneResult>('events.prune')
    expect(removed).toMatchObject({ events: reported + 1, pictures: 2 })
    expect(removed.bytes).toBeGreaterThan(0)
    const left = (await search()).items.map((e) => e.id)
    expect(left.sort()).toEqual([behind, 'seeded:2'].sort())
    expect(left).not.toContain(ann1)
    expect(left).not.toContain(ann2)
    expect(inconsistencies(h.ctx.store)).toEqual({
      picturesWithoutEvent: 0,
      eventsWithoutPicture: 0,
    })
    // the names of removed events are forgotten with them
    expect((await search({ name: 'ann' })).total).toBe(0)
    expect((await search({ name: 'bo w' })).total).toBe(1)
    // nothing more to do
    expect(await h.call<PruneResult>('events.prune')).toMatchObject({
      events: 0,
      pictures: 0,
      bytes: 0,
    })
  })

  it('prunes at start', async () => {
    const T0 = Date.parse('2027-06-01T00:00:00Z')
    const first = eventsHarness({ onDisk: true, clock: movableClock(T0) })
    seed(first.ctx.store, 1, T0 - 400 * DAY)
    seed(first.ctx.store, 2, T0 - 10 * DAY)
    const dataDir = first.dataDir
    await first.close()
    h = eventsHarness({
      dataDir,
      clock: movableClock(T0),
      options: { retention: { firstAfterMs: 0 } },
    })
    await waitUntil(
      async () => (await search()).items.map((e) => e.id).join() === 'seeded:2',
      'the old event to be removed',
    )
  })

  it('leaves the clean-up to events.prune when scheduled work is switched off', async () => {
    const T0 = Date.parse('2027-06-01T00:00:00Z')
    h = eventsHarness({
      clock: movableClock(T0),
      scheduled: false,
      options: { retention: { firstAfterMs: 0, everyMs: 1 } },
    })
    seed(h.ctx.store, 1, T0 - 400 * DAY)
    // one turn of the timers: a scheduled clean-up due at 0 ms would have run by now
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect((await search()).total).toBe(1)
    expect(await h.call<PruneResult>('events.prune')).toMatchObject({ events: 1 })
    expect((await search()).total).toBe(0)
  })

  it('drops the oldest pictures first beyond the cache size; their events stay and say so', async () => {
    const T0 = Date.now()
    h = eventsHarness({ clock: movableClock(T0) })
    const device = await h.add(fleet.devices[0]!)
    await h.connected(device.id)
    // eleven 5 MiB pictures, an hour apart, oldest first; then a terminal's own event
    for (let n = 1; n <= 11; n++)
      seed(h.ctx.store, n, T0 - (12 - n) * 3_600_000, {}, Buffer.alloc(5 * MIB, n))
    const fresh = await terminalEvent(device.id, '1001', 'Ann Lee')
    h.ctx.store.settings.set({ eventPictureCacheMB: 50 })
    const before = (await search()).total

    const removed = await h.call<PruneResult>('events.prune')
    expect(removed).toMatchObject({ events: 0, pictures: 2, bytes: 10 * MIB })
    const all = (await search()).items
    expect(all).toHaveLength(before)
    const byId = new Map(all.map((e) => [e.id, e]))
    for (const id of ['seeded:1', 'seeded:2']) {
      expect(byId.get(id)).toMatchObject({ hasPicture: false, pictureRemoved: true })
      expect(await h.call('events.picture', { eventId: id })).toBeNull()
    }
    for (const id of ['seeded:3', 'seeded:11', fresh]) {
      expect(byId.get(id)).toMatchObject({ hasPicture: true, pictureRemoved: false })
      expect(await h.call('events.picture', { eventId: id })).not.toBeNull()
    }
    expect(inconsistencies(h.ctx.store)).toEqual({
      picturesWithoutEvent: 0,
      eventsWithoutPicture: 0,
    })
    expect(h.ctx.store.events.prune.pictureBytes()).toBeLessThanOrEqual(50 * MIB)
  })

  it('prunes 20,000 events in bounded batches while the station keeps answering', async () => {
    const T0 = Date.parse('2027-06-01T00:00:00Z')
    h = eventsHarness({ clock: movableClock(T0) })
    const store = h.ctx.store
    store.tx(() => {
      for (let n = 1; n <= 20_000; n++) seed(store, n, T0 - 500 * DAY + n * 60_000)
      for (let n = 1; n <= 10; n++) seed(store, 100_000 + n, T0 - n * DAY)
    })

    let pruneEnded = 0
    const answeredAt: number[] = []
    const probe = setInterval(() => {
      void h!.call('events.status').then(() => answeredAt.push(performance.now()))
    }, 1)
    try {
      const removed = await h.call<PruneResult>('events.prune')
      pruneEnded = performance.now()
      expect(removed).toMatchObject({ events: 20_000, pictures: 0, bytes: 0 })
    } finally {
      clearInterval(probe)
    }
    // calls issued while the clean-up ran were answered before it ended
    expect(answeredAt.filter((t) => t < pruneEnded).length).toBeGreaterThan(0)
    expect((await search()).total).toBe(10)
  })
})

describe('retention settings', () => {
  it('defaults to a year and 1 GiB, refuses values out of range with INVALID_ARGS, keeps valid ones', async () => {
    const t = testStation()
    try {
      expect(await t.station.call('settings.get', {})).toMatchObject({
        ok: true,
        value: { eventRetentionDays: 365, eventPictureCacheMB: 1024 },
      })
      for (const [field, value] of [
        ['eventRetentionDays', 6],
        ['eventRetentionDays', 3651],
        ['eventRetentionDays', 30.5],
        ['eventRetentionDays', '90'],
        ['eventPictureCacheMB', 49],
        ['eventPictureCacheMB', 100_001],
      ] as const) {
        const r = await t.station.call('settings.set', { [field]: value })
        expect(r).toMatchObject({
          ok: false,
          error: { code: 'INVALID_ARGS', details: { issues: [{ path: field }] } },
        })
      }
      expect(
        await t.station.call('settings.set', {
          eventRetentionDays: 7,
          eventPictureCacheMB: 100_000,
        }),
      ).toMatchObject({ ok: true, value: { eventRetentionDays: 7, eventPictureCacheMB: 100_000 } })
      expect(
        await t.station.call('settings.set', { eventRetentionDays: 3650, eventPictureCacheMB: 50 }),
      ).toMatchObject({ ok: true, value: { eventRetentionDays: 3650, eventPictureCacheMB: 50 } })
      // the clean-up is a contract method of the whole station
      expect(await t.station.call('events.prune', {})).toMatchObject({
        ok: true,
        value: { events: 0, pictures: 0, bytes: 0 },
      })
    } finally {
      await t.station.close()
    }
  })
})
