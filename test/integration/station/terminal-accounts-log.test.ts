// Device accounts (over HTTPS only), the terminal's own log, factory reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccountsView, LogPageView } from '../../../src/shared/contract/terminal'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation, type TestStation } from '../../helpers/station'
import { connect, isIsapiError, type IsapiClient } from '../../../src/main/isapi'

let fleet: Fleet
let plain: Fleet
let t: TestStation
let id: string
let plainId: string

const add = async (f: Fleet, name: string, protocol: 'http' | 'https') => {
  const d = f.devices[0]!
  return value<Device>(
    await t.station.call('devices.add', {
      name,
      host: d.host,
      port: d.port,
      protocol,
      username: d.username,
      password: d.password,
    }),
  ).id
}

/** An independent login to the simulated terminal (HTTPS, its self-signed certificate pinned on first use). */
const direct = (username: string, password: string): IsapiClient => {
  const d = fleet.devices[0]!
  return connect({
    host: d.host,
    port: d.port,
    protocol: 'https',
    username,
    password,
    tls: { onFirstUse: () => {} },
  })
}

beforeAll(async () => {
  fleet = await startFleet({ profile: 'card-door', https: true, timing: { rebootMs: 200 } })
  plain = await startFleet({ profile: 'face-lite' })
  t = testStation()
  id = await add(fleet, 'Gate', 'https')
  plainId = await add(plain, 'Lobby', 'http')
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
  await plain.close()
})

describe('device accounts', () => {
  it('lists the accounts and marks the station’s own', async () => {
    const v = value<AccountsView>(await t.station.call('accounts.list', { id }))
    expect(v.accounts).toEqual([
      expect.objectContaining({
        id: '1',
        userName: 'admin',
        level: 'Administrator',
        isStation: true,
      }),
    ])
    expect(v).toMatchObject({
      maxAccounts: 32,
      passwordLength: { min: 8, max: 16 },
      secureChannel: true,
    })
  })

  it('adds a limited operator the terminal then refuses configuration to', async () => {
    const v = value<AccountsView>(
      await t.station.call('accounts.add', {
        id,
        userName: 'guard',
        level: 'Operator',
        password: 'Guard-Pass-42',
      }),
    )
    expect(v.accounts.map((a) => `${a.userName}:${a.level}`)).toContain('guard:Operator')
    // the terminal's own behaviour: the operator may open a door but not write a setting
    const guard = direct('guard', 'Guard-Pass-42')
    try {
      await guard.door.control(1, 'open')
      const refused = await guard.http
        .xml('PUT', '/ISAPI/AccessControl/Door/param/1', 'DoorParam', { openDuration: 9 })
        .then(
          () => null,
          (e: unknown) => e,
        )
      expect(isIsapiError(refused) && refused.subStatusCode).toBe('lowPrivilege')
    } finally {
      await guard.close()
    }
  })

  it('refuses a weak password before sending, with the rule', async () => {
    const r = await t.station.call('accounts.add', {
      id,
      userName: 'night',
      level: 'Viewer',
      password: 'short',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', details: { problem: 'tooShort' } },
    })
  })

  it('changes the admin password; the station’s stored password follows', async () => {
    const v = value<AccountsView>(
      await t.station.call('accounts.setPassword', {
        id,
        accountId: '1',
        password: 'New-Admin-77',
      }),
    )
    expect(v.accounts[0]!.userName).toBe('admin')
    // an independent read with the new password works
    const fresh = direct('admin', 'New-Admin-77')
    expect((await fresh.system.userCheck()).ok).toBe(true)
    await fresh.close()
    // the station keeps working (its stored password followed), with no failed login
    expect(value<Device>(await t.station.call('devices.check', { id })).health).toBe('online')
    const auth = await fleet.control.failedLogins(0)
    expect(Object.values(auth.addresses).every((a) => a.failures === 0)).toBe(true)
  })

  it('changes a limited account’s password: the new one logs in, the station’s own is untouched', async () => {
    const v = value<AccountsView>(await t.station.call('accounts.list', { id }))
    const guard = v.accounts.find((a) => a.userName === 'guard')!
    value(
      await t.station.call('accounts.setPassword', {
        id,
        accountId: guard.id,
        password: 'Guard-Pass-99',
      }),
    )
    const c = direct('guard', 'Guard-Pass-99')
    expect((await c.system.userCheck()).ok).toBe(true)
    await c.close()
    expect(value<Device>(await t.station.call('devices.check', { id })).health).toBe('online')
  })

  it('over plain HTTP no password is sent', async () => {
    const since = (await plain.control.events(0)).at(-1)?.serialNo ?? 0
    const r = await t.station.call('accounts.setPassword', {
      id: plainId,
      accountId: '1',
      password: 'Other-Admin-88',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'INSECURE_CHANNEL' } })
    expect((await plain.control.events(0, since)).filter((e) => e.minor === 118)).toEqual([])
  })
})

