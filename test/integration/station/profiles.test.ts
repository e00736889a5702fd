// Site profiles against 6 simulated terminals of 3 models: a profile made from one terminal,
// planned (old → new per field, "not supported here" from each terminal's capabilities),
// applied through the journal and seen by an independent read of the terminals; a change made
// at a terminal behind the station's back is found as drift with its field, then restored or
// adopted.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { ControlClient } from '../../../src/simulator/control-client'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type {
  DriftView,
  Profile,
  ProfileJob,
  TerminalPlan,
} from '../../../src/shared/contract/profiles'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let control: ControlClient
let t: TestStation
let devices: Device[] = []
beforeAll(async () => {
  fleet = await startFleet({
    devices: 6,
    profile: ['face-fp', 'face-fp', 'face-lite', 'face-lite', 'card-door', 'card-door'],
  })
  control = new ControlClient(fleet.controlUrl)
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation({ scheduled: false })
  devices = []
  for (const [i, d] of fleet.devices.entries())
    devices.push(
      value<Device>(
        await t.station.call('devices.add', {
          name: `T${i + 1}`,
          host: d.host,
          port: d.port,
          protocol: 'http',
          username: d.username,
          password: d.password,
          site: 'HQ',
        }),
      ),
    )
})
afterEach(async () => t.station.close())

/** An independent read of a terminal's door parameters (not through the station). */
async function openDuration(i: number, door = 1): Promise<string> {
  const d = fleet.devices[i]!
  const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  try {
    const doc = await c.config.read({
      path: `/ISAPI/AccessControl/Door/param/${door}`,
      capsPath: `/ISAPI/AccessControl/Door/param/${door}/capabilities`,
      format: 'xml',
      root: 'DoorParam',
    })
    return String((doc as Record<string, unknown>).openDuration)
  } finally {
    await c.close()
  }
}

describe('profiles', () => {
  it('from one terminal, planned, applied to all, drift found and restored', async () => {
    // the first terminal is set up by hand …
    value(
      await t.station.call('config.set', {
        deviceId: devices[0]!.id,
        resource: 'DoorParam',
        instance: 1,
        changes: { openDuration: 7 },
      }),
    )
    // … and becomes the profile (its doors section)
    const profile = value<Profile>(
      await t.station.call('profiles.fromDevice', {
        name: 'Site standard',
        deviceId: devices[0]!.id,
        sections: ['doors'],
      }),
    )
    const door1 = profile.settings.find((s) => s.resource === 'DoorParam' && s.instance === 1)
    expect(door1?.values.openDuration).toBe('7')
    expect(door1?.values.doorName).toBeUndefined()
    value(
      await t.station.call('profiles.assign', {
        name: 'Site standard',
        targets: [{ kind: 'site', value: 'HQ' }],
      }),
    )
    const plans = value<TerminalPlan[]>(await t.station.call('profiles.plan', {}))
    expect(plans).toHaveLength(6)
    for (const p of plans.slice(1)) {
      expect(p.state).toBe('ready')
      expect(p.items).toContainEqual(
        expect.objectContaining({
          resource: 'DoorParam',
          instance: 1,
          key: 'openDuration',
          before: '5',
          after: 7,
          status: 'change',
        }),
      )
    }
    // the plan sent nothing
    expect(await openDuration(1)).toBe('5')

    const job = value<ProfileJob>(await t.station.call('profiles.apply', { wait: true }))
    expect(job.state).toBe('done')
    for (let i = 0; i < 6; i++) expect(await openDuration(i)).toBe('7')

    // a change at terminal 4, behind the station's back
    await control.localSetting(fleet.devices[3]!, 'DoorParam', 1, { openDuration: 12 })
    const drift = value<DriftView[]>(await t.station.call('profiles.drift', {}))
    const drifted = drift.filter((d) => d.state === 'drifted')
    expect(drifted.map((d) => d.device)).toEqual(['T4'])
    expect(drifted[0]!.fields).toEqual([
      { resource: 'DoorParam', instance: 1, key: 'openDuration', desired: 7, actual: '12' },
    ])
    expect(value<DriftView[]>(await t.station.call('profiles.driftState', {}))).toContainEqual(
      expect.objectContaining({ device: 'T4', state: 'drifted' }),
    )
    // restore
    const restore = value<ProfileJob>(
      await t.station.call('profiles.apply', { deviceIds: [devices[3]!.id], wait: true }),
    )
    expect(restore.steps).toHaveLength(1)
    expect(restore.steps[0]!.changed).toEqual([{ key: 'openDuration', before: '12', after: '7' }])
    expect(await openDuration(3)).toBe('7')
    const again = value<DriftView[]>(await t.station.call('profiles.drift', {}))
    expect(again.every((d) => d.state === 'ok')).toBe(true)
  })

  it('a value outside one terminal’s capabilities is not sent there; the others proceed', async () => {
    value(
      await t.station.call('profiles.save', {
        name: 'Two doors',
        settings: [
          { resource: 'DoorParam', instance: 2, values: { openDuration: 9 } },
          { resource: 'DoorParam', instance: 1, values: { openDuration: 6 } },
        ],
      }),
    )
    value(
      await t.station.call('profiles.assign', {
        name: 'Two doors',
        targets: [{ kind: 'site', value: 'HQ' }],
      }),
    )
    const plans = value<TerminalPlan[]>(await t.station.call('profiles.plan', {}))
    const face = plans.find((p) => p.device === 'T1')!
    const door2 = face.items.find((i) => i.instance === 2)!
    expect(door2.status).toBe('unsupported')
    expect(door2.code).toBe('NOT_SUPPORTED')
    expect(door2.reason).toMatch(/no door 2/)
    const gate = plans.find((p) => p.device === 'T5')!
    expect(gate.items.every((i) => i.status === 'change')).toBe(true)
    const job = value<ProfileJob>(await t.station.call('profiles.apply', { wait: true }))
    expect(job.state).toBe('done')
    expect(job.unsupported.map((u) => u.device)).toEqual(['T1', 'T2', 'T3', 'T4'])
    expect(await openDuration(4, 2)).toBe('9')
    expect(await openDuration(0, 1)).toBe('6')
  })

  it('adopts a terminal’s changed value into the profile', async () => {
    value(
      await t.station.call('profiles.save', {
        name: 'P',
        settings: [{ resource: 'DoorParam', instance: 1, values: { openDuration: 6 } }],
      }),
    )
    value(
      await t.station.call('profiles.assign', {
        name: 'P',
        targets: [{ kind: 'device', value: devices[0]!.id }],
      }),
    )
    value(await t.station.call('profiles.apply', { wait: true }))
    await control.localSetting(fleet.devices[0]!, 'DoorParam', 1, { openDuration: 15 })
    const p = value<Profile>(await t.station.call('profiles.adopt', { deviceId: devices[0]!.id }))
    expect(p.settings[0]!.values.openDuration).toBe('15')
    const state = value<DriftView[]>(await t.station.call('profiles.driftState', {}))
    expect(state.find((d) => d.deviceId === devices[0]!.id)?.state).toBe('ok')
  })
})
