import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { StationEvents } from '../../../src/shared/api'
import type {
  PeripheralList,
  PeripheralUpgradeOutcome,
} from '../../../src/shared/contract/peripheral'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

// A reader package with the simulator's documented marker (type and version); opaque to the station.
const pkg = (type: string, version: string): string =>
  Buffer.concat([
    Buffer.from(`SIMFW1\n${JSON.stringify({ type, version })}\n`),
    Buffer.alloc(64 * 1024, 7),
  ]).toString('base64')

let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  // face-fp has external readers (2), face-lite only its own (1): no AcsUpdate
  fleet = await startFleet({
    devices: 2,
    profile: ['face-fp', 'face-lite'],
    timing: { upgradeMs: 400 },
  })
})
afterAll(async () => fleet.close())
afterEach(async () => t?.station.close())

async function add(i: number, name: string): Promise<Device> {
  const d = fleet.devices[i]!
  return value<Device>(
    await t.station.call('devices.add', {
      name,
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    }),
  )
}

/** The reader's version as the terminal reports it, read over ISAPI independently of the station. */
async function readerVersion(no: number): Promise<unknown> {
  const d = fleet.devices[0]!
  const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  try {
    const doc = (await c.http.json(
      'GET',
      `/ISAPI/AccessControl/CardReaderCfg/${no}?format=json`,
    )) as { CardReaderCfg: { cardReaderVersion?: unknown } }
    return doc.CardReaderCfg.cardReaderVersion
  } finally {
    await c.close()
  }
}

describe('peripheral (card reader) upgrade', () => {
  it('lists the readers, refuses a number outside the range before sending, upgrades reader 2 with progress; the terminal reports its new version', async () => {
    t = testStation()
    const device = await add(0, 'Lobby')
    expect(device.capabilities?.ops?.peripheralUpgrade).toBe(true)
    const list = value<PeripheralList>(
      await t.station.call('devices.peripherals', { id: device.id }),
    )
    expect(list.kinds).toEqual([{ type: 'cardReader', min: 1, max: 2 }])
    expect(list.modules).toEqual([
      { type: 'cardReader', no: 1, version: 'V1.2.0' },
      { type: 'cardReader', no: 2, version: 'V1.2.0' },
    ])

    const outside = await t.station.call('devices.upgradePeripheral', {
      id: device.id,
      type: 'cardReader',
      module: 3,
      firmwareBase64: pkg('cardReader', 'V9.9.9'),
    })
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { field: 'module', min: 1, max: 2 } },
    })

    const seen: StationEvents['upgrade.progress'][] = []
    t.station.subscribe((event, payload) => {
      if (event === 'upgrade.progress') seen.push(payload as StationEvents['upgrade.progress'])
    })
    const r = value<PeripheralUpgradeOutcome>(
      await t.station.call('devices.upgradePeripheral', {
        id: device.id,
        type: 'cardReader',
        module: 2,
        firmwareBase64: pkg('cardReader', 'V2.0.0'),
        fileName: 'reader.dav',
      }),
    )
    expect(r).toMatchObject({ module: 2, previousVersion: 'V1.2.0', version: 'V2.0.0' })
    expect(await readerVersion(2)).toBe('V2.0.0')
    expect(await readerVersion(1)).toBe('V1.2.0')
    const phases = seen.map((e) => e.phase)
    expect(phases[0]).toBe('uploading')
    expect(phases).toContain('flashing')
    expect(phases.at(-1)).toBe('done')
    expect(seen.every((e) => e.deviceId === device.id && e.message.length > 0)).toBe(true)

    // a package for another kind of module: refused with the terminal's code, version unchanged
    expect(
      await t.station.call('devices.upgradePeripheral', {
        id: device.id,
        module: 1,
        firmwareBase64: pkg('securityModule', 'V3.0.0'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_REJECTED', details: { deviceCode: { subStatusCode: 'badDevType' } } },
    })
    expect(await readerVersion(1)).toBe('V1.2.0')
  })

  it('is not offered on a terminal whose capabilities list no peripherals', async () => {
    t = testStation()
    const device = await add(1, 'Gate')
    expect(device.capabilities?.ops?.peripheralUpgrade).toBe(false)
    expect(await t.station.call('devices.peripherals', { id: device.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    })
    expect(
      await t.station.call('devices.upgradePeripheral', {
        id: device.id,
        module: 1,
        firmwareBase64: pkg('cardReader', 'V2.0.0'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
  })
})
