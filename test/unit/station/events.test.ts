import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AcsEventRecord, HttpHost, IsapiClient } from '../../../src/main/isapi'
import { continues, deviceTime } from '../../../src/main/station/events/backfill'
import { backoffDelay, DEFAULT_BACKOFF } from '../../../src/main/station/events/backoff'
import {
  grantedOf,
  storedKind,
  syntheticSerial,
  verifyModeOf,
} from '../../../src/main/station/events/classify'
import { toInput } from '../../../src/main/station/events/ingest'
import { normaliseAddress } from '../../../src/main/station/events/listening-server'
import { addressForDevice } from '../../../src/main/station/events/local-address'
import {
  completeFromLog,
  liveCompleter,
  needsLog,
} from '../../../src/main/station/events/log-lookup'
import { hourBuckets } from '../../../src/main/station/events/queries'
import { chooseSlot, ourHost } from '../../../src/main/station/events/slot-choice'

const rec = (
  major: number,
  minor: number,
  extra: Partial<AcsEventRecord> = {},
): AcsEventRecord => ({
  kind: major === 5 ? 'access' : 'other',
  major,
  minor,
  raw: {},
  ...extra,
})

describe('event classification', () => {
  it('reads passes and denials from the MAJOR_EVENT minors', () => {
    for (const minor of [1, 16, 38, 75, 77, 105, 153, 181]) expect(grantedOf(5, minor)).toBe(true)
    for (const minor of [6, 7, 8, 9, 12, 35, 36, 39, 76, 80, 104, 112, 117, 118, 152, 155])
      expect(grantedOf(5, minor)).toBe(false)
    // door, alarm and operation events are neither
    for (const [major, minor] of [
      [5, 21],
      [5, 27],
      [1, 1028],
      [3, 1024],
      [2, 39],
    ] as const)
      expect(grantedOf(major, minor)).toBeNull()
  })

  it('maps the client kinds to the contract kinds and drops "invalid" verify modes', () => {
    expect(storedKind({ kind: 'exception' })).toBe('other')
    expect(storedKind({ kind: 'door' })).toBe('door')
    expect(verifyModeOf('invalid')).toBeNull()
    expect(verifyModeOf('cardOrFace')).toBe('cardOrFace')
  })

  it('gives an event without a serial a stable negative dedupe key', () => {
    const e = rec(5, 75, { employeeNo: '1001' })
    const a = syntheticSerial(e, '2026-01-01T00:00:00+08:00')
    expect(a).toBeLessThan(0)
    expect(syntheticSerial(e, '2026-01-01T00:00:00+08:00')).toBe(a)
    expect(syntheticSerial(e, '2026-01-01T00:00:01+08:00')).not.toBe(a)
  })

  it('expects a picture when one is announced, or when a live access event was not checked against the log', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const input = (e: AcsEventRecord, checked: boolean) =>
      toInput('d', e, 'alertStream', undefined, now, checked)
    expect(input(rec(5, 1, { serialNo: 1 }), false).pictureExpected).toBe(true)
    expect(input(rec(5, 1, { serialNo: 1 }), true).pictureExpected).toBe(false)
    expect(
      input(rec(5, 1, { serialNo: 1, pictureURL: 'http://x/p.jpg' }), true).pictureExpected,
    ).toBe(true)
    expect(input(rec(1, 1028, { serialNo: 1 }), false).pictureExpected).toBe(false)
    const withPicture = toInput(
      'd',
      rec(5, 75, { serialNo: 2 }),
      'alertStream',
      Buffer.from([0xff, 0xd8]),
      now,
      false,
    )
    expect(withPicture).toMatchObject({
      pictureExpected: false,
      picture: { contentType: 'image/jpeg' },
    })
    // a time the station cannot read is kept verbatim and sorted by when it arrived
    expect(input(rec(5, 1, { serialNo: 3, time: 'garbage' }), true)).toMatchObject({
      time: 'garbage',
      timeMs: now.getTime(),
    })
  })
})

describe('log completion', () => {
  it('fills what the alarm message left out, keeping what it said', () => {
    const live = rec(5, 75, { serialNo: 9, employeeNo: '1001', currentVerifyMode: 'invalid' })
    const log = rec(5, 75, {
      serialNo: 9,
      employeeNo: '9999',
      doorNo: 2,
      pictureURL: 'http://d/p.jpg',
      currentVerifyMode: 'face',
    })
    expect(completeFromLog(live, log)).toMatchObject({
      employeeNo: '1001',
      doorNo: 2,
      pictureURL: 'http://d/p.jpg',
      currentVerifyMode: 'face',
    })
    expect(needsLog(live, false)).toBe(true)
    expect(needsLog({ ...live, doorNo: 1 }, true)).toBe(false)
    expect(needsLog(rec(1, 1028, { serialNo: 1 }), false)).toBe(false)
  })
})

describe('backfill cursor', () => {
  it('follows contiguous live events only', () => {
    expect(continues(10, 11, undefined)).toBe(true)
    expect(continues(10, 14, 10)).toBe(true)
    expect(continues(10, 14, 13)).toBe(false)
    expect(continues(10, 14, undefined)).toBe(false)
    expect(continues(10, 9, 8)).toBe(false)
  })

  it('writes times the way terminals parse them', () => {
    expect(deviceTime(Date.parse('2026-03-02T08:00:00.123Z'))).toBe('2026-03-02T08:00:00+00:00')
  })
})

