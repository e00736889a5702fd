// Continuous apply follows the roster's setting for profiles too: with it on, a profile saved
// or assigned reaches its terminals by itself, and a terminal added later receives its
// profile; with it off, the change waits in the plan. Every value is read from the terminals
// independently (not through the station).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { Device } from '../../../src/shared/model'
import type { TerminalPlan } from '../../../src/shared/contract/profiles'
import { eventually } from '../../helpers/eventually'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
})
afterAll(async () => fleet.close())
beforeEach(() => {
  t = testStation({ scheduled: false, continuousApply: true })
})
afterEach(async () => t.station.close())

const add = async (i: number): Promise<Device> => {
  const d = fleet.devices[i]!
  return value<Device>(
    await t.station.call('devices.add', {
      name: `T${i + 1}`,
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
      site: 'HQ',
    }),
  )
}

/** Door 1's open duration, read by a client of its own. */
async function openDuration(i: number): Promise<string> {
  const d = fleet.devices[i]!
  const c = connect({ host: d.host, port: d.port, username: d.username, password: d.password })
  try {
    const doc = await c.config.read({
      path: '/ISAPI/AccessControl/Door/param/1',
      capsPath: '/ISAPI/AccessControl/Door/param/1/capabilities',
      format: 'xml',
      root: 'DoorParam',
    })
    return String((doc as Record<string, unknown>).openDuration)
  } finally {
    await c.close()
  }
}

const saveProfile = async (openDurationS: number) =>
  value(
    await t.station.call('profiles.save', {
      name: 'Site standard',
      settings: [{ resource: 'DoorParam', instance: 1, values: { openDuration: openDurationS } }],
    }),
  )

describe('profiles under continuous apply', () => {
  it('a profile assigned and changed reaches its terminals by itself; a terminal added later gets it', async () => {
    await add(0)
    await saveProfile(9)
    value(
      await t.station.call('profiles.assign', {
        name: 'Site standard',
        targets: [{ kind: 'site', value: 'HQ' }],
      }),
    )
    await eventually(async () => expect(await openDuration(0)).toBe('9'))
    await saveProfile(8)
    await eventually(async () => expect(await openDuration(0)).toBe('8'))
    // a terminal of the site added later receives the profile without an apply
    await add(1)
    await eventually(async () => expect(await openDuration(1)).toBe('8'))
  })

  it('with the setting off a profile change waits in the plan', async () => {
    const t1 = await add(0)
    value(await t.station.call('settings.set', { continuousApply: false }))
    await saveProfile(6)
    value(
      await t.station.call('profiles.assign', {
        name: 'Site standard',
        targets: [{ kind: 'site', value: 'HQ' }],
      }),
    )
    const plans = value<TerminalPlan[]>(await t.station.call('profiles.plan', {}))
    const mine = plans.find((p) => p.deviceId === t1.id)
    expect(mine?.items).toContainEqual(
      expect.objectContaining({ key: 'openDuration', after: 6, status: 'change' }),
    )
    // nothing was sent: the terminal still holds what it held (an apply was never started)
    expect(await openDuration(0)).not.toBe('6')
  })
})
