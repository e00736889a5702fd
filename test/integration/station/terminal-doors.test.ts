// Doors on the Terminal page, proven through the simulated terminal's own behaviour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { DoorsStatus, TerminalOverview } from '../../../src/shared/contract/terminal'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { eventually } from '../simulator/wait'

let fleet: Fleet
let t: TestStation
const ids: string[] = []

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['card-door', 'face-lite'], manualTimers: true })
  t = testStation()
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, i === 0 ? 'Gate' : 'Lobby')).id)
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

describe('doors from the capability documents', () => {
  it('a two-door controller shows 2 doors and its readers; a face terminal 1', async () => {
    const [gate, lobby] = value<Device[]>(await t.station.call('devices.list', {}))
    expect(gate!.capabilities).toMatchObject({ doors: 2, ops: { readers: 4, doorStatus: true } })
    expect(lobby!.capabilities).toMatchObject({ doors: 1 })
    const s = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(s.doors.map((d) => d.doorNo)).toEqual([1, 2])
    expect(s.doors[1]).toEqual({ doorNo: 2, mode: 'normal', lock: 'closed', contact: 'closed' })
    expect(s.readers).toHaveLength(4)
    expect(s.commands).toEqual(['open', 'close', 'alwaysOpen', 'alwaysClose'])
  })

  it('open door 2 unlocks it until openDuration passes on the terminal; always open holds', async () => {
    const opened = value<DoorsStatus>(
      await t.station.call('doors.control', { id: ids[0], doorNo: 2, command: 'open' }),
    )
    expect(opened.doors[1]).toMatchObject({ mode: 'normal', lock: 'open' })
    expect(opened.doors[0]).toMatchObject({ lock: 'closed' })
    await fleet.control.advanceTimers(0, 5_000) // factory openDuration 5 s
    const relocked = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(relocked.doors[1]).toMatchObject({ lock: 'closed' })

    const held = value<DoorsStatus>(
      await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'alwaysOpen' }),
    )
    await fleet.control.advanceTimers(0, 3_600_000)
    expect(held.doors[0]).toMatchObject({ mode: 'alwaysOpen', lock: 'open' })
    expect(
      value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] })).doors[0],
    ).toMatchObject({ mode: 'alwaysOpen', lock: 'open' })
    const closed = value<DoorsStatus>(
      await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'close' }),
    )
    expect(closed.doors[0]).toMatchObject({ mode: 'normal', lock: 'closed' })
  })

  it('open duration set through config.set is the terminal’s own: door 1 stays unlocked 12 s', async () => {
    const set = await t.station.call('config.set', {
      deviceId: ids[0],
      resource: 'DoorParam',
      instance: 1,
      changes: { openDuration: 12 },
    })
    expect(set.ok).toBe(true)
    await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'open' })
    await fleet.control.advanceTimers(0, 11_999)
    const still = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(still.doors[0]).toMatchObject({ lock: 'open' })
    await fleet.control.advanceTimers(0, 1)
    const locked = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(locked.doors[0]).toMatchObject({ lock: 'closed' })
  })

  it('a door held closed: the terminal refuses open with its own code', async () => {
    await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'alwaysClose' })
    const r = await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'open' })
    expect(r).toMatchObject({
      ok: false,
      error: { details: { deviceCode: { subStatusCode: 'invalidOperation' } } },
    })
    await t.station.call('doors.control', { id: ids[0], doorNo: 1, command: 'close' })
  })

  it('each reader shows the authentication mode in force, as the terminal reports it', async () => {
    const before = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(before.readers[2]).toMatchObject({ readerNo: 3, verifyMode: 'card' })
    const set = await t.station.call('config.set', {
      deviceId: ids[0],
      resource: 'CardReaderCfg',
      instance: 3,
      changes: { defaultVerifyMode: 'cardAndPw' },
    })
    expect(set.ok).toBe(true)
    const after = value<DoorsStatus>(await t.station.call('doors.status', { id: ids[0] }))
    expect(after.readers[2]).toMatchObject({
      readerNo: 3,
      verifyMode: 'cardAndPw',
      verifyModeLabel: { en: 'Card + PIN', zh: '刷卡+密码' },
    })
    expect(after.readers[0]).toMatchObject({ verifyMode: 'card' })
  })

  it('refuses a door the terminal does not have, before sending', async () => {
    const since = (await fleet.control.events(1)).at(-1)?.serialNo ?? 0
    const r = await t.station.call('doors.control', { id: ids[1], doorNo: 2, command: 'open' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS', details: { doors: 1 } } })
    expect((await fleet.control.events(1, since)).filter((e) => e.major === 3)).toEqual([])
  })
})

describe('terminal overview', () => {
  it('capacity used / total per credential, warns at 90 %', async () => {
    const o = value<TerminalOverview>(await t.station.call('terminal.overview', { id: ids[0] }))
    expect(o.capacity.map((c) => c.kind)).toEqual(['persons', 'cards'])
    expect(o.capacity[0]).toMatchObject({ used: 0, total: 10_000, warn: false })
    expect(typeof o.driftSeconds).toBe('number')
  })
})

describe('factory reset, full', () => {
  it('wipes the terminal and its activation: it comes back not activated', async () => {
    const f = await startFleet({ profile: 'face-lite', timing: { rebootMs: 100 } })
    try {
      const d = f.devices[0]!
      const rid = value<Device>(await addSimulated(t.station, d, 'Spare')).id
      value(
        await t.station.call('devices.factoryReset', { id: rid, mode: 'full', confirm: 'Spare' }),
      )
      // once it answers again, independently of the station: not activated
      await eventually(async () => {
        const activation = await fetch(`http://${d.host}:${d.port}/SDK/activateStatus`)
        expect(await activation.text()).toContain('<Activated>false</Activated>')
      })
      await eventually(async () =>
        expect(value<Device>(await t.station.call('devices.check', { id: rid })).health).toBe(
          'notActivated',
        ),
      )
    } finally {
      await f.close()
    }
  })
})
