import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { StationEvents } from '../../../src/shared/api'
import type { BatchReport, TimeOutcome } from '../../../src/shared/contract/batch'
import type { UpgradeOutcome } from '../../../src/shared/contract/maintenance'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

// Many terminals at once: three terminals of one model upgraded with one package, two at a time,
// one of them failing mid-way (its answers turn to garbage while it flashes); time on several,
// one offline. Each terminal is its own outcome.
const pkg = (model: string, version: string): Buffer =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ model, version, date: 'build 261124' })}\n`),
    Buffer.alloc(64 * 1024, 7),
  ])

let fleet: Fleet
let t: TestStation
let devices: Device[]
beforeAll(async () => {
  fleet = await startFleet({
    devices: 4,
    profile: ['face-fp', 'face-fp', 'face-fp', 'card-door'],
    timing: { rebootMs: 500, upgradeMs: 400 },
  })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  devices = []
  for (const [i, d] of fleet.devices.entries()) {
    await fleet.control.clearFaults(i)
    devices.push(value<Device>(await addSimulated(t.station, d, `T${i}`)))
  }
})
afterEach(async () => t.station.close())

const watch = () => {
  const batch: StationEvents['batch.progress'][] = []
  const upgrade: StationEvents['upgrade.progress'][] = []
  t.station.subscribe((event, payload) => {
    if (event === 'batch.progress') batch.push(payload as StationEvents['batch.progress'])
    if (event === 'upgrade.progress') upgrade.push(payload as StationEvents['upgrade.progress'])
  })
  return { batch, upgrade }
}

describe('devices.upgradeMany', () => {
  it('upgrades three terminals of one model, two at a time; one failing mid-way leaves the others going', async () => {
    const seen = watch()
    const faces = devices.slice(0, 3)
    let broke = false
    let running = 0
    let maxRunning = 0
    t.station.subscribe((event, payload) => {
      const p = payload as StationEvents['upgrade.progress']
      if (
        event === 'upgrade.progress' &&
        p.deviceId === faces[1]!.id &&
        p.phase === 'flashing' &&
        !broke
      ) {
        broke = true
        void fleet.control.fault(1, { corrupt: 50 })
      }
      const b = payload as StationEvents['batch.progress']
      if (event === 'batch.progress' && b.state === 'running')
        maxRunning = Math.max(maxRunning, ++running)
      if (event === 'batch.progress' && (b.state === 'done' || b.state === 'failed')) running--
    })
    const r = value<BatchReport<UpgradeOutcome>>(
      await t.station.call('devices.upgradeMany', {
        ids: faces.map((d) => d.id),
        firmwareBase64: pkg(faces[0]!.model, 'V8.0.0').toString('base64'),
      }),
    )
    expect(broke).toBe(true)
    expect(r.items.map((i) => [i.deviceName, i.ok])).toEqual([
      ['T0', true],
      ['T1', false],
      ['T2', true],
    ])
    expect(r.items[0]!.value).toMatchObject({ firmwareVersion: 'V8.0.0' })
    expect(r.items[2]!.value).toMatchObject({ firmwareVersion: 'V8.0.0' })
    expect(r.items[1]!.error?.code).toBeTruthy()
    expect(maxRunning).toBe(2)
    // per terminal: queued, running, then its outcome
    for (const d of faces)
      expect(seen.batch.filter((e) => e.deviceId === d.id).map((e) => e.state)).toEqual([
        'queued',
        'running',
        d === faces[1] ? 'failed' : 'done',
      ])
    expect(seen.upgrade.some((e) => e.deviceId === faces[1]!.id && e.phase === 'failed')).toBe(true)
    // read independently: the two upgraded terminals report the new version
    await fleet.control.clearFaults(1)
    for (const i of [0, 2]) {
      const d = fleet.devices[i]!
      const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
      expect((await c.system.deviceInfo()).firmwareVersion).toBe('V8.0.0')
      await c.close()
    }
  })

  it('refuses terminals of different models before sending anything', async () => {
    const seen = watch()
    const r = await t.station.call('devices.upgradeMany', {
      ids: [devices[0]!.id, devices[3]!.id],
      firmwareBase64: pkg(devices[0]!.model, 'V8.0.1').toString('base64'),
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { models: [devices[0]!.model, devices[3]!.model] } },
    })
    expect(seen.batch).toEqual([])
    expect(seen.upgrade).toEqual([])
  })
})

describe('devices.timeMany', () => {
  it('sets the time zone and an NTP server on several terminals; an offline one fails alone', async () => {
    await fleet.control.fault(2, { offline: true })
    const ids = devices.slice(0, 3).map((d) => d.id)
    const tz = value<BatchReport<TimeOutcome>>(
      await t.station.call('devices.timeMany', {
        ids,
        action: { kind: 'timeZone', timeZone: 'CST-5:30:00' },
      }),
    )
    expect(tz.items.map((i) => i.ok)).toEqual([true, true, false])
    expect(tz.items[2]!.error?.code).toBe('OFFLINE')
    expect(tz.items[0]!.value).toMatchObject({ timeZone: 'CST-5:30:00' })
    // the terminal's behaviour follows: its clock now reads +05:30
    expect(tz.items[1]!.value!.localTime).toMatch(/\+05:30$/)

    const ntp = value<BatchReport<TimeOutcome>>(
      await t.station.call('devices.timeMany', {
        ids: ids.slice(0, 2),
        action: { kind: 'ntp', host: 'ntp.example.org', intervalMinutes: 30 },
      }),
    )
    expect(ntp.items.map((i) => [i.ok, i.value?.timeMode])).toEqual([
      [true, 'NTP'],
      [true, 'NTP'],
    ])
    const d = fleet.devices[0]!
    const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
    expect(await c.system.getNtpServer('1')).toMatchObject({
      addressingFormatType: 'hostname',
      hostName: 'ntp.example.org',
      synchronizeInterval: 30,
    })
    await c.close()

    expect(
      await t.station.call('devices.timeMany', {
        ids,
        action: { kind: 'timeZone', timeZone: 'Mars/Olympus' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })
})
