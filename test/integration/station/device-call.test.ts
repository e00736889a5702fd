// The one path every device call takes (devices.call): health recorded from the outcome, a
// locked terminal refused without a login, failures coded. Reached here through devices.time,
// one of the contract methods built on it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '@shared/model'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, lockoutAttempts: 3, lockoutSeconds: 60 })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  await fleet.control.clearFaults(0)
  await fleet.control.unlock(0)
})

const added = async () => {
  t = testStation()
  return value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Lobby')).id
}
const healthOf = async (id: string) =>
  value<Device[]>(await t.station.call('devices.list', {})).find((d) => d.id === id)?.health

describe('devices.call', () => {
  it('records the health a call observes: offline on failure, online again on success', async () => {
    const id = await added()
    await fleet.control.fault(0, { offline: true })
    expect(await t.station.call('devices.time', { id })).toMatchObject({
      ok: false,
      error: { code: 'OFFLINE', details: { device: 'Lobby' } },
    })
    expect(await healthOf(id)).toBe('offline') // no login check ran: the call itself recorded it
    await fleet.control.clearFaults(0)
    expect((await t.station.call('devices.time', { id })).ok).toBe(true)
    expect(await healthOf(id)).toBe('online')
  })

  it('refuses a call to a locked terminal before its unlock time without sending a login', async () => {
    const id = await added()
    await fleet.control.lock(0, 45)
    expect(value<Device>(await t.station.call('devices.check', { id })).health).toBe('locked')
    // the terminal would answer again now; the station still waits for the unlock time it was told
    await fleet.control.unlock(0)
    const refused = await t.station.call('devices.time', { id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'DEVICE_LOCKED' } })
    if (refused.ok) return
    expect(refused.error.message).toContain('nothing is sent')
    expect(Date.parse(String(refused.error.details?.unlockAt))).toBeGreaterThan(Date.now())
    expect(await healthOf(id)).toBe('locked')
  })

  it("turns the terminal's own refusal into a coded failure carrying the device's code", async () => {
    const id = await added()
    await fleet.control.fault(0, { busy: { count: 1, mode: 'deviceBusy' } })
    const busy = await t.station.call('devices.time', { id })
    expect(busy).toMatchObject({ ok: false, error: { code: 'DEVICE_BUSY' } })
    if (busy.ok) return
    expect(busy.error.details).toMatchObject({ device: 'Lobby', deviceCode: expect.any(Object) })
    expect(await healthOf(id)).toBe('online') // busy is not a health state
  })
})
