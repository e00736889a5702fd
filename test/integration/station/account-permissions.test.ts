// Device accounts, continued: remote configuration granted to an operator changes what the
// terminal lets that operator write (and withdrawing it refuses the write again); the
// administrator's permissions are refused before anything is sent; the station's login check
// reports what the terminal says of its password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccountsView } from '@shared/contract/terminal'
import type { LoginCheckView } from '@shared/contract/account-permissions'
import type { Device } from '@shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation, addSimulated } from '../../helpers/station'
import { connect, isIsapiError } from '../../../src/main/isapi'

let fleet: Fleet
let t: TestStation
let id: string

beforeAll(async () => {
  fleet = await startFleet({ profile: 'card-door', https: true })
  t = testStation()
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Gate', 'https')).id
  value<AccountsView>(
    await t.station.call('accounts.add', {
      id,
      userName: 'guard',
      level: 'Operator',
      password: 'Guard-Pass-42',
    }),
  )
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

/** The guard writes a door setting with its own login: null when the terminal accepts it. */
async function guardWrites(openDuration: number): Promise<string | null> {
  const d = fleet.devices[0]!
  const guard = connect({
    host: d.host,
    port: d.port,
    protocol: 'https',
    username: 'guard',
    password: 'Guard-Pass-42',
    tls: { onFirstUse: () => {} },
  })
  try {
    await guard.http.xml('PUT', '/ISAPI/AccessControl/Door/param/1', 'DoorParam', {
      openDuration,
    })
    return null
  } catch (e) {
    return isIsapiError(e) ? (e.subStatusCode ?? e.code) : String(e)
  } finally {
    await guard.close()
  }
}

describe('account permissions', () => {
  it('grants remote configuration to an operator, then withdraws it: the terminal follows', async () => {
    const guardId = value<AccountsView>(
      await t.station.call('accounts.list', { id }),
    ).accounts.find((a) => a.userName === 'guard')!.id
    expect(await guardWrites(7)).toBe('lowPrivilege')
    const granted = value<AccountsView>(
      await t.station.call('accounts.setPermission', {
        id,
        accountId: guardId,
        parameterConfig: true,
      }),
    )
    expect(granted.accounts.find((a) => a.userName === 'guard')?.parameterConfig).toBe(true)
    expect(await guardWrites(8)).toBeNull()
    value<AccountsView>(
      await t.station.call('accounts.setPermission', {
        id,
        accountId: guardId,
        parameterConfig: false,
      }),
    )
    expect(await guardWrites(9)).toBe('lowPrivilege')
  })

  it('refuses to change the administrator’s permissions', async () => {
    const r = await t.station.call('accounts.setPermission', {
      id,
      accountId: '1',
      parameterConfig: false,
    })
    expect(r.ok ? null : r.error.code).toBe('ADMIN_ACCOUNT')
  })

  it('checks the station’s login and says whether the terminal calls the password weak', async () => {
    const v = value<LoginCheckView>(await t.station.call('accounts.loginCheck', { id }))
    expect(v).toEqual({ userName: 'admin', riskPassword: false, defaultPassword: false })
  })
})
