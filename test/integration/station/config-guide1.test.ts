// Chapter-21 settings of issue 12 (part 1) on the settings mechanism, through the station, the
// client and the simulator: the log server (the terminal then sends its log there), all NTP
// servers as one list, the voice prompt texts, the audio channels, the image modes and the
// screen programme's pages. A value outside the terminal's capabilities is refused before
// anything is sent.
import { createSocket, type Socket } from 'node:dgram'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '@shared/model'
import type {
  ConfigCaps,
  ConfigDocument,
  ConfigResourceInfo,
  ConfigSetResult,
} from '@shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let deviceId = ''
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-fp'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
})
afterEach(async () => t.station.close())

const set = (
  resource: string,
  changes: Record<string, string | number | boolean>,
  instance?: number,
) =>
  t.station.call('config.set', { deviceId, resource, changes, ...(instance ? { instance } : {}) })
const get = async (resource: string, instance?: number) =>
  value<ConfigDocument>(
    await t.station.call('config.get', { deviceId, resource, ...(instance ? { instance } : {}) }),
  ).values

async function onTerminal(path: string, root: string, format: 'xml' | 'json' = 'xml') {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    return await c.config.read({ path, capsPath: '', format, root })
  } finally {
    await c.close()
  }
}

const lastSerial = async () => (await fleet.control.events(0)).at(-1)?.serialNo ?? 0
async function refused(resource: string, changes: Record<string, number | string | boolean>) {
  const since = await lastSerial()
  const r = await set(resource, changes)
  expect(r.ok).toBe(false)
  const written = (await fleet.control.events(0, since)).filter(
    (e) => e.major === 3 && e.minor === 118,
  )
  expect(written).toEqual([])
  return r.ok ? undefined : r.error
}

describe('chapter 21, part 1 of issue 12', () => {
  it('offers the new resources on a face terminal, each in its Terminal page section', async () => {
    const list = value<ConfigResourceInfo[]>(await t.station.call('config.list', { deviceId }))
    const mine = [
      'LogServer',
      'NTPServerList',
      'TTSText',
      'AudioChannel',
      'AudioChannelList',
      'ImageModeList',
      'ImageModesList',
      'Page',
    ]
    expect(
      list.filter((r) => mine.includes(r.id)).map((r) => `${r.group}:${r.id}:${r.offered}`),
    ).toEqual([
      'network:LogServer:true',
      'time:NTPServerList:true',
      'voice:TTSText:true',
      'voice:AudioChannel:true',
      'voice:AudioChannelList:true',
      'picture:ImageModeList:true',
      'picture:ImageModesList:true',
      'screen:Page:true',
    ])
    expect(list.find((r) => r.id === 'Page')?.ids).toEqual([1, 2, 3, 4])
  })

  describe('log server', () => {
    let udp: Socket
    beforeEach(async () => {
      udp = createSocket('udp4')
      await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve))
    })
    afterEach(() => udp.close())

    it('refuses a port outside 1–65535 and sends the terminal’s log to the server once enabled', async () => {
      const error = await refused('LogServer', { portNo: 70000 })
      expect(error).toMatchObject({ code: 'OUT_OF_RANGE', details: { min: 1, max: 65535 } })
      const port = (udp.address() as AddressInfo).port
      const received = new Promise<string>((resolve) =>
        udp.on('message', (m) => resolve(m.toString('utf8'))),
      )
      const r = value<ConfigSetResult>(
        await set('LogServer', {
          enabled: true,
          addressingFormatType: 'ipaddress',
          ipAddress: '127.0.0.1',
          portNo: port,
          transmissionProtocol: 'UDP',
        }),
      )
      expect(r.notApplied).toEqual([])
      expect(await onTerminal('/ISAPI/System/logServer', 'LogServer')).toMatchObject({
        enabled: 'true',
        ipAddress: '127.0.0.1',
        portNo: String(port),
      })
      // the change of configuration is itself logged (3/118), and so reaches the server
      expect(await received).toMatch(/^<\d+>1 \S+ \S+ acs - \d+ - major=3 minor=118 /)
    })
  })

  it('sets all NTP servers as one list; an item outside the capabilities is refused', async () => {
    const bad = await refused('NTPServerList', {
      NTPServer: JSON.stringify([{ id: '1', portNo: 70000 }]),
    })
    expect(bad).toMatchObject({ code: 'OUT_OF_RANGE' })
    const list = [
      {
        id: '1',
        addressingFormatType: 'hostname',
        hostName: 'ntp.example.org',
        portNo: '123',
        synchronizeInterval: '90',
      },
    ]
    value<ConfigSetResult>(await set('NTPServerList', { NTPServer: JSON.stringify(list) }))
    expect(await onTerminal('/ISAPI/System/time/ntpServers/1', 'NTPServer')).toMatchObject({
      hostName: 'ntp.example.org',
      synchronizeInterval: '90',
    })
    const caps = value<ConfigCaps>(
      await t.station.call('config.caps', { deviceId, resource: 'NTPServerList' }),
    )
    expect(caps.fields.find((f) => f.key === 'NTPServer')).toMatchObject({ readOnly: false })
  })

  it('sets the voice prompt texts; more texts than the terminal holds are refused', async () => {
    const text = (t: string) => ({
      TimeSegment: { beginTime: '08:00:00', endTime: '18:00:00' },
      text: t,
    })
    const five = Array.from({ length: 5 }, (_, i) => text(`Welcome ${i}`))
    const error = await refused('TTSText', { Success: JSON.stringify(five) })
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', details: { maxSize: 4 } })
    value<ConfigSetResult>(
      await set('TTSText', {
        enable: true,
        prefix: 'name',
        Success: JSON.stringify([text('Good morning')]),
      }),
    )
    expect(
      await onTerminal('/ISAPI/AccessControl/Verification/ttsText', 'TTSText', 'json'),
    ).toMatchObject({ enable: true, prefix: 'name', Success: [{ text: 'Good morning' }] })
  })

  it('shows the audio channels, read-only, with the microphone volume set in AudioIn', async () => {
    value<ConfigSetResult>(await set('AudioIn', { 'AudioInVolumelist.AudioInVlome.volume': 3 }))
    expect(await get('AudioChannel')).toMatchObject({ id: '1', microphoneVolume: '3' })
    expect(await get('AudioChannelList')).toMatchObject({ 'AudioChannel.microphoneVolume': '3' })
    const caps = value<ConfigCaps>(
      await t.station.call('config.caps', { deviceId, resource: 'AudioChannel' }),
    )
    expect(caps.fields.every((f) => f.readOnly)).toBe(true)
    const r = await set('AudioChannel', { microphoneVolume: 5 })
    expect(r.ok).toBe(false)
  })

  it('shows the image modes of the camera and of every channel', async () => {
    expect(String((await get('ImageModeList')).ImageMode)).toContain('"type":"dimLight"')
    const all = await get('ImageModesList')
    expect(all['ImageModes.id']).toBe('1')
    expect(String(all['ImageModes.ImageModeList.ImageMode'])).toContain('"type":"outdoor"')
  })

  it('renames a page of the screen programme within its length', async () => {
    const error = await refused('Page', { 'PageBasicInfo.pageName': 'x'.repeat(33) })
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE' })
    value<ConfigSetResult>(await set('Page', { 'PageBasicInfo.pageName': 'Welcome' }, 2))
    expect(await get('Page', 2)).toMatchObject({ id: '2', 'PageBasicInfo.pageName': 'Welcome' })
    expect(await get('Page', 1)).toMatchObject({ 'PageBasicInfo.pageName': 'Page 1' })
  })
})
