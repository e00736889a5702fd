// Device accounts all at once (guide 21.2.6–21.2.8): permissions granted or withdrawn for
// several accounts in one request change what the terminal lets each account do (reboot, log
// search), levels changed together change what an account may do (door control); refusals
// before sending for the administrator and for a permission the terminal does not offer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccountRightsView } from '@shared/contract/account-rights'
import type { AccountsView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import { value } from '../../helpers/result'
import { testStation, type TestStation, addSimulated } from '../../helpers/station'
import { connect, isIsapiError } from '../../../src/main/isapi'
import { backFromReboot, lastSerial } from '../isapi/helpers'

let fleet: Fleet
let t: TestStation
let id: string

const PASSWORDS: Record<string, string> = { guard: 'Guard-Pass-42', watch: 'Watch-Pass-42' }

beforeAll(async () => {
  fleet = await startFleet({ profile: 'card-door', https: true })
  t = testStation()
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Gate', 'https')).id
  for (const [userName, level] of [
    ['guard', 'Operator'],
    ['watch', 'Viewer'],
  ] as const)
    value<AccountsView>(
      await t.station.call('accounts.add', { id, userName, level, password: PASSWORDS[userName]! }),
    )
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

/** What the terminal answers `user` doing `what` with its own login: null = accepted. */
async function asUser(
  user: string,
  what: (c: ReturnType<typeof connect>) => Promise<unknown>,
): Promise<string | null> {
  const d = fleet.devices[0]!
  const c = connect({
    host: d.host,
    port: d.port,
    protocol: 'https',
    username: user,
    password: PASSWORDS[user]!,
    tls: { onFirstUse: () => {} },
  })
  try {
    await what(c)
    return null
  } catch (e) {
    return isIsapiError(e) ? (e.subStatusCode ?? e.code) : String(e)
  } finally {
    await c.close()
  }
}

const searchLog = (c: ReturnType<typeof connect>) => c.log.search({})
const openDoor = (c: ReturnType<typeof connect>) =>
  c.http.xml('PUT', '/ISAPI/AccessControl/RemoteControl/door/1', 'RemoteControlDoor', {
    cmd: 'open',
  })
const reboot = (c: ReturnType<typeof connect>) => c.maintenance.reboot()

const row = (v: AccountRightsView, user: string) => v.accounts.find((a) => a.userName === user)!

describe('account rights, all accounts at once', () => {
  it('reads every account’s permissions and what the terminal lets be granted', async () => {
    const v = value<AccountRightsView>(await t.station.call('accounts.rights', { id }))
    expect(v.grantable).toEqual(
      expect.arrayContaining([
        'parameterConfig',
        'logOrStateCheck',
        'upgrade',
        'restartOrShutdown',
      ]),
    )
    expect(row(v, 'admin').remote.restartOrShutdown).toBe(true)
    expect(row(v, 'guard').remote).toMatchObject({
      restartOrShutdown: false,
      logOrStateCheck: true,
    })
    expect(row(v, 'watch').remote.logOrStateCheck).toBe(true)
  })

  it('withdraws log search from the viewer and grants it back: the terminal follows', async () => {
    const watchId = row(value(await t.station.call('accounts.rights', { id })), 'watch').id
    expect(await asUser('watch', searchLog)).toBeNull()
    const v = value<AccountRightsView>(
      await t.station.call('accounts.setRights', {
        id,
        rights: [{ accountId: watchId, remote: { logOrStateCheck: false } }],
      }),
    )
    expect(row(v, 'watch').remote.logOrStateCheck).toBe(false)
    expect(await asUser('watch', searchLog)).toBe('lowPrivilege')
    value(
      await t.station.call('accounts.setRights', {
        id,
        rights: [{ accountId: watchId, remote: { logOrStateCheck: true } }],
      }),
    )
    expect(await asUser('watch', searchLog)).toBeNull()
  })

  it('changes the viewer to an operator (all users at once): door control follows', async () => {
    const watchId = row(value(await t.station.call('accounts.rights', { id })), 'watch').id
    expect(await asUser('watch', openDoor)).toBe('lowPrivilege')
    const v = value<AccountRightsView>(
      await t.station.call('accounts.setLevels', {
        id,
        levels: [{ accountId: watchId, level: 'Operator' }],
      }),
    )
    expect(row(v, 'watch').level).toBe('Operator')
    expect(row(v, 'admin').level).toBe('Administrator')
    expect(await asUser('watch', openDoor)).toBeNull()
  })

  it('refuses the administrator, a level for the station’s account and an unoffered permission', async () => {
    const v = value<AccountRightsView>(await t.station.call('accounts.rights', { id }))
    const admin = await t.station.call('accounts.setRights', {
      id,
      rights: [{ accountId: '1', remote: { upgrade: false } }],
    })
    expect(admin.ok ? null : admin.error.code).toBe('ADMIN_ACCOUNT')
    const voice = await t.station.call('accounts.setRights', {
      id,
      rights: [{ accountId: row(v, 'guard').id, remote: { voiceTalk: false } }],
    })
    expect(voice.ok ? null : voice.error.code).toBe('NOT_SUPPORTED')
    const twice = await t.station.call('accounts.setLevels', {
      id,
      levels: [
        { accountId: row(v, 'guard').id, level: 'Viewer' },
        { accountId: row(v, 'guard').id, level: 'Operator' },
      ],
    })
    expect(twice.ok ? null : twice.error.code).toBe('INVALID_ARGS')
    expect(row(value(await t.station.call('accounts.rights', { id })), 'guard').level).toBe(
      'Operator',
    )
  })

  it('grants reboot to the operator: refused before, accepted after', async () => {
    const d = fleet.devices[0]!
    const guardId = row(value(await t.station.call('accounts.rights', { id })), 'guard').id
    expect(await asUser('guard', reboot)).toBe('lowPrivilege')
    value(
      await t.station.call('accounts.setRights', {
        id,
        rights: [{ accountId: guardId, remote: { restartOrShutdown: true } }],
      }),
    )
    const since = await lastSerial(fleet, d)
    expect(await asUser('guard', reboot)).toBeNull()
    await backFromReboot(fleet, d, since)
  })
})
