import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/main/station/import/csv-stream'
import { toInput } from '../../../src/main/station/events/ingest'
import { eventsCsv, inZone } from '../../../src/main/station/events/queries'
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

  it('exports CSV oldest first, formula-safe, names next to codes, one time zone', async () => {
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
      'type',
      'group',
      'employeeNo',
      'name',
      'cardNo',
      'cardOwner',
      'door',
      'verifyMode',
      'verifyModeText',
      'result',
      'mask',
      'temperature',
      'temperatureUnit',
      'temperatureAbnormal',
    ])
    expect(table.slice(1).map((r) => r[2])).toEqual(['1', '2', '3', '4'])
    expect(table[1]![5]).toBe('Face recognised')
    expect(table[1]![13]).toBe('face')
    expect(table[2]![5]).toBe('Card not known to the terminal')
    expect(table[2]![9]).toBe(`'=HYPERLINK("x")`)
    expect(table[2]![14]).toBe('denied')
    expect(table[4]![5]).toBe('Door forced open')
    expect(table[4]![6]).toBe('alarm')
    expect(table[4]![14]).toBe('')
    const bo = parseCsv(
      (await h.call<{ csv: string }>('events.export', { employeeNo: '2002' })).csv,
    )
    expect(bo[1]![8]).toBe('Bo, "the" Wei')
  })

  it('writes every time in the station zone with its offset, whatever the terminal sent', () => {
    const plus8 = () => 8 * 60
    const event = (time: string) => ({
      id: 'a:1',
      deviceId: 'a',
      serialNo: 1,
      time,
      major: 5,
      minor: 1,
      employeeNo: null,
      name: null,
      cardNo: '555',
      doorNo: 1,
      verifyMode: 'cardOrFaceOrFp',
      kind: 'access' as const,
      granted: false,
      hasPicture: false,
      pictureRemoved: false,
      cardOwner: { employeeNo: '1005', name: 'Elena' },
    })
    const table = parseCsv(
      eventsCsv(
        [event('2026-03-02T08:00:00-05:00'), event('2026-03-02T14:00:00+01:00')],
        () => 'Reception',
        plus8,
      ).csv,
    )
    expect(table[1]![0]).toBe('2026-03-02T21:00:00+08:00')
    expect(table[2]![0]).toBe('2026-03-02T21:00:00+08:00')
    expect(table[1]![10]).toBe('Elena (1005)')
    expect(table[1]![13]).toBe('card or face or fingerprint')
    expect(inZone('2026-03-02T08:00:00Z', () => -90)).toBe('2026-03-02T06:30:00-01:30')
  })

  it('shows the roster person who holds a denied card the event does not name', async () => {
    const db = h.ctx.store.db
    db.prepare(
      "INSERT INTO persons (employee_no, name, created_at, updated_at) VALUES ('1005', 'Elena Ruiz', '2026-01-01', '2026-01-01')",
    ).run()
    db.prepare(
      "INSERT INTO cards (card_no, employee_no, created_at) VALUES ('=HYPERLINK(\"x\")', '1005', '2026-01-01')",
    ).run()
    const denied = (await search({ deviceId: 'door-a', granted: false })).items[0]!
    expect(denied.cardOwner).toEqual({ employeeNo: '1005', name: 'Elena Ruiz' })
    const named = (await search({ employeeNo: '1001' })).items[0]!
    expect(named.cardOwner).toBeUndefined()
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
