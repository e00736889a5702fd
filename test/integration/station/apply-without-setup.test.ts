// A terminal whose firmware has no SetUp (the simulator's face-legacy profile: its capabilities
// leave `setUp` out, a SetUp request is refused): the apply adds with UserInfo/Record,
// CardInfo/Record, FaceDataRecord and FingerPrintDownload (+ FingerPrintProgress), and changes
// what the terminal already holds with UserInfo/Modify and CardInfo/Modify (a face is deleted
// and added again). Everything the roster says ends up on the terminal; removing a fingerprint
// later goes through FingerPrint/Delete (+ DeleteProcess).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { ApplyJob, Device } from '../../../src/shared/model'
import { addPerson, syntheticFace, value } from '../../helpers/roster-fixtures'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { client } from '../isapi/helpers'

let fleet: Fleet
let t: TestStation
let deviceId: string
const FAST = { concurrencyPerDevice: 2, flushMs: 20, retryMs: { first: 50, max: 200 } }

beforeAll(async () => {
  fleet = await startFleet({ devices: 1, profile: ['face-legacy'] })
  t = testStation({ apply: FAST })
  deviceId = value<Device>(await addSimulated(t.station, fleet.devices[0]!, 'Old lobby')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

async function applyAll(): Promise<ApplyJob> {
  const id = value<ApplyJob>(await t.station.call('apply.start', {})).id
  let job = value<ApplyJob>(await t.station.call('apply.status', { jobId: id }))
  await expect
    .poll(
      async () => {
        job = value<ApplyJob>(await t.station.call('apply.status', { jobId: id }))
        return job.state
      },
      { timeout: 30_000 },
    )
    .toMatch(/^(done|failed)$/)
  return job
}

describe('a terminal without SetUp', () => {
  it('is known to lack it, and refuses a SetUp', async () => {
    const device = value<Device>(await t.station.call('devices.check', { id: deviceId }))
    expect(device.capabilities?.setUp).toEqual({
      persons: false,
      cards: false,
      faces: false,
      fingerprints: false,
    })
    const c = client(fleet.devices[0]!)
    try {
      await expect(
        c.persons.upsert({ employeeNo: '1', name: 'X', userType: 'normal' }),
      ).rejects.toMatchObject({ category: 'notSupported' })
    } finally {
      await c.close()
    }
  })

  it('receives new persons by Record and changes what it held by Modify', async () => {
    // the terminal already holds person 7 under an old name, card 0077 and another face
    const c = client(fleet.devices[0]!)
    try {
      await c.persons.add({ employeeNo: '7', name: 'Old Name', userType: 'normal' })
      await c.cards.add({ employeeNo: '7', cardNo: '0077', cardType: 'normalCard' })
      await c.faces.add({ FPID: '7' }, { jpeg: await syntheticFace(70, 240) })
    } finally {
      await c.close()
    }
    const oldFace = (await fleet.control.state(0)).faces.find((f) => f.FPID === '7')!.bytes
    await addPerson(t.station, '7', 'New Name', { card: '0077', face: await syntheticFace(7) })
    await addPerson(t.station, '8', 'Fresh Start', { card: '0088', face: await syntheticFace(8) })
    const job = await applyAll()
    expect(job.state).toBe('done')
    const s = await fleet.control.state(0)
    expect(s.persons.map((p) => [p.employeeNo, p.name]).sort()).toEqual([
      ['7', 'New Name'],
      ['8', 'Fresh Start'],
    ])
    expect(s.cards.map((x) => [x.cardNo, x.employeeNo]).sort()).toEqual([
      ['0077', '7'],
      ['0088', '8'],
    ])
    const faces = new Map(s.faces.map((f) => [f.FPID, f.bytes]))
    expect([...faces.keys()].sort()).toEqual(['7', '8'])
    expect(faces.get('7')).not.toBe(oldFace)
  })

  it('receives a fingerprint by FingerPrintDownload, and loses it by FingerPrint/Delete', async () => {
    const saved = new Promise<string>((resolve) => {
      const off = t.station.subscribe((event, payload) => {
        const p = payload as { phase: string; message: string }
        if (event === 'enroll.progress' && ['saved', 'failed', 'cancelled'].includes(p.phase)) {
          off()
          resolve(p.phase)
        }
      })
    })
    value(
      await t.station.call('enroll.start', {
        deviceId,
        employeeNo: '8',
        kind: 'fingerprint',
        fingerId: 3,
      }),
    )
    await fleet.control.presentFinger(0, { quality: 90 })
    expect(await saved).toBe('saved')
    expect((await applyAll()).state).toBe('done')
    await expect
      .poll(async () =>
        (await fleet.control.state(0)).fingerprints.map((f) => [f.employeeNo, f.fingerPrintID]),
      )
      .toEqual([['8', 3]])
    value(await t.station.call('persons.removeFingerprint', { employeeNo: '8', fingerId: 3 }))
    expect((await applyAll()).state).toBe('done')
    expect((await fleet.control.state(0)).fingerprints).toEqual([])
  })
})
