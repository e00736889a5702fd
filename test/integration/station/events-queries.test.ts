import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/main/station/roster/csv'
import { toInput } from '../../../src/main/station/events/ingest'
import type { AcsEventRecord } from '../../../src/main/isapi'
import type { AccessEvent } from '../../../src/shared/model'
import { testStation } from '../../helpers/station'
import { eventsHarness, type Harness } from './events-harness'

let h: Harness
const T0 = Date.parse('2026-03-02T08:00:00Z')
const at = (minutes: number) =>
  new Date(T0 + minutes * 60_000).toISOString().replace('.000Z', '+00:00')

function seed(
  deviceId: string,
  serialNo: number,
  minutes: number,
  major: number,
  minor: number,
  extra: Partial<AcsEventRecord> = {},
) {
  const kind =
    major === 5
      ? [21, 22, 27, 28].includes(minor)
        ? 'door'
        : 'access'
      : major === 1
        ? 'alarm'
        : 'operation'
  const e: AcsEventRecord = {
    kind,
    major,
    minor,
    serialNo,
    time: at(minutes),
    raw: { serialNo },
    ...extra,
  }
  h.ctx.store.events.insert(toInput(deviceId, e, 'backfill', undefined, new Date(), true))
}

beforeAll(() => {
  h = eventsHarness()
  // door A: Ann passes twice (08:05, 09:10), an unknown card is denied (08:30), the door is forced (09:20)
  seed('door-a', 1, 5, 5, 75, {
    employeeNo: '1001',
    name: 'Ann Lee',
    doorNo: 1,
    currentVerifyMode: 'face',
  })
  seed('door-a', 2, 30, 5, 9, { cardNo: '=HYPERLINK("x")' })
  seed('door-a', 3, 70, 5, 1, { employeeNo: '1001', name: 'Ann Lee', cardNo: '777', doorNo: 1 })
  seed('door-a', 4, 80, 5, 27, { doorNo: 1 })
  // door B: Bo is denied by face (08:40) then passes by fingerprint (10:15); a tamper alarm (10:20)
  seed('door-b', 10, 40, 5, 76, { employeeNo: '2002', name: 'Bo, "the" Wei' })
  seed('door-b', 11, 135, 5, 38, { employeeNo: '2002', name: 'Bo, "the" Wei' })
  seed('door-b', 12, 140, 1, 1028)
})
afterAll(async () => h.close())

const search = (args: Record<string, unknown>) =>
  h.call<{ total: number; items: AccessEvent[] }>('events.search', args)
const ids = (r: { items: AccessEvent[] }) => r.items.map((e) => e.id)

describe('events queries', () => {
  it('searches by person, device, time, kind and result, newest first, paged', async () => {
    expect(ids(await search({ employeeNo: '1001' }))).toEqual(['door-a:3', 'door-a:1'])
    expect((await search({ deviceId: 'door-b' })).total).toBe(3)
    expect(ids(await search({ from: at(30), to: at(80) }))).toEqual([
      'door-a:3',
      'door-b:10',
      'door-a:2',
    ])
    const doorsAndAlarms = await search({ kinds: ['door', 'alarm'] })
    expect(ids(doorsAndAlarms)).toEqual(['door-b:12', 'door-a:4'])
    expect(doorsAndAlarms.items.every((e) => e.kind === 'door' || e.kind === 'alarm')).toBe(true)
    expect((await search({ granted: true })).items.every((e) => e.kind === 'access')).toBe(true)
    expect(ids(await search({ granted: false }))).toEqual(['door-b:10', 'door-a:2'])
    const page = await search({ limit: 2, offset: 2 })
    expect(page.total).toBe(7)
    expect(ids(page)).toEqual(['door-a:4', 'door-a:3'])
    expect((await search({ employeeNo: '1001' })).items[1]).toMatchObject({
      name: 'Ann Lee',
      doorNo: 1,
      verifyMode: 'face',
      granted: true,
      hasPicture: false,
      time: at(5),
    })
    expect(await h.raw('events.search', { from: at(60), to: at(10) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    })
  })

  it('exports CSV oldest first, formula-safe, with the result spelled out', async () => {
    const { csv, rows } = await h.call<{ csv: string; rows: number }>('events.export', {
      deviceId: 'door-a',
    })
    expect(rows).toBe(4)
    const table = parseCsv(csv)
    expect(table[0]).toEqual([
      'time',
      'terminal',
      'serialNo',
      'major',
      'minor',
      'employeeNo',
      'name',
      'cardNo',
      'door',
      'verifyMode',
      'result',
      'mask',
      'temperature',
      'temperatureUnit',
      'temperatureAbnormal',
    ])
    expect(table.slice(1).map((r) => r[2])).toEqual(['1', '2', '3', '4'])
    expect(table[2]![7]).toBe(`'=HYPERLINK("x")`)
    expect(table[2]![10]).toBe('denied')
    expect(table[4]![10]).toBe('')
    const bo = parseCsv(
      (await h.call<{ csv: string }>('events.export', { employeeNo: '2002' })).csv,
    )
    expect(bo[1]![6]).toBe('Bo, "the" Wei')
  })

  it('counts passes and denials per hour, empty hours included', async () => {
    const stats = await h.call<{ hour: string; granted: number; denied: number }[]>(
      'events.stats',
      {
        from: '2026-03-02T07:00:00Z',
        to: '2026-03-02T11:00:00Z',
      },
    )
    expect(stats).toEqual([
      { hour: '2026-03-02T07:00:00.000Z', granted: 0, denied: 0 },
      { hour: '2026-03-02T08:00:00.000Z', granted: 1, denied: 2 },
      { hour: '2026-03-02T09:00:00.000Z', granted: 1, denied: 0 },
      { hour: '2026-03-02T10:00:00.000Z', granted: 1, denied: 0 },
    ])
    const b = await h.call<{ granted: number; denied: number }[]>('events.stats', {
      from: '2026-03-02T08:00:00Z',
      to: '2026-03-02T09:00:00Z',
      deviceId: 'door-b',
    })
    expect(b).toEqual([{ hour: '2026-03-02T08:00:00.000Z', granted: 0, denied: 1 }])
  })

  it('answers events.picture with null for an event without a picture and NOT_FOUND for no event', async () => {
    expect(await h.call('events.picture', { eventId: 'door-a:2' })).toBeNull()
    expect(await h.raw('events.picture', { eventId: 'door-a:99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.raw('events.picture', { eventId: 'nonsense' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    })
  })

  it('is wired into the station: no listening port is opened until a terminal is set up', async () => {
    const t = testStation()
    try {
      expect(await t.station.call('events.status', {})).toEqual({ ok: true, value: [] })
      expect(await t.station.call('listening.status', {})).toEqual({
        ok: true,
        value: { running: false, address: '127.0.0.1', port: 8099, devices: [] },
      })
      expect(await t.station.call('events.search', {})).toEqual({
        ok: true,
        value: { total: 0, items: [] },
      })
    } finally {
      await t.station.close()
    }
  })
})