describe('reconnect backoff', () => {
  it('doubles from the base up to the cap, waits out busy slots, and jitters within ±20 %', () => {
    const p = { baseMs: 1000, maxMs: 8000, busyMs: 20_000 }
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(p, n, false, 0.5))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ])
    expect(backoffDelay(p, 1, true, 0.5)).toBe(20_000)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (n, busy, r) => {
          const d = backoffDelay(DEFAULT_BACKOFF, n, busy, r)
          const cap = busy ? DEFAULT_BACKOFF.busyMs : DEFAULT_BACKOFF.maxMs
          return (
            d >= DEFAULT_BACKOFF.baseMs * 0.8 && d <= Math.max(cap, DEFAULT_BACKOFF.maxMs) * 1.2
          )
        },
      ),
    )
  })
})

describe('httpHosts slot choice', () => {
  const t = {
    address: '192.168.1.10',
    port: 8099,
    url: '/es/events/d1/t0k3n',
    prefix: '/es/events/d1/',
  }
  const slot = (id: string, ip: string, extra: Partial<HttpHost> = {}): HttpHost => ({
    id,
    url: ip === '0.0.0.0' ? '' : '/x',
    protocolType: 'HTTP',
    parameterFormatType: 'XML',
    addressingFormatType: 'ipaddress',
    ipAddress: ip,
    portNo: 80,
    httpAuthenticationMethod: 'none',
    ...extra,
  })

  it('reuses its own slot, takes an empty one (HTTP before EHome), and never one in use', () => {
    expect(chooseSlot([slot('1', '10.0.0.5'), ourHost('2', t)], t)).toMatchObject({
      kind: 'ours',
      host: { id: '2' },
    })
    // ours even when it still carries an older token or port
    const older = ourHost('1', { ...t, url: '/es/events/d1/old', port: 8000 })
    expect(chooseSlot([older, slot('2', '0.0.0.0')], t)).toMatchObject({
      kind: 'ours',
      host: { id: '1' },
    })
    expect(
      chooseSlot([slot('1', '0.0.0.0', { protocolType: 'EHome' }), slot('2', '0.0.0.0')], t),
    ).toMatchObject({
      kind: 'free',
      host: { id: '2' },
    })
    expect(
      chooseSlot([slot('1', '10.0.0.5'), slot('2', '0.0.0.0', { protocolType: 'EHome' })], t),
    ).toMatchObject({
      kind: 'free',
      host: { id: '2' },
    })
    const none = chooseSlot(
      [
        slot('1', '10.0.0.5'),
        slot('2', '', { addressingFormatType: 'hostname', hostName: 'vms.local' }),
      ],
      t,
    )
    expect(none).toEqual({
      kind: 'none',
      taken: ['slot 1 → 10.0.0.5:80/x', 'slot 2 → vms.local:80/x'],
    })
  })
})

describe('hour buckets', () => {
  const H = 3600_000
  const from = Date.parse('2026-03-02T00:00:00Z')
  it('fills empty hours in ranges up to 31 days and lists only busy hours beyond', () => {
    const counted = [{ hourMs: from + H, granted: 2, denied: 1 }]
    expect(hourBuckets(from, from + 3 * H, counted).map((b) => b.granted)).toEqual([0, 2, 0])
    expect(hourBuckets(from, from + 40 * 24 * H, counted)).toEqual([
      { hour: '2026-03-02T01:00:00.000Z', granted: 2, denied: 1 },
    ])
  })
})

describe('listening address for a terminal', () => {
  it('uses loopback for a terminal on this machine and refuses a LAN one while listening on loopback', async () => {
    expect(await addressForDevice('127.0.0.1', '127.0.0.1')).toBe('127.0.0.1')
    expect(await addressForDevice('127.0.0.5', '0.0.0.0')).toBe('127.0.0.1')
    expect(await addressForDevice('192.0.2.10', '127.0.0.1')).toBeNull()
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
  })
})

describe('live completion from the log', () => {
  it('asks the log once per burst and reuses the page for the following events', async () => {
    const searches: unknown[] = []
    const log = [5, 6, 7].map((serialNo) =>
      rec(5, 1, { serialNo, doorNo: 2, cardNo: `c${serialNo}` }),
    )
    const client = {
      events: {
        search: (q: { beginSerialNo: number }) => {
          searches.push(q)
          return (async function* () {
            yield* log.filter((e) => e.serialNo! >= q.beginSerialNo)
          })()
        },
      },
    } as unknown as IsapiClient
    const complete = liveCompleter(1_000)
    const first = await complete(client, rec(5, 1, { serialNo: 5 }))
    const second = await complete(client, rec(5, 1, { serialNo: 6 }))
    expect(first).toMatchObject({ checked: true, event: { doorNo: 2, cardNo: 'c5' } })
    expect(second).toMatchObject({ checked: true, event: { doorNo: 2, cardNo: 'c6' } })
    expect(searches).toHaveLength(1)
    // an event the log does not have yet: stored as it came, unchecked
    expect(await complete(client, rec(5, 1, { serialNo: 9 }))).toMatchObject({ checked: false })
    expect(searches).toHaveLength(2)
  })
})
