// An ID card read at a simulated terminal (IDCardInfoEvent, guide 21.19.3) reaches the station
// over its alertStream and is stored as the access event it carries (person-and-card match or
// mismatch), with the card number masked but for its last 4 digits: neither the whole number
// nor the card's other data (name, address) is stored anywhere in the event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { AccessEvent, Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import type { Store } from '../../../src/main/store'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let deviceId = ''
let store: Store
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  t = testStation({ onStoreOpen: (s) => (store = s) })
  deviceId = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Lobby')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const search = async (): Promise<AccessEvent[]> =>
  value<{ items: AccessEvent[] }>(await t.station.call('events.search', { deviceId, limit: 50 }))
    .items

describe('ID card events', () => {
  it('stores a read with the number masked but for its last 4 digits, and nothing else of the card', async () => {
    await fleet.control.triggerEvent(fleet.devices[0]!, {
      kind: 'idCard',
      idCardNo: '110101199002240011',
      name: 'ZHANG SAN',
    })
    await fleet.control.triggerEvent(fleet.devices[0]!, {
      kind: 'idCard',
      idCardNo: '11010119900224123X',
      match: false,
    })
    await expect.poll(async () => (await search()).filter((e) => e.idCardNo).length).toBe(2)
    const reads = (await search()).filter((e) => e.idCardNo)
    const match = reads.find((e) => e.minor === 105)!
    const mismatch = reads.find((e) => e.minor === 112)!
    expect(match).toMatchObject({ idCardNo: '**************0011', granted: true, major: 5 })
    expect(mismatch).toMatchObject({ idCardNo: '**************123X', granted: false })
    const stored = store.db
      .prepare('SELECT raw, id_card_no FROM events WHERE id_card_no IS NOT NULL')
      .all() as { raw: string; id_card_no: string }[]
    expect(stored).toHaveLength(2)
    for (const row of stored) {
      expect(row.raw).not.toContain('1101011990')
      expect(row.raw).not.toContain('ZHANG SAN')
    }
  })
})
