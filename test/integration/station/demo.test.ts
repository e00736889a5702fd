import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { simulatorDemo } from '../../../src/main/demo-launcher'
import { silentLogger } from '../../../src/main/platform/logger'
import { keyFileSecretBox } from '../../../src/main/platform/secret-box'
import { createStation } from '../../../src/main/station'
import { offerDemo } from '../../../src/main/offer-demo'
import type { ApplyJob, Device, PersonDeviceStatus } from '../../../src/shared/model'
import { value } from '../../helpers/roster-fixtures'

const resources = resolve('resources', 'demo')
const open = (dataDir: string) =>
  createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: { now: () => new Date() },
    logger: silentLogger,
    bridge: 'test',
    version: 'demo-test',
    demo: simulatorDemo(dataDir, resources),
    apply: { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } },
  })

async function settled(station: ReturnType<typeof open>): Promise<ApplyJob> {
  for (;;) {
    const job = value<ApplyJob | null>(await station.call('apply.status', {}))
    if (job && (job.state === 'done' || job.state === 'failed')) return job
    await new Promise((r) => setTimeout(r, 50))
  }
}

it('starts the demo site on an empty roster once, applies the sample persons, and brings it back after a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-demo-'))
  let station = open(dataDir)
  const said: string[] = []
  await offerDemo(station, (line) => said.push(line))
  expect(said[0]).toMatch(/Demo site: 3 simulated terminals and 6 sample persons/)
  const devices = value<Device[]>(await station.call('devices.list', {}))
  expect(devices.map((d) => d.health)).toEqual(['online', 'online', 'online'])
  expect(new Set(devices.map((d) => d.capabilities?.face))).toEqual(new Set([true, false]))
  const job = await settled(station)
  expect(job.state).toBe('done')
  const status = value<PersonDeviceStatus[]>(
    await station.call('apply.personStatus', { employeeNo: '1001' }),
  )
  expect(status.map((s) => s.state)).toEqual(['applied', 'applied', 'applied'])
  await offerDemo(station, (line) => said.push(line)) // offered once only
  expect(said).toHaveLength(1)
  await station.close()

  station = open(dataDir)
  try {
    let back: Device[] = []
    for (let i = 0; i < 100; i++) {
      back = value<Device[]>(await station.call('devices.list', {}))
      if (back.every((d) => d.health === 'online')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(back.map((d) => d.health)).toEqual(['online', 'online', 'online'])
    const again = value<ApplyJob>(await station.call('apply.start', {}))
    expect(again.devices).toEqual([]) // the terminals kept their flash: nothing to send
  } finally {
    await station.close()
  }
}, 30_000)
