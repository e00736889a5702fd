import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '../../../src/shared/model'
import { testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'card-door', 'face-lite'],
    lockoutAttempts: 3,
    lockoutSeconds: 60,
  })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  for (let i = 0; i < fleet.devices.length; i++) {
    await fleet.control.clearFaults(i)
    await fleet.control.unlock(i)
  }
})

const addArgs = (i: number, password = fleet.devices[i]!.password) => ({
  name: `Door ${i}`,
  host: fleet.devices[i]!.host,
  port: fleet.devices[i]!.port,
  protocol: 'http' as const,
  username: fleet.devices[i]!.username,
  password,
  site: 'HQ',
})
const failures = async (i: number) =>
  Object.values((await fleet.control.failedLogins(i)).addresses).reduce((n, a) => n + a.failures, 0)

describe('devices', () => {
  it('adds a face terminal after a login check, with model, serial and what it can hold', async () => {
    t = testStation({ onDisk: true })
    const device = value<Device>(await t.station.call('devices.add', addArgs(0)))
    expect(device).toMatchObject({
      health: 'online',
      model: fleet.devices[0]!.model,
      serialNumber: fleet.devices[0]!.serialNumber,
      site: 'HQ',
    })
    expect(device.capabilities).toMatchObject({ card: true, face: true, fingerprint: true })
    expect(device.lastSeenAt).not.toBeNull()
    expect(value<Device[]>(await t.station.call('devices.list', {}))).toHaveLength(1)
    // the password is sealed at rest
    await t.station.close()
    const db = new Database(join(t.dataDir, 'roster.sqlite'), { readonly: true })
    const row = db.prepare('SELECT secret FROM devices').get() as { secret: Buffer }
    expect(row.secret.includes(Buffer.from(fleet.devices[0]!.password))).toBe(false)
    db.close()
  })

  it('knows a card-only controller holds no faces', async () => {
    t = testStation()
    const device = value<Device>(await t.station.call('devices.add', addArgs(1)))
    expect(device.capabilities).toMatchObject({ card: true, face: false })
  })

  it('refuses a wrong password after exactly one attempt, adds nothing, and never retries it', async () => {
    t = testStation()
    const before = await failures(2)
    const result = await t.station.call('devices.add', addArgs(2, 'wrong-password-1'))
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(await failures(2)).toBe(before + 1)
    expect(value<Device[]>(await t.station.call('devices.list', {}))).toEqual([])
    // the right password then works
    expect(value<Device>(await t.station.call('devices.add', addArgs(2))).health).toBe('online')
  })

  it('reports a locked terminal with its unlock time, without sending credentials again', async () => {
    t = testStation()
    const device = value<Device>(await t.station.call('devices.add', addArgs(0)))
    await fleet.control.lock(0, 45)
    const checked = value<Device>(await t.station.call('devices.check', { id: device.id }))
    expect(checked.health).toBe('locked')
    const seconds = (Date.parse(checked.unlockAt!) - Date.now()) / 1000
    expect(seconds).toBeGreaterThan(30)
    expect(seconds).toBeLessThanOrEqual(46)
    const failuresAfterLock = await failures(0)
    expect(value<Device>(await t.station.call('devices.check', { id: device.id })).health).toBe(
      'locked',
    )
    expect(await failures(0)).toBe(failuresAfterLock)
  })

  it('shows an unreachable terminal as offline and brings it back online', async () => {
    t = testStation()
    const device = value<Device>(await t.station.call('devices.add', addArgs(1)))
    await fleet.control.fault(1, { offline: true })
    expect(value<Device>(await t.station.call('devices.check', { id: device.id })).health).toBe(
      'offline',
    )
    await fleet.control.clearFaults(1)
    expect(value<Device>(await t.station.call('devices.check', { id: device.id })).health).toBe(
      'online',
    )
  })

  it('refuses a second entry for the same address and keeps the first on a failed edit', async () => {
    t = testStation()
    const device = value<Device>(await t.station.call('devices.add', addArgs(0)))
    expect(await t.station.call('devices.add', addArgs(0))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    const edit = await t.station.call('devices.update', {
      id: device.id,
      patch: { password: 'not-the-password' },
    })
    expect(edit).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(value<Device>(await t.station.call('devices.check', { id: device.id })).health).toBe(
      'online',
    )
    expect(
      value<Device>(
        await t.station.call('devices.update', { id: device.id, patch: { name: 'Lobby' } }),
      ).name,
    ).toBe('Lobby')
    expect(
      value<{ removed: boolean }>(await t.station.call('devices.remove', { id: device.id })),
    ).toEqual({ removed: true })
  })
})

describe('health monitor', () => {
  it('notices a terminal going offline and coming back, by itself', async () => {
    t = testStation({ healthCheckMs: 100 })
    const device = value<Device>(await t.station.call('devices.add', addArgs(1)))
    const healthBecomes = (health: string) =>
      new Promise<void>((resolve) => {
        const off = t.station.subscribe((event, payload) => {
          if (
            event === 'device.status' &&
            (payload as { deviceId: string; health: string }).deviceId === device.id &&
            (payload as { health: string }).health === health
          ) {
            off()
            resolve()
          }
        })
      })
    const offline = healthBecomes('offline')
    await fleet.control.fault(1, { offline: true })
    await offline
    const online = healthBecomes('online')
    await fleet.control.clearFaults(1)
    await online
    expect(value<Device[]>(await t.station.call('devices.list', {}))[0]!.health).toBe('online')
  })
})

describe('activation', () => {
  it('activates a factory-new terminal with a strong password and adds it; refuses a weak one locally', async () => {
    const fresh = await startFleet({ devices: 1, profile: 'face-lite', activated: false })
    try {
      t = testStation()
      const d = fresh.devices[0]!
      const args = { name: 'New', host: d.host, port: d.port, protocol: 'http' as const, site: '' }
      expect(
        await t.station.call('devices.add', { ...args, username: 'admin', password: 'whatever1' }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_ACTIVATED' } })
      expect(
        await t.station.call('devices.activate', { ...args, password: 'password' }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
      const device = value<Device>(
        await t.station.call('devices.activate', { ...args, password: 'Door-Keeper-7' }),
      )
      expect(device).toMatchObject({ health: 'online', model: d.model })
      expect((await fresh.control.state(0)).activated).toBe(true)
      expect(
        await t.station.call('devices.activate', {
          ...args,
          host: d.host,
          password: 'Door-Keeper-7',
        }),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    } finally {
      await fresh.close()
    }
  })
})
