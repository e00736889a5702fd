// config.list / get / caps / set against simulated terminals: what a terminal offers comes from
// its capabilities (a 2-door controller has 2 doors, 4 readers), a change inside the terminal's
// ranges is written and seen through an independent read, one outside is refused before
// anything is sent, and a terminal's own refusal comes back with its codes.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type {
  ConfigCaps,
  ConfigResourceInfo,
  ConfigSetResult,
} from '../../../src/shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
const ids: string[] = []
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  ids.length = 0
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, i === 0 ? 'Lobby' : 'Gate')).id)
})
afterEach(async () => t.station.close())

const FACE = 0
const DOORS = 1

describe('config.list', () => {
  it('offers what each terminal’s capabilities say, with its own doors and readers', async () => {
    const face = value<ConfigResourceInfo[]>(
      await t.station.call('config.list', { deviceId: ids[FACE] }),
    )
    const gate = value<ConfigResourceInfo[]>(
      await t.station.call('config.list', { deviceId: ids[DOORS] }),
    )
    const byId = (l: ConfigResourceInfo[], id: string) => l.find((r) => r.id === id)
    expect(byId(face, 'DoorParam')?.ids).toEqual([1])
    expect(byId(gate, 'DoorParam')?.ids).toEqual([1, 2])
    expect(byId(face, 'CardReaderCfg')?.ids).toEqual([1, 2])
    expect(byId(gate, 'CardReaderCfg')?.ids).toEqual([1, 2, 3, 4])
    expect(byId(face, 'FaceCompareCond')?.group).toBe('authentication')
    expect(byId(gate, 'FaceCompareCond')?.offered).toBe(false)
    expect(byId(face, 'FaceCompareCond')?.offered).toBe(true)
    expect(byId(face, 'FaceRecognizeMode')?.reboots).toBe(true)
    expect(byId(face, 'Time')).toMatchObject({ group: 'time', scope: 'singleton', ids: [] })
  })
})

