import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { findExecutable } from '../../../src/main/stream'
import type { PreviewStatusEvent } from '../../../src/shared/contract/preview'
import type { Device, PreviewFrame } from '../../../src/shared/model'
import { startFleet, type Fleet } from '../../../src/simulator'
import { syntheticFace } from '../../../src/simulator/media/synth'
import { addSimulated, testStation, type TestStation } from '../../helpers/station'
import { value } from '../../helpers/result'

// The RTSP path end to end: the simulator's RTSP service (H.264 from its own ffmpeg encoder),
// the station's auth relay, a real ffmpeg decoding to MJPEG, frames on the station's bus.
const ffmpeg = findExecutable('ffmpeg')

let fleet: Fleet
let t: TestStation
const spawned: ChildProcess[] = []
/** Every log record of the station, as text: the password must never be in it. */
const logged: string[] = []
const logger = {
  info: (m: string, f?: Record<string, unknown>) => void logged.push(m + JSON.stringify(f ?? {})),
  warn: (m: string, f?: Record<string, unknown>) => void logged.push(m + JSON.stringify(f ?? {})),
  error: (m: string, f?: Record<string, unknown>) => void logged.push(m + JSON.stringify(f ?? {})),
}

async function setup(preview: { findFfmpeg?: () => string | null } = {}) {
  t = testStation({
    logger,
    preview: { stallMs: 2500, onSpawn: (c) => spawned.push(c), ...preview },
  })
  const frames: PreviewFrame[] = []
  const statuses: PreviewStatusEvent[] = []
  const waiting: (() => void)[] = []
  t.station.subscribe((name, payload) => {
    if (name === 'preview.frame') frames.push(payload as PreviewFrame)
    else if (name === 'preview.status') statuses.push(payload as PreviewStatusEvent)
    else return
    waiting.splice(0).forEach((w) => w())
  })
  const d = fleet.devices[0]!
  const id = value<Device>(await addSimulated(t.station, d, 'Door RTSP')).id
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise<void>((r) => waiting.push(r))
  }
  /** Resolves once n more frames have arrived. */
  const more = (n: number) => {
    const target = frames.length + n
    return until(() => frames.length >= target)
  }
  return { id, frames, statuses, more, until }
}

const exited = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => c.once('close', () => r()))

/** Mean brightness of the middle of a frame (where the person stands). */
async function middleBrightness(jpeg: Buffer): Promise<number> {
  const { width, height } = await sharp(jpeg).metadata()
  const w = Math.round(width! / 5)
  const h = Math.round(height! / 3)
  const region = sharp(jpeg).extract({ left: 2 * w, top: h, width: w, height: h })
  const stats = await region.greyscale().stats()
  return stats.channels[0]!.mean
}

