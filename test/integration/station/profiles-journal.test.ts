// The profile journal's guarantees: steps written before a crash are sent at the next start
// (idempotent: the same values again), and a terminal that is offline pauses its steps until it
// is checked healthy again — then they are sent without another apply.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import { ControlClient } from '../../../src/simulator/control-client'
import { openStore } from '../../../src/main/store'
import type { Device } from '../../../src/shared/model'
import type { ProfileJob } from '../../../src/shared/contract/profiles'
import { eventually } from '../../helpers/eventually'
import { value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation } from '../../helpers/station'

let fleet: Fleet
let control: ControlClient
beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['card-door'] })
  control = new ControlClient(fleet.controlUrl)
})
afterAll(async () => fleet.close())

const docs = async () =>
  (await control.docs(fleet.devices[0]!, 'DoorParam/1'))['DoorParam/1'] as
    Record<string, unknown> | undefined

/** A station on disk with one terminal, closed again; its data folder is returned. */
async function stationWithTerminal(): Promise<{ dataDir: string; deviceId: string }> {
  const t = testStation({ onDisk: true, scheduled: false })
  const d = fleet.devices[0]!
  const device = value<Device>(await addSimulated(t.station, d, 'Gate'))
  await t.station.close()
  return { dataDir: t.dataDir, deviceId: device.id }
}

/** A job written as the station writes it, then "crashed" before anything was sent. */
function writeJob(dataDir: string, deviceId: string, openDuration: number): string {
  const store = openStore(join(dataDir, 'roster.sqlite'))
  const id = `job-${openDuration}`
  store.profiles.createJob(
    { id, createdAt: new Date().toISOString(), finishedAt: null, unsupported: [] },
    [{ deviceId, resource: 'DoorParam', instance: 1, changes: { openDuration } }],
  )
  store.close()
  return id
}

describe('profile journal', () => {
  it('sends steps left pending by a crash at the next start', async () => {
    const { dataDir, deviceId } = await stationWithTerminal()
    const jobId = writeJob(dataDir, deviceId, 8)
    const t = testStation({ dataDir, onDisk: true, scheduled: false })
    try {
      await eventually(async () => expect((await docs())?.openDuration).toBe(8))
      const job = await eventually(async () => {
        const j = value<ProfileJob>(await t.station.call('profiles.job', { jobId }))
        expect(j.state).toBe('done')
        return j
      })
      expect(job.steps[0]!.changed).toEqual([
        expect.objectContaining({ key: 'openDuration', after: '8' }),
      ])
    } finally {
      await t.station.close()
    }
  })

  it('pauses on an offline terminal and resumes when it is checked healthy', async () => {
    const { dataDir, deviceId } = await stationWithTerminal()
    await control.fault(fleet.devices[0]!, { offline: true })
    const jobId = writeJob(dataDir, deviceId, 13)
    const t = testStation({ dataDir, onDisk: true, scheduled: false })
    try {
      const paused = await eventually(async () => {
        const j = value<ProfileJob>(await t.station.call('profiles.job', { jobId }))
        expect(j.state).toBe('paused')
        return j
      })
      expect(paused.steps[0]!.error?.code).toMatch(/OFFLINE|TIMEOUT/)
      expect((await docs())?.openDuration).not.toBe(13)
      await control.clearFaults(fleet.devices[0]!)
      value(await t.station.call('devices.check', { id: deviceId }))
      await eventually(async () => {
        const j = value<ProfileJob>(await t.station.call('profiles.job', { jobId }))
        expect(j.state).toBe('done')
      })
      expect((await docs())?.openDuration).toBe(13)
    } finally {
      await t.station.close()
    }
  })
})
