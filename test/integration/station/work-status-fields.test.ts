// The terminal's working status shows only what its AcsWorkStatus capability lists (guide
// 21.25.1): a value face terminal modelled on a real answer (six fields, no verify mode) shows
// its power supply and tamper state and no reader verify mode; a full face terminal shows its
// anti-passback, Hik-Connect state and card count as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '@shared/model'
import type { DoorsStatus } from '@shared/contract/terminal'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
const ids: string[] = []

beforeAll(async () => {
  fleet = await startFleet({ devices: 2, profile: ['face-lite', 'face-fp'] })
  t = testStation()
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, `T${i}`)).id)
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

const status = async (i: number) =>
  value<DoorsStatus>(await t.station.call('doors.status', { id: ids[i] }))

describe('working status by the terminal’s capability', () => {
  it('a value terminal: the six fields it lists, no reader verify mode', async () => {
    const s = await status(0)
    expect(s.reports).toEqual([
      'doorLockStatus',
      'doorStatus',
      'magneticStatus',
      'cardReaderOnlineStatus',
      'powerSupplyStatus',
      'hostAntiDismantleStatus',
    ])
    expect(s.terminal).toEqual([
      { field: 'powerSupplyStatus', value: 'ACPowerSupply' },
      { field: 'hostAntiDismantleStatus', value: 'close' },
    ])
    expect(s.readers).toEqual([{ readerNo: 1, online: true }])
  })

  it('a full terminal: anti-passback, Hik-Connect and its card count too, and the verify mode', async () => {
    const s = await status(1)
    expect(s.reports).toContain('cardReaderVerifyMode')
    expect(s.terminal?.map((x) => x.field)).toEqual([
      'powerSupplyStatus',
      'hostAntiDismantleStatus',
      'antiSneakStatus',
      'ezvizStatus',
      'cardNum',
    ])
    expect(s.readers[0]?.verifyMode).toBeDefined()
  })
})