describe.skipIf(!ffmpeg)('preview over RTSP (skipped: ffmpeg is not installed)', () => {
  beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
  })
  afterAll(async () => fleet?.close())
  afterEach(async () => {
    await t?.station.close()
    await fleet.control.clearFaults(0)
    await Promise.all(spawned.splice(0).map(exited))
    // whatever happened in the test, no log record holds the terminal's password
    expect(logged.join('\n')).not.toContain(fleet.devices[0]!.password)
    logged.length = 0
  })

  it('decodes the sub stream with one ffmpeg for all viewers, no password on its command line, stopped after the last viewer', async () => {
    const { id, frames, more, statuses } = await setup()
    expect(fleet.devices[0]!.rtspPort).toBeGreaterThan(0)
    expect(value(await t.station.call('preview.start', { id }))).toEqual({ fps: 5, mode: 'rtsp' })
    expect(value(await t.station.call('preview.start', { id }))).toEqual({ fps: 5, mode: 'rtsp' })
    await more(10)
    expect(spawned).toHaveLength(1)
    const cmdline = readFileSync(`/proc/${spawned[0]!.pid}/cmdline`, 'utf8').split('\0')
    expect(cmdline.join(' ')).toContain('/Streaming/Channels/102')
    expect(cmdline.join(' ')).not.toContain(fleet.devices[0]!.password)
    expect(cmdline.join(' ')).not.toContain(fleet.devices[0]!.username + ':')
    expect(cmdline).toContain('fps=5')
    const last = Buffer.from(frames.at(-1)!.jpegBase64, 'base64')
    expect(await sharp(last).metadata()).toMatchObject({ width: 640, height: 360 })
    // a moving picture: frames differ
    expect(new Set(frames.slice(-5).map((f) => f.jpegBase64)).size).toBeGreaterThan(1)
    expect(statuses.at(-1)).toEqual({ deviceId: id, mode: 'rtsp' })

    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: true })
    await more(2) // one viewer left: still streaming
    expect(spawned[0]!.exitCode).toBeNull()
    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: true })
    await exited(spawned[0]!)
    expect(spawned[0]!.exitCode !== null || spawned[0]!.signalCode !== null).toBe(true)
  })

  it('shows the person the control API puts in front of the terminal', async () => {
    const { id, frames, more } = await setup()
    value(await t.station.call('preview.start', { id }))
    await more(2)
    const empty = await middleBrightness(Buffer.from(frames.at(-1)!.jpegBase64, 'base64'))
    await fleet.control.presentFace(0, await syntheticFace(7))
    // the encoder renders each frame from the scene: wait until the face is in the picture
    let lit = empty
    for (let i = 0; i < 50 && lit - empty < 20; i++) {
      await more(1)
      lit = await middleBrightness(Buffer.from(frames.at(-1)!.jpegBase64, 'base64'))
    }
    expect(lit - empty).toBeGreaterThan(20)
  })

  it.each([
    ['auth', { rtspAuthFail: true }],
    ['no-channel', { rtspNotFound: true }],
  ] as const)(
    'falls back to snapshots when RTSP refuses (%s), with the reason',
    async (reason, fault) => {
      await fleet.control.fault(0, fault)
      const { id, more, frames, statuses } = await setup()
      expect(value(await t.station.call('preview.start', { id }))).toEqual({
        fps: 5,
        mode: 'snapshot',
        reason,
      })
      await more(2)
      expect(statuses.at(-1)).toMatchObject({ deviceId: id, mode: 'snapshot', reason })
      // snapshots are 640×360 JPEGs of the camera
      expect(frames.length).toBeGreaterThanOrEqual(2)
      expect(spawned).toHaveLength(1)
      await exited(spawned[0]!)
      expect(JSON.stringify(statuses)).not.toContain(fleet.devices[0]!.password)
    },
  )

  it('falls back to snapshots when the stream stalls', async () => {
    const { id, more, statuses, until } = await setup()
    value(await t.station.call('preview.start', { id }))
    await more(3)
    await fleet.control.fault(0, { rtspStall: true })
    await until(() => statuses.some((s) => s.reason === 'stalled'))
    expect(statuses.at(-1)).toMatchObject({ mode: 'snapshot', reason: 'stalled' })
    await exited(spawned[0]!)
    await more(2) // snapshots keep the picture going
  })

  it('says the terminal ended the stream when it goes offline, and keeps trying snapshots', async () => {
    const { id, more, statuses, until } = await setup()
    value(await t.station.call('preview.start', { id }))
    await more(2)
    await fleet.control.fault(0, { offline: true })
    await until(() => statuses.some((s) => s.reason === 'ended'))
    expect(statuses.at(-1)).toMatchObject({ mode: 'snapshot', reason: 'ended' })
    await fleet.control.clearFaults(0)
    await more(1) // the snapshots resume when the terminal answers again
  })

  it('falls back to snapshots when ffmpeg dies', async () => {
    const { id, more, statuses, until } = await setup()
    value(await t.station.call('preview.start', { id }))
    await more(3)
    spawned[0]!.kill('SIGKILL')
    await until(() => statuses.some((s) => s.reason === 'ffmpeg-ended'))
    expect(statuses.at(-1)).toMatchObject({ mode: 'snapshot', reason: 'ffmpeg-ended' })
    expect(logged.some((l) => l.startsWith('RTSP preview failed'))).toBe(true)
    await more(2)
  })

  it('a stop while the stream is still starting ends both calls and leaves no ffmpeg', async () => {
    const { id } = await setup()
    const starting = t.station.call('preview.start', { id })
    // wait until ffmpeg is running, before its first picture
    while (spawned.length === 0) await new Promise((r) => setImmediate(r))
    expect(value(await t.station.call('preview.stop', { id }))).toEqual({ stopped: true })
    expect((await starting).ok).toBe(true)
    await exited(spawned[0]!)
  })

  it('uses snapshots where ffmpeg is not installed, and says so', async () => {
    const { id, more } = await setup({ findFfmpeg: () => null })
    expect(value(await t.station.call('preview.start', { id }))).toEqual({
      fps: 5,
      mode: 'snapshot',
      reason: 'no-ffmpeg',
    })
    await more(1)
    expect(spawned).toHaveLength(0)
  })
})
