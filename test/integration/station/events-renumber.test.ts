import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type EventView, type Fleet } from '../../../src/simulator'
import { eventsHarness, waitUntil } from './events-harness'

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: 'card-door', timing: { heartbeatMs: 200 } })
})
afterAll(async () => fleet.close())

describe('a terminal whose event numbering restarts', () => {
  it('keeps the new events whose serial numbers were already used, and follows the new numbering', async () => {
    const h = eventsHarness()
    try {
      const device = await h.add(fleet.devices[0]!)
      await h.connected(device.id)
      const old: EventView[] = []
      for (let i = 0; i < 12; i++)
        old.push(...(await fleet.control.triggerEvent(0, { kind: 'doorForced' })))
      await waitUntil(
        () => h.pushed.find((e) => e.serialNo === old.at(-1)!.serialNo),
        'the old events',
      )

      // the unit is replaced by another one at a new address: its serials start again near 1
      await h.call('devices.update', { id: device.id, patch: { port: fleet.devices[1]!.port } })
      const [fresh] = await fleet.control.triggerEvent(1, { kind: 'card', cardNo: '424242' })
      expect(fresh!.serialNo).toBeLessThan(old.at(-1)!.serialNo)
      const pushed = await waitUntil(
        () => h.pushed.find((e) => e.cardNo === '424242'),
        'the new unit’s event despite its reused serial',
      )
      expect(pushed).toMatchObject({ deviceId: device.id, major: 5, minor: 9, granted: false })
      const [next] = await fleet.control.triggerEvent(1, { kind: 'tamper' })
      await waitUntil(
        () => h.pushed.find((e) => e.major === 1 && e.minor === 1028 && e.time === next!.time),
        'the next event of the new unit',
      )
      // every event of both units is stored, none lost to the dedupe; only an event identical in
      // serial, type and time (here: both units' power-on at fleet start) counts as the same one
      const key = (e: { serialNo: number; major: number; minor: number; time: string }) =>
        `${e.serialNo}/${e.major}/${e.minor}/${e.time}`
      const logged = new Set([
        ...(await fleet.control.events(0, 0)).map(key),
        ...(await fleet.control.events(1, 0)).map(key),
      ]).size
      await waitUntil(() => {
        const n = h.ctx.store.db
          .prepare('SELECT COUNT(*) AS n FROM events WHERE device_id = ?')
          .get(device.id) as { n: number }
        return n.n === logged
      }, 'all events of both units')
      // the cursor follows the new unit's numbering, so a backfill asks for its new events
      expect(h.ctx.store.events.cursor(device.id)).toBeLessThan(old.at(-1)!.serialNo)
    } finally {
      await h.close()
    }
  })
})