describe('config.set', () => {
  it('sets door 2’s open duration; an independent read of the terminal sees it', async () => {
    const r = value<ConfigSetResult>(
      await t.station.call('config.set', {
        deviceId: ids[DOORS],
        resource: 'DoorParam',
        instance: 2,
        changes: { openDuration: 10, doorName: 'Back gate' },
      }),
    )
    expect(r.changed).toEqual(
      expect.arrayContaining([
        { key: 'openDuration', before: '5', after: '10' },
        { key: 'doorName', before: 'Door 2', after: 'Back gate' },
      ]),
    )
    const c = connect({ ...fleet.devices[DOORS]!, protocol: 'http' })
    const door2 = await c.config.read({
      path: '/ISAPI/AccessControl/Door/param/2',
      capsPath: '',
      format: 'xml',
      root: 'DoorParam',
    })
    await c.close()
    expect(door2).toMatchObject({ openDuration: '10', doorName: 'Back gate' })
    const door1 = await fleet.control.docs(DOORS, 'DoorParam/1')
    expect(door1).toEqual({})
  })

  it('refuses a value outside the terminal’s range with that range, and sends nothing', async () => {
    const since = (await fleet.control.events(DOORS)).at(-1)?.serialNo ?? 0
    const r = await t.station.call('config.set', {
      deviceId: ids[DOORS],
      resource: 'DoorParam',
      instance: 1,
      changes: { doorName: 'Fine', openDuration: 300 },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('OUT_OF_RANGE')
    expect(r.error.details).toMatchObject({ field: 'openDuration', min: 1, max: 255 })
    expect(r.error.message).toContain('1–255')
    // no remote configuration change was logged and nothing was stored
    const after = await fleet.control.events(DOORS, since)
    expect(after.filter((e) => e.major === 3 && e.minor === 118)).toEqual([])
    expect(await fleet.control.docs(DOORS, 'DoorParam/1')).toEqual({})
  })

  it('checks enumerations and lengths against the capabilities too', async () => {
    const bad = await t.station.call('config.set', {
      deviceId: ids[FACE],
      resource: 'CardReaderCfg',
      instance: 1,
      changes: { defaultVerifyMode: 'retina' },
    })
    expect(bad.ok || bad.error.code).toBe('OUT_OF_RANGE')
    if (!bad.ok) expect(bad.error.details?.options).toContain('faceAndCard')
    const long = await t.station.call('config.set', {
      deviceId: ids[FACE],
      resource: 'DeviceInfo',
      changes: { deviceName: 'x'.repeat(33) },
    })
    expect(long.ok || long.error.details).toMatchObject({ maxLength: 32 })
  })

  it('writes the reader’s authentication mode: the terminal stores card + face', async () => {
    const r = value<ConfigSetResult>(
      await t.station.call('config.set', {
        deviceId: ids[FACE],
        resource: 'CardReaderCfg',
        instance: 1,
        changes: { defaultVerifyMode: 'faceAndCard', faceMatchThreshold1: 75 },
      }),
    )
    expect(r.values.defaultVerifyMode).toBe('faceAndCard')
    const stored = (await fleet.control.docs(FACE, 'CardReaderCfg/1'))['CardReaderCfg/1']
    expect(stored).toMatchObject({ defaultVerifyMode: 'faceAndCard', faceMatchThreshold1: 75 })
    // fields the station did not touch were sent back as the terminal had them
    expect(stored).toMatchObject({ cardReaderDescription: expect.stringContaining('DS-') })
  })

  it('passes on a terminal’s refusal with its codes, and the terminal keeps its value', async () => {
    const r = await t.station.call('config.set', {
      deviceId: ids[FACE],
      resource: 'Time',
      changes: { timeZone: 'not a zone' },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('DEVICE_REJECTED')
    expect(r.error.details?.deviceCode).toMatchObject({ subStatusCode: 'badXmlContent' })
    const time = value<{ values: Record<string, unknown> }>(
      await t.station.call('config.get', { deviceId: ids[FACE], resource: 'Time' }),
    )
    expect(time.values.timeZone).not.toBe('not a zone')
  })

  it('says which requested fields the terminal accepted but did not take', async () => {
    const r = value<ConfigSetResult>(
      await t.station.call('config.set', {
        deviceId: ids[FACE],
        resource: 'DeviceInfo',
        changes: { deviceName: 'Front desk', deviceID: 7 },
      }),
    )
    expect(r.changed).toEqual([
      { key: 'deviceName', before: expect.any(String), after: 'Front desk' },
    ])
    expect(r.notApplied).toEqual(['deviceID'])
  })

  it('refuses unknown fields and resources, and a resource the terminal lacks', async () => {
    const field = await t.station.call('config.set', {
      deviceId: ids[FACE],
      resource: 'LockType',
      changes: { colour: 'red' },
    })
    expect(field.ok || field.error.code).toBe('INVALID_ARGS')
    const resource = await t.station.call('config.get', { deviceId: ids[FACE], resource: 'Nope' })
    expect(resource.ok || resource.error.code).toBe('NOT_FOUND')
    const lacking = await t.station.call('config.get', {
      deviceId: ids[DOORS],
      resource: 'FaceCompareCond',
    })
    expect(lacking.ok || lacking.error.code).toBe('NOT_SUPPORTED')
  })
})

describe('config.caps', () => {
  it('types each field from the terminal’s capability document', async () => {
    const caps = value<ConfigCaps>(
      await t.station.call('config.caps', {
        deviceId: ids[DOORS],
        resource: 'DoorParam',
        instance: 2,
      }),
    )
    const f = (k: string) => caps.fields.find((x) => x.key === k)
    expect(f('openDuration')).toMatchObject({ type: 'number', min: 1, max: 255, readOnly: false })
    expect(f('doorName')).toMatchObject({ type: 'string', minLength: 1, maxLength: 32 })
    expect(f('magneticType')).toMatchObject({
      type: 'enum',
      options: ['alwaysClose', 'alwaysOpen'],
    })
    expect(f('enableDoorLock')).toMatchObject({ type: 'boolean', readOnly: false })
    expect(f('localControllerID')?.readOnly).toBe(true)
  })
})

describe('time zone', () => {
  it('shifts the times of the events the terminal produces', async () => {
    const c = connect({ ...fleet.devices[FACE]!, protocol: 'http' })
    const newest = async () => {
      let last: { time?: string } | undefined
      for await (const e of c.events.search({})) last = e
      return last?.time ?? ''
    }
    try {
      value(
        await t.station.call('config.set', {
          deviceId: ids[FACE],
          resource: 'Time',
          changes: { timeZone: 'CST-8:00:00' },
        }),
      )
      await fleet.control.triggerEvent(FACE, { kind: 'tamper' })
      const east = await newest()
      expect(east).toMatch(/\+08:00$/)
      value(
        await t.station.call('config.set', {
          deviceId: ids[FACE],
          resource: 'Time',
          changes: { timeZone: 'EST5:00:00' },
        }),
      )
      await fleet.control.triggerEvent(FACE, { kind: 'tamper' })
      const west = await newest()
      expect(west).toMatch(/-05:00$/)
      // the same instant, told in the terminal's zone: 13 hours apart on the wall clock
      const wall = (iso: string) => Date.parse(iso.slice(0, 19) + 'Z')
      expect(Math.round((wall(east) - wall(west)) / 3_600_000)).toBe(13)
    } finally {
      await c.close()
    }
  })
})
