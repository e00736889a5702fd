// Picture (supplement light, capture parameters), Voice (loudspeaker, microphone) and Intercom
// (device number) on the settings mechanism: offered where the terminal's capabilities answer,
// a change seen through an independent read (other fields of the document kept as the terminal
// sent them), a value outside the terminal's range refused before anything is sent.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type { ConfigResourceInfo, ConfigSetResult } from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
const ids: string[] = []
const FACE = 0
const DOORS = 1
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  ids.length = 0
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, i === FACE ? 'Lobby' : 'Gate')).id)
})
afterEach(async () => t.station.close())

const set = (resource: string, changes: Record<string, string | number | boolean>) =>
  t.station.call('config.set', { deviceId: ids[FACE], resource, changes })

async function onTerminal(path: string, root: string) {
  const c = connect({ ...fleet.devices[FACE]!, protocol: 'http' })
  try {
    return await c.config.read({ path, capsPath: '', format: 'xml', root })
  } finally {
    await c.close()
  }
}

const lastSerial = async () => (await fleet.control.events(FACE)).at(-1)?.serialNo ?? 0
const configChanges = async (since: number) =>
  (await fleet.control.events(FACE, since)).filter((e) => e.major === 3 && e.minor === 118)

async function refused(resource: string, changes: Record<string, number | string>) {
  const since = await lastSerial()
  const r = await set(resource, changes)
  expect(r.ok).toBe(false)
  expect(await configChanges(since)).toEqual([])
  return r.ok ? undefined : r.error
}

describe('Picture, Voice and Intercom', () => {
  it('are offered where the terminal has them: a face terminal, not a door controller', async () => {
    const offered = async (deviceId: string) =>
      value<ConfigResourceInfo[]>(await t.station.call('config.list', { deviceId }))
        .filter((r) => r.offered && ['picture', 'voice', 'intercom'].includes(r.group))
        .map((r) => `${r.group}:${r.id}`)
    expect(await offered(ids[FACE]!)).toEqual([
      'picture:powerLineFrequency',
      'picture:Color',
      'picture:Sharpness',
      'picture:SupplementLight',
      'picture:SnapConfig',
      'voice:AudioOut',
      'voice:AudioIn',
      'intercom:DeviceId',
      'voice:TTSText',
      'voice:AudioChannel',
      'voice:AudioChannelList',
      'picture:ImageModeList',
      'picture:ImageModesList',
    ])
    expect(await offered(ids[DOORS]!)).toEqual(['picture:SnapConfig'])
  })

  it('sets the prompt volume within 0–10 and keeps the talk volume as the terminal had it', async () => {
    const key = 'AudioOutVolumelist.AudioOutVlome.volume'
    const error = await refused('AudioOut', { [key]: 11 })
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', details: { min: 0, max: 10 } })
    const r = value<ConfigSetResult>(await set('AudioOut', { [key]: 8 }))
    expect(r.changed).toEqual([{ key, before: '5', after: '8' }])
    expect(await onTerminal('/ISAPI/System/Audio/AudioOut/channels/1', 'AudioOut')).toMatchObject({
      AudioOutVolumelist: { AudioOutVlome: { type: 'audioOutput', volume: '8', talkVolume: '5' } },
    })
  })

  it('sets the microphone volume', async () => {
    const key = 'AudioInVolumelist.AudioInVlome.volume'
    value<ConfigSetResult>(await set('AudioIn', { [key]: 3 }))
    expect(await onTerminal('/ISAPI/System/Audio/AudioIn/channels/1', 'AudioIn')).toMatchObject({
      AudioInVolumelist: { AudioInVlome: { volume: '3' } },
    })
  })

  it('numbers the terminal for intercom calls; a floor below the terminal’s range is refused', async () => {
    const error = await refused('DeviceId', { floorNumber: -11 })
    expect(error?.details).toMatchObject({ field: 'floorNumber', min: -10, max: 999 })
    value<ConfigSetResult>(
      await set('DeviceId', { buildingNumber: 12, floorNumber: -2, deviceIndex: 3 }),
    )
    expect(await onTerminal('/ISAPI/VideoIntercom/deviceId', 'DeviceId')).toMatchObject({
      unitType: 'outdoor',
      buildingNumber: '12',
      floorNumber: '-2',
      deviceIndex: '3',
    })
  })

  it('sets the supplement light and the capture parameters within their capabilities', async () => {
    const light = await refused('SupplementLight', { brightnessLimit: 101 })
    expect(light?.details).toMatchObject({ min: 0, max: 100 })
    const mode = await refused('SupplementLight', { mode: 'strobe' })
    expect(mode?.details).toMatchObject({ options: ['on', 'off', 'auto'] })
    value<ConfigSetResult>(await set('SupplementLight', { mode: 'auto', brightnessLimit: 80 }))
    expect(
      await onTerminal('/ISAPI/Image/channels/1/supplementLight', 'SupplementLight'),
    ).toMatchObject({ mode: 'auto', brightnessLimit: '80' })

    const snaps = await refused('SnapConfig', { snapTimes: 6 })
    expect(snaps?.details).toMatchObject({ min: 0, max: 5 })
    value<ConfigSetResult>(
      await set('SnapConfig', { snapTimes: 2, 'JPEGParam.pictureQuality': 'best' }),
    )
    expect(await onTerminal('/ISAPI/AccessControl/SnapConfig', 'SnapConfig')).toMatchObject({
      snapTimes: '2',
      JPEGParam: { pictureQuality: 'best', pictureSize: '0xff' },
    })
  })

  it('the simulated terminal itself refuses what its capabilities do not allow (a client that skips the check)', async () => {
    const before = await onTerminal('/ISAPI/VideoIntercom/deviceId', 'DeviceId')
    const c = connect({ ...fleet.devices[FACE]!, protocol: 'http' })
    const address = (path: string, root: string) =>
      ({ path, capsPath: '', format: 'xml', root }) as const
    try {
      await expect(
        c.config.write(address('/ISAPI/VideoIntercom/deviceId', 'DeviceId'), {
          unitType: 'outdoor',
          floorNumber: '1000',
        }),
      ).rejects.toMatchObject({ httpStatus: 400 })
      await expect(
        c.config.write(address('/ISAPI/Image/channels/1/supplementLight', 'SupplementLight'), {
          mode: 'strobe',
        }),
      ).rejects.toMatchObject({ httpStatus: 400 })
    } finally {
      await c.close()
    }
    expect(await onTerminal('/ISAPI/VideoIntercom/deviceId', 'DeviceId')).toEqual(before)
  })

  it('sets the video standard and the image adjustment of the terminal’s camera', async () => {
    const bright = await refused('Color', { brightnessLevel: 101 })
    expect(bright?.details).toMatchObject({ min: 0, max: 100 })
    value<ConfigSetResult>(await set('powerLineFrequency', { powerLineFrequencyMode: '60hz' }))
    value<ConfigSetResult>(await set('Color', { brightnessLevel: 70, contrastLevel: 40 }))
    value<ConfigSetResult>(await set('Sharpness', { SharpnessLevel: 65 }))
    expect(
      await onTerminal('/ISAPI/Image/channels/1/powerLineFrequency', 'powerLineFrequency'),
    ).toEqual({ powerLineFrequencyMode: '60hz' })
    expect(await onTerminal('/ISAPI/Image/channels/1/color', 'Color')).toEqual({
      brightnessLevel: '70',
      contrastLevel: '40',
      saturationLevel: '50',
    })
    expect(await onTerminal('/ISAPI/Image/channels/1/sharpness', 'Sharpness')).toEqual({
      SharpnessLevel: '65',
    })
  })
})
