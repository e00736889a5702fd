// The demo site's rules on first start: started by itself on an empty roster only, removable in
// one action, and never started again once removed or once a real terminal was added.
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { simulatorDemo } from '../../../src/main/demo-launcher'
import { offerDemo } from '../../../src/main/offer-demo'
import { silentLogger } from '../../../src/main/platform/logger'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'
import { createStation, type Station } from '../../../src/main/station'
import { startFleet } from '../../../src/simulator'
import type { DemoStatus } from '../../../src/shared/contract/demo'
import type { Device, Settings } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated } from '../../helpers/station'

const resources = resolve('resources', 'demo')
const open = (dataDir: string): Station =>
  createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: { now: () => new Date() },
    logger: silentLogger,
    bridge: 'test',
    version: 'demo-rules-test',
    demo: simulatorDemo(dataDir, resources),
    healthCheckMs: 3_600_000,
  })

const opened: Station[] = []
const station = (dataDir: string): Station => {
  const s = open(dataDir)
  opened.push(s)
  return s
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close()
})

const offer = async (s: Station): Promise<string[]> => {
  const said: string[] = []
  await offerDemo(s, (line) => said.push(line))
  return said
}

it('removes the demo site in one action and never starts it again, even after a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-demo-rules-'))
  const first = station(dataDir)
  expect(await offer(first)).toHaveLength(1)
  const status = value<DemoStatus>(await first.call('demo.status', {}))
  expect(status.active).toBe(true)
  expect(status.deviceIds).toHaveLength(3)
  const devices = value<Device[]>(await first.call('devices.list', {}))
  expect(devices.map((d) => d.site)).toEqual(['Demo site', 'Demo site', 'Demo site'])

  // A person of the user's own stays when the demo goes.
  value(await first.call('persons.save', { employeeNo: '9001', name: 'Own person' }))

  const removed = value<{ devices: number; persons: number }>(await first.call('demo.remove', {}))
  expect(removed).toEqual({ devices: 3, persons: 6 })
  expect(value<Device[]>(await first.call('devices.list', {}))).toEqual([])
  const left = value<{ total: number; items: { employeeNo: string }[] }>(
    await first.call('persons.search', {}),
  )
  expect(left.items.map((p) => p.employeeNo)).toEqual(['9001'])
  expect(value<DemoStatus>(await first.call('demo.status', {}))).toEqual({
    active: false,
    deviceIds: [],
  })
  expect(existsSync(join(dataDir, 'demo-site'))).toBe(false)
  const again = await first.call('demo.remove', {})
  expect(again.ok ? null : again.error.code).toBe('NOT_FOUND')
  await first.close()

  // Empty roster again, but the user removed the demo: it stays away.
  const second = station(dataDir)
  expect(await offer(second)).toEqual([])
  expect(value<Device[]>(await second.call('devices.list', {}))).toEqual([])
}, 60_000)

it('never starts the demo site once a real terminal was added, even if it was removed again', async () => {
  const fleet = await startFleet({ devices: 1 })
  try {
    const dataDir = mkdtempSync(join(tmpdir(), 'es-demo-rules-'))
    const first = station(dataDir)
    const [terminal] = fleet.devices
    if (!terminal) throw new Error('no simulated terminal')
    const added = value<Device>(await addSimulated(first, terminal, 'Front door'))
    expect(value<Settings>(await first.call('settings.get', {})).demoOffered).toBe(true)
    value(await first.call('devices.remove', { id: added.id }))
    await first.close()

    const second = station(dataDir)
    expect(await offer(second)).toEqual([])
    expect(value<Device[]>(await second.call('devices.list', {}))).toEqual([])
  } finally {
    await fleet.close()
  }
})

it('does not start the demo site on a roster that already has persons', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-demo-rules-'))
  const s = station(dataDir)
  value(await s.call('persons.save', { employeeNo: '7', name: 'Own person' }))
  expect(await offer(s)).toEqual([])
  expect(value<Settings>(await s.call('settings.get', {})).demoOffered).toBe(true)
  expect(value<DemoStatus>(await s.call('demo.status', {})).active).toBe(false)
})
