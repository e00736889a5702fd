// Issue 18.6: editing an HTTPS terminal's address renews its TLS pin (the new certificate is
// pinned, not dropped), and the pin survives a restart.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { testStation } from '../../helpers/station'

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: 2, https: true, profile: 'card-door' })
})
afterAll(async () => fleet.close())

it('a new address of an HTTPS terminal is pinned at once and stays pinned after a restart', async () => {
  const [a, b] = fleet.devices
  const first = testStation({ onDisk: true })
  const added = value<Device>(
    await first.station.call('devices.add', {
      name: 'Door',
      host: a!.host,
      port: a!.port,
      protocol: 'https',
      username: a!.username,
      password: a!.password,
    }),
  )
  expect(added.tlsFingerprint).toMatch(/^[0-9A-F:]+$/i)
  const moved = value<Device>(
    await first.station.call('devices.update', {
      id: added.id,
      patch: { host: b!.host, port: b!.port, password: b!.password },
    }),
  )
  expect(moved.tlsFingerprint).toMatch(/^[0-9A-F:]+$/i)
  await first.station.close()
  const again = testStation({ onDisk: true, dataDir: first.dataDir })
  const listed = value<Device[]>(await again.station.call('devices.list', {}))
  expect(listed[0]!.tlsFingerprint).toBe(moved.tlsFingerprint)
  await again.station.close()
})
