// Freeing listening-host slots: a slot another platform left is emptied on the terminal (and
// read back free), a slot beyond the terminal's slot count is refused before anything is
// sent, and freeing every slot empties them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { connect } from '../../../src/main/isapi'
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let deviceId: string

beforeAll(async () => {
  fleet = await startFleet({ profile: 'card-door' })
  t = testStation()
  const d = fleet.devices[0]!
  deviceId = value<Device>(await addSimulated(t.station, d, 'Gate')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

/** Another platform takes a slot, through an independent login. */
async function platformTakes(slot: string): Promise<void> {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    const h = await c.httpHosts.get(slot)
    await c.httpHosts.set({
      ...h,
      url: '/platform/events',
      addressingFormatType: 'ipaddress',
      ipAddress: '127.0.0.1',
      portNo: 9999,
    })
  } finally {
    await c.close()
  }
}

const states = (v: ListeningSlotView[]) => v.map((s) => `${s.slot}:${s.state}`)

describe('freeing listening-host slots', () => {
  it('frees a slot another platform left; a slot beyond the terminal’s count is refused', async () => {
    await platformTakes('2')
    expect(
      states(value<ListeningSlotView[]>(await t.station.call('listening.slots', { deviceId }))),
    ).toEqual(['1:free', '2:taken'])
    const out = await t.station.call('listening.freeSlot', { deviceId, slot: '3', confirm: true })
    expect(out.ok ? null : out.error).toMatchObject({ code: 'OUT_OF_RANGE', details: { max: 2 } })
    const freed = value<ListeningSlotView[]>(
      await t.station.call('listening.freeSlot', { deviceId, slot: '2', confirm: true }),
    )
    expect(states(freed)).toEqual(['1:free', '2:free'])
    const again = await t.station.call('listening.freeSlot', { deviceId, slot: '2', confirm: true })
    expect(again.ok ? null : again.error.code).toBe('CONFLICT')
  })

  it('frees every slot', async () => {
    await platformTakes('1')
    await platformTakes('2')
    const v = value<ListeningSlotView[]>(
      await t.station.call('listening.freeAll', { deviceId, confirm: true }),
    )
    expect(states(v)).toEqual(['1:free', '2:free'])
  })

  it('refuses without the confirmation', async () => {
    const r = await t.station.call('listening.freeAll', { deviceId })
    expect(r.ok ? null : r.error.code).toBe('INVALID_ARGS')
  })
})
