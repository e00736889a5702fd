// Health screening set through the station (config.set MaskDetection, TemperatureScreening) and
// proven by the simulated terminal's verdict on a face presented through the control API: no mask
// under "remind and keep closed" is refused, a fever above the threshold is refused unless the
// door opens anyway, the unit follows the setting. The event's mask and temperature reach the
// station's events (pushed and searched).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import type { AccessEvent, Device } from '../../../src/shared/model'
import type { ConfigValue } from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { DigestClient } from '../simulator/digest-client'
import { eventsHarness, waitUntil, type Harness } from './events-harness'

const A = '/ISAPI/AccessControl'
const MASK = 0 // face-fp: mask detection
const THERMAL = 1 // iris-face: temperature screening
let fleet: Fleet
let t: TestStation
const ids: string[] = []

async function enrollFace(device: number, employeeNo: string): Promise<void> {
  const c = DigestClient.for(fleet.devices[device]!)
  await c.put(`${A}/UserInfo/SetUp?format=json`, {
    UserInfo: { employeeNo, name: `P${employeeNo}`, userType: 'normal' },
  })
  const b = '----x'
  const body = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="FaceDataRecord"\r\nContent-Type: application/json\r\n\r\n{"faceLibType":"blackFD","FDID":"1","FPID":"${employeeNo}"}\r\n--${b}\r\nContent-Disposition: form-data; name="img"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    await syntheticFace(Number(employeeNo)),
    Buffer.from(`\r\n--${b}--\r\n`),
  ])
  await c.post(
    '/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json',
    body,
    `multipart/form-data; boundary=${b}`,
  )
}

const face = async (device: number, reading: { mask?: boolean; temperature?: number }) => {
  const [e] = await fleet.control.triggerEvent(device, {
    kind: 'face',
    employeeNo: '501',
    ...reading,
  })
  return e!
}

const set = (device: number, resource: string, changes: Record<string, ConfigValue>) =>
  t.station.call('config.set', { deviceId: ids[device]!, resource, changes })

beforeAll(async () => {
  fleet = await startFleet({
    devices: 2,
    profile: ['face-fp', 'iris-face'],
    timing: { doorPulseMs: 50 },
  })
  t = testStation()
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, i === MASK ? 'Lobby' : 'Clinic')).id)
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})
beforeEach(async () => {
  for (const i of [MASK, THERMAL]) {
    await fleet.control.reset(i)
    await enrollFace(i, '501')
  }
})

describe('mask detection (21.24)', () => {
  it('keeps the door closed for a person without a mask only under “remind and keep closed”', async () => {
    expect(await face(MASK, { mask: false })).toMatchObject({ minor: 75, mask: 'no' })
    value(await set(MASK, 'MaskDetection', { enable: true, noMaskStrategy: 'tipsAndNotOpenDoor' }))
    expect(await face(MASK, { mask: false })).toMatchObject({
      minor: 76,
      mask: 'no',
      employeeNoString: '501',
    })
    expect(await face(MASK, { mask: true })).toMatchObject({ minor: 75, mask: 'yes' })
    value(await set(MASK, 'MaskDetection', { noMaskStrategy: 'tipsAndOpenDoor' }))
    expect(await face(MASK, { mask: false })).toMatchObject({ minor: 75, mask: 'no' })
  })

  it('is not offered where the terminal has no mask detection; an unknown strategy is refused', async () => {
    const list = value<{ id: string; offered: boolean }[]>(
      await t.station.call('config.list', { deviceId: ids[MASK]! }),
    )
    expect(list.find((r) => r.id === 'MaskDetection')?.offered).toBe(true)
    expect(list.find((r) => r.id === 'TemperatureScreening')?.offered).toBe(false)
    const bad = await set(MASK, 'MaskDetection', { noMaskStrategy: 'shout' })
    expect(bad.ok || bad.error.code).toBe('OUT_OF_RANGE')
  })
})

