// Listening hosts administration (guide 21.10.1, 21.10.3/7): a platform's host is added in a free
// slot (POST) and the terminal's own list shows it; with no free slot the add is refused and
// nothing is sent; replacing the list (PUT) fills the other slots in order and keeps the
// station's own slot where it was.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'

let fleet: Fleet
let t: TestStation
let deviceId: string
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: 'card-door' })
  t = testStation()
  deviceId = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Gate')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})
beforeEach(async () => {
  await call('listening.freeAll', { deviceId, confirm: true })
})

const raw = (method: string, args: unknown) => t.station.call(method, args)
const call = async <T>(method: string, args: unknown) => value<T>(await raw(method, args))

/** The station's own slot, as listening.setup leaves it (its path names the device). */
async function stationTakes(slot: string): Promise<void> {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    const cur = await c.httpHosts.get(slot)
    await c.httpHosts.set({
      ...cur,
      url: `/es/events/${encodeURIComponent(deviceId)}/`,
      addressingFormatType: 'ipaddress',
      ipAddress: '127.0.0.1',
      portNo: 7000,
    })
  } finally {
    await c.close()
  }
}

/** The terminal's slots read through an independent login: slot → address:port/path. */
async function onTerminal(): Promise<string[]> {
  const c = connect({ ...fleet.devices[0]!, protocol: 'http' })
  try {
    return (await c.httpHosts.list()).map(
      (x) => `${x.id}:${x.ipAddress ?? x.hostName}:${x.portNo}${x.url}`,
    )
  } finally {
    await c.close()
  }
}

const host = (address: string, path: string) => ({
  protocol: 'HTTP' as const,
  address,
  port: 9000,
  path,
})
const states = (v: ListeningSlotView[]) => v.map((s) => `${s.slot}:${s.state}`)

describe('listening hosts', () => {
  it('adds a host in a free slot; none free: refused, nothing sent', async () => {
    const one = await call<ListeningSlotView[]>('listening.addHost', {
      deviceId,
      host: host('10.0.0.5', '/a'),
    })
    expect(states(one)).toEqual(['1:taken', '2:free'])
    await call('listening.addHost', { deviceId, host: host('platform.example', '/b') })
    expect(await onTerminal()).toEqual(['1:10.0.0.5:9000/a', '2:platform.example:9000/b'])
    const full = await raw('listening.addHost', { deviceId, host: host('10.0.0.6', '/c') })
    expect(full.ok ? null : full.error.code).toBe('CAPACITY_FULL')
    expect(await onTerminal()).toEqual(['1:10.0.0.5:9000/a', '2:platform.example:9000/b'])
  })

  it('replaces the other platforms’ slots and keeps the station’s own', async () => {
    await call('listening.addHost', { deviceId, host: host('10.0.0.5', '/a') })
    await stationTakes('2')
    const before = await call<ListeningSlotView[]>('listening.slots', { deviceId })
    expect(states(before)).toEqual(['1:taken', '2:ours'])

    const tooMany = await raw('listening.replaceHosts', {
      deviceId,
      hosts: [host('10.0.0.7', '/x'), host('10.0.0.8', '/y')],
      confirm: true,
    })
    expect(tooMany.ok ? null : tooMany.error).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { max: 1 },
    })
    const after = await call<ListeningSlotView[]>('listening.replaceHosts', {
      deviceId,
      hosts: [host('10.0.0.7', '/x')],
      confirm: true,
    })
    expect(states(after)).toEqual(['1:taken', '2:ours'])
    const slots = await onTerminal()
    expect(slots[0]).toBe('1:10.0.0.7:9000/x')
    expect(slots[1]).toContain('/es/events/')

    const emptied = await call<ListeningSlotView[]>('listening.replaceHosts', {
      deviceId,
      hosts: [],
      confirm: true,
    })
    expect(states(emptied)).toEqual(['1:free', '2:ours'])
  })
})
