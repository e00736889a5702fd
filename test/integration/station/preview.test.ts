import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { Device, PreviewFrame } from '../../../src/shared/model'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

let fleet: Fleet
let t: TestStation
beforeAll(async () => {
  // snapshots: these terminals serve no RTSP (the RTSP path: preview-rtsp.test.ts)
  fleet = await startFleet({
    devices: 3,
    profile: ['face-fp', 'card-door', 'face-fp'],
    rtsp: false,
  })
})
afterAll(async () => fleet.close())
afterEach(async () => {
  await t?.station.close()
  for (let i = 0; i < fleet.devices.length; i++) await fleet.control.clearFaults(i)
})

async function setup() {
  t = testStation()
  const frames: PreviewFrame[] = []
  const waiting: (() => void)[] = []
  t.station.subscribe((name, payload) => {
    if (name !== 'preview.frame') return
    frames.push(payload as PreviewFrame)
    waiting.splice(0).forEach((w) => w())
  })
  const ids: string[] = []
  for (const [i, d] of fleet.devices.entries())
    ids.push(value<Device>(await addSimulated(t.station, d, `Door ${i}`)).id)
  /** Resolves once n more frames (of one terminal, if given) have arrived. */
  const more = async (n: number, deviceId?: string) => {
    const count = () => frames.filter((f) => !deviceId || f.deviceId === deviceId).length
    const target = count() + n
    while (count() < target) await new Promise<void>((r) => waiting.push(r))
  }
  return { frames, ids, more }
}

describe('preview', () => {
  it('pushes camera frames while watched, shared by viewers, and stops after the last stop', async () => {
    const { frames, ids, more } = await setup()
    const id = ids[0]!
    expect(value(await t.station.call('preview.start', { id }))).toEqual({
      fps: 5,
      mode: 'snapshot',
      reason: 'no-stream',
    })
    expect(value(await t.station.call('preview.start', { id }))).toEqual({
      fps: 5,
      mode: 'snapshot',
      reason: 'no-stream',
    })
    await more(2)
    const frame = frames.at(-1)!
    expect(frame.deviceId).toBe(id)
    expect(Buffer.from(frame.jpegBase64, 'base64').subarray(0, 2)).toEqual(
      Buffer.from([0xff, 0xd8]),
    )
    expect(Date.parse(frame.at)).not.toBeNaN()

    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: true })
    await more(1) // the other viewer still watches
    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: true })
    const after = frames.length
    // time passes as frames of another terminal: three of its periods, none from this one
    value(await t.station.call('preview.start', { id: ids[2] }))
    await more(3, ids[2])
    expect(frames.filter((f) => f.deviceId === id)).toHaveLength(after)
    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: false })
  })

  it('refuses a terminal without a camera and an unknown terminal', async () => {
    const { ids } = await setup()
    const noCamera = await t.station.call('preview.start', { id: ids[1] })
    expect(noCamera).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
    expect(value(await t.station.call('preview.stop', { id: ids[1] }))).toEqual({ stopped: false })
    const unknown = await t.station.call('preview.start', { id: 'nope' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('keeps watching through an outage and resumes frames when the terminal answers', async () => {
    const { ids, more } = await setup()
    // the first busy answer is the channel list (snapshots then), the second the first snapshot
    await fleet.control.fault(0, { busy: { count: 2, mode: '503' } })
    expect(value(await t.station.call('preview.start', { id: ids[0] }))).toEqual({
      fps: 5,
      mode: 'snapshot',
    })
    await more(1)
    expect((await fleet.control.state(0)).faults.busy?.count).toBe(0)
  })

  it('stops polling when the station closes', async () => {
    const { frames, ids, more } = await setup()
    value(await t.station.call('preview.start', { id: ids[0] }))
    await more(1)
    await t.station.close()
    const after = frames.length
    // a second station watching the other camera measures the time
    const watcher = await setup()
    value(await t.station.call('preview.start', { id: watcher.ids[2] }))
    await watcher.more(3)
    expect(frames).toHaveLength(after)
  })

  it('shows the person the control API puts in front of the terminal in the snapshots too', async () => {
    const { frames, ids, more } = await setup()
    const middle = async () => {
      const jpeg = Buffer.from(frames.at(-1)!.jpegBase64, 'base64')
      // above the empty room's moving marker, where the person's head is
      const region = sharp(jpeg).extract({ left: 256, top: 60, width: 128, height: 80 })
      return (await region.greyscale().stats()).channels[0]!.mean
    }
    value(await t.station.call('preview.start', { id: ids[2] }))
    await more(1, ids[2])
    const empty = await middle()
    await fleet.control.presentFace(2)
    await more(2, ids[2])
    expect((await middle()) - empty).toBeGreaterThan(20)
  })
})