describe('deleting a device account', () => {
  /** The terminal's own account list, read by an independent admin login. */
  const namesOnTerminal = async (): Promise<string[]> => {
    const c = direct('admin', 'New-Admin-77')
    try {
      return (await c.accounts.list()).map((a) => a.userName)
    } finally {
      await c.close()
    }
  }

  it('deletes a limited account; the terminal no longer holds it', async () => {
    const guard = value<AccountsView>(await t.station.call('accounts.list', { id })).accounts.find(
      (a) => a.userName === 'guard',
    )!
    expect(await namesOnTerminal()).toContain('guard')
    const v = value<AccountsView>(
      await t.station.call('accounts.remove', { id, accountId: guard.id }),
    )
    expect(v.accounts.map((a) => a.userName)).not.toContain('guard')
    expect(await namesOnTerminal()).not.toContain('guard')
    // the station keeps working, with no failed login
    expect(value<Device>(await t.station.call('devices.check', { id })).health).toBe('online')
    const auth = await fleet.control.failedLogins(0)
    expect(Object.values(auth.addresses).every((a) => a.failures === 0)).toBe(true)
  })

  it('refuses the administrator before sending (ADMIN_ACCOUNT); over plain HTTP nothing is sent', async () => {
    const before = await namesOnTerminal()
    const r = await t.station.call('accounts.remove', { id, accountId: '1' })
    expect(r).toMatchObject({ ok: false, error: { code: 'ADMIN_ACCOUNT' } })
    expect(await namesOnTerminal()).toEqual(before)
    const plainRemove = await t.station.call('accounts.remove', { id: plainId, accountId: '2' })
    expect(plainRemove).toMatchObject({ ok: false, error: { code: 'INSECURE_CHANNEL' } })
    const missing = await t.station.call('accounts.remove', { id, accountId: '31' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('the terminal’s own log', () => {
  it('finds door commands by type and time, paged; exports CSV', async () => {
    for (const command of ['alwaysOpen', 'close'] as const)
      await t.station.call('doors.control', { id, doorNo: 2, command })
    const ops = value<LogPageView>(
      await t.station.call('devices.log', { id, major: 'Operation', limit: 2 }),
    )
    expect(ops.entries).toHaveLength(2)
    expect(ops.next).toBe(2)
    expect(ops.entries.every((e) => e.major === 'Operation')).toBe(true)
    expect(ops.entries[0]!.majorLabel).toEqual({ en: 'Operation', zh: '操作' })
    const all: string[] = []
    const words = new Map<string, unknown>()
    for (let pos: number | null = 0; pos !== null;) {
      const p: LogPageView = value(
        await t.station.call('devices.log', { id, major: 'Operation', position: pos, limit: 3 }),
      )
      all.push(...p.entries.map((e) => e.minor))
      for (const e of p.entries) words.set(e.minor, e.minorLabel)
      pos = p.next
    }
    expect(all).toEqual(
      expect.arrayContaining(['remoteLogin', 'remoteAlwaysOpen', 'remoteCloseDoor']),
    )
    // the terminal's type names come with words in both languages
    expect(words.get('remoteAlwaysOpen')).toEqual({
      en: 'Remote: door held open',
      zh: '远程常开',
    })
    expect(words.get('remoteLogin')).toEqual({ en: 'Remote login', zh: '远程登录' })
    const future = value<LogPageView>(
      await t.station.call('devices.log', { id, from: '2099-01-01T00:00:00Z' }),
    )
    expect(future).toEqual({ entries: [], next: null, total: 0 })
    const csv = value<{ csv: string; rows: number }>(
      await t.station.call('devices.logExport', { id, major: 'Operation' }),
    )
    expect(csv.rows).toBe(all.length)
    expect(csv.csv.split('\r\n')[0]).toBe('time,type,event,user,address,info')
    expect(csv.csv).toContain(
      'Operation,Remote: door held open (remoteAlwaysOpen),admin,127.0.0.1,doorNo=2',
    )
  })

  it('refuses a period that ends before it starts', async () => {
    const r = await t.station.call('devices.log', {
      id,
      from: '2026-02-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })
})

describe('factory reset', () => {
  it('needs the terminal’s name typed; basic wipes persons and keeps the account', async () => {
    const c = direct('admin', 'New-Admin-77')
    await c.http.json('PUT', '/ISAPI/AccessControl/UserInfo/SetUp?format=json', {
      UserInfo: { employeeNo: '7', userType: 'normal' },
    })
    await c.close()
    const wrong = await t.station.call('devices.factoryReset', {
      id,
      mode: 'basic',
      confirm: 'gate',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    expect((await fleet.control.state(0)).persons).toHaveLength(1)
    const r = value<{ device: Device }>(
      await t.station.call('devices.factoryReset', { id, mode: 'basic', confirm: 'Gate' }),
    )
    expect(r.device.health).toBe('online')
    expect((await fleet.control.state(0)).persons).toHaveLength(0)
  })
})