describe('temperature screening (21.32)', () => {
  it('refuses a fever above the threshold set; opens anyway when told to; reports in the chosen unit', async () => {
    expect(await face(THERMAL, { temperature: 37.0 })).toMatchObject({
      minor: 75,
      currTemperature: 37,
      thermometryUnit: 'celsius',
      isAbnomalTemperature: false,
    })
    value(await set(THERMAL, 'TemperatureScreening', { highestThermalThreshold: 36.8 }))
    expect(await face(THERMAL, { temperature: 37.0 })).toMatchObject({
      minor: 76,
      isAbnomalTemperature: true,
    })
    value(await set(THERMAL, 'TemperatureScreening', { thermalDoorEnabled: true }))
    expect(await face(THERMAL, { temperature: 37.0 })).toMatchObject({
      minor: 75,
      isAbnomalTemperature: true,
    })
    value(
      await set(THERMAL, 'TemperatureScreening', {
        thermalUnit: 'fahrenheit',
        thermalDoorEnabled: false,
      }),
    )
    expect(await face(THERMAL, { temperature: 37.0 })).toMatchObject({
      minor: 75,
      currTemperature: 98.6,
      thermometryUnit: 'fahrenheit',
      isAbnomalTemperature: false,
    })
  })

  it('refuses a threshold outside the terminal’s range before sending; the other AcsCfg fields stay', async () => {
    const before = await set(THERMAL, 'AcsCfg', { showName: false })
    expect(before.ok).toBe(true)
    const bad = await set(THERMAL, 'TemperatureScreening', { highestThermalThreshold: 50 })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.code).toBe('OUT_OF_RANGE')
    expect(bad.error.message).toMatch(/30–45/)
    // the screening entry shows only its own fields; AcsCfg in General shows none of them
    const caps = value<{ fields: { key: string }[] }>(
      await t.station.call('config.caps', { deviceId: ids[THERMAL]!, resource: 'AcsCfg' }),
    )
    expect(caps.fields.map((f) => f.key)).not.toContain('highestThermalThreshold')
    const screening = value<{ fields: { key: string; decimals?: boolean }[] }>(
      await t.station.call('config.caps', {
        deviceId: ids[THERMAL]!,
        resource: 'TemperatureScreening',
      }),
    )
    expect(screening.fields.find((f) => f.key === 'highestThermalThreshold')?.decimals).toBe(true)
    value(await set(THERMAL, 'TemperatureScreening', { highestThermalThreshold: 37.5 }))
    const doc = (await fleet.control.docs(THERMAL, 'AcsCfg/0'))['AcsCfg/0'] as Record<
      string,
      unknown
    >
    expect(doc).toMatchObject({ highestThermalThreshold: 37.5, showName: false })
  })
})

describe('the station’s events carry mask and temperature', () => {
  let h: Harness | undefined
  afterAll(async () => h?.close())

  it('pushes and finds them', async () => {
    h = eventsHarness()
    const device = await h.add(fleet.devices[THERMAL]!, 'Clinic')
    await h.connected(device.id)
    const sim = await face(THERMAL, { temperature: 38.2, mask: true })
    const pushed = await waitUntil(
      () => h!.pushed.find((e) => e.deviceId === device.id && e.serialNo === sim.serialNo),
      'the pushed face event',
    )
    const health = {
      mask: 'yes',
      temperature: 38.2,
      temperatureUnit: 'celsius',
      temperatureAbnormal: true,
    }
    expect(pushed).toMatchObject({ minor: 76, granted: false, health })
    const found = await h.call<{ items: AccessEvent[] }>('events.search', {
      deviceId: device.id,
    })
    expect(found.items.find((e) => e.serialNo === sim.serialNo)?.health).toEqual(health)
    const csv = await h.call<{ csv: string }>('events.export', { deviceId: device.id })
    expect(csv.csv.split(/\r?\n/)[0]).toMatch(
      /,mask,temperature,temperatureUnit,temperatureAbnormal$/,
    )
    expect(csv.csv).toMatch(/,yes,38\.2,celsius,true/)
  })
})
