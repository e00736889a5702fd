// Renaming a terminal through DeviceInfo.deviceName: the station's own name follows when the two
// names were the same, and is only offered (left as it was) when they differed.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type { ConfigDocument, ConfigSetResult } from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let id: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['card-door'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Gate')).id
})
afterEach(async () => t.station.close())

const stationName = async () =>
  value<Device[]>(await t.station.call('devices.list', {})).find((d) => d.id === id)!.name

const terminalName = async () => {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    const doc = await c.config.read({
      path: '/ISAPI/System/deviceInfo',
      capsPath: '',
      format: 'xml',
      root: 'DeviceInfo',
    })
    return (doc as { deviceName?: string }).deviceName
  } finally {
    await c.close()
  }
}

const rename = async (name: string) =>
  value<ConfigSetResult>(
    await t.station.call('config.set', {
      deviceId: id,
      resource: 'DeviceInfo',
      changes: { deviceName: name },
    }),
  )

it('offers, and does not do, the station rename when the two names differed', async () => {
  const r = await rename('North gate')
  expect(await terminalName()).toBe('North gate')
  expect(r.stationRename).toEqual({ from: 'Gate', to: 'North gate', done: false })
  expect(await stationName()).toBe('Gate')
})

it('renames the terminal in the station’s list too when the two names were equal', async () => {
  const doc = value<ConfigDocument>(
    await t.station.call('config.get', { deviceId: id, resource: 'DeviceInfo' }),
  )
  const original = String(doc.values.deviceName)
  value(await t.station.call('devices.update', { id, patch: { name: original } }))
  const r = await rename('Loading bay')
  expect(r.stationRename).toEqual({ from: original, to: 'Loading bay', done: true })
  expect(await stationName()).toBe('Loading bay')
  expect(await terminalName()).toBe('Loading bay')
  // another resource, or no name change, never touches the station's name
  const again = await rename('Loading bay')
  expect(again.stationRename).toBeUndefined()
})
