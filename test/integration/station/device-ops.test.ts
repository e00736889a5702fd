import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let id: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
})
afterAll(async () => fleet.close())
beforeEach(async () => {
  t = testStation()
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Lobby')).id
})
afterEach(async () => t.station.close())

it('measures a terminal clock that runs five minutes fast and sets it right', async () => {
  await fleet.control.shiftClock(0, 300_000)
  const before = value<{ driftSeconds: number }>(await t.station.call('devices.time', { id }))
  expect(before.driftSeconds).toBeGreaterThanOrEqual(298)
  expect(before.driftSeconds).toBeLessThanOrEqual(302)
  const synced = value<Device>(await t.station.call('devices.syncTime', { id }))
  expect(Math.abs(synced.clockDriftSeconds ?? 99)).toBeLessThanOrEqual(2)
  expect(
    Math.abs(
      value<{ driftSeconds: number }>(await t.station.call('devices.time', { id })).driftSeconds,
    ),
  ).toBeLessThanOrEqual(2)
})

it('opens a door remotely (the terminal logs a remote open) and refuses a door it does not have', async () => {
  const since = (await fleet.control.events(0)).at(-1)?.serialNo ?? 0
  expect(await t.station.call('devices.openDoor', { id, doorNo: 1, command: 'open' })).toEqual({
    ok: true,
    value: { ok: true },
  })
  const logged = await fleet.control.events(0, since)
  expect(logged.some((e) => e.major === 3 && e.minor === 1024)).toBe(true)
  const bad = await t.station.call('devices.openDoor', { id, doorNo: 9, command: 'open' })
  expect(bad).toMatchObject({
    ok: false,
    error: { code: expect.stringMatching(/DEVICE_REJECTED|NOT_SUPPORTED/) },
  })
})

it('shows when a terminal last reported an access event', async () => {
  const arrived = new Promise<{ time: string }>((resolve) => {
    const off = t.station.subscribe((event, payload) => {
      if (event === 'event.access') {
        off()
        resolve(payload as { time: string })
      }
    })
  })
  await fleet.control.triggerEvent(0, { kind: 'card', cardNo: '12345' })
  const event = await arrived
  expect(value<Device[]>(await t.station.call('devices.list', {}))[0]!.lastEventAt).toBe(event.time)
})
