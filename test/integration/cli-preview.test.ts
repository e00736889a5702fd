// `preview D` as an installer types it: RTSP video from a camera terminal (real ffmpeg), the
// reason when it is snapshots, the last picture saved.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExecutable } from '../../src/main/stream'
import { startFleet, type Fleet } from '../../src/simulator'
import { addTerminalArgs, runCli } from '../helpers/cli'

let fleet: Fleet
let dataDir: string

describe.skipIf(!findExecutable('ffmpeg'))('cli preview (skipped: ffmpeg is not installed)', () => {
  beforeAll(async () => {
    fleet = await startFleet({ devices: 1, profile: 'face-fp' })
    dataDir = mkdtempSync(join(tmpdir(), 'es-cli-preview-'))
    expect((await runCli(dataDir, addTerminalArgs(fleet.devices[0]!, 'Lobby'))).code).toBe(0)
  })
  afterAll(async () => fleet?.close())

  it('watches the RTSP video and keeps the last picture', async () => {
    const out = join(dataDir, 'last.jpg')
    const r = await runCli(dataDir, ['preview', 'Lobby', '--frames', '3', '--out', out])
    expect(r).toMatchObject({ code: 0, json: { mode: 'rtsp', frames: 3, out } })
    expect(await sharp(readFileSync(out)).metadata()).toMatchObject({ width: 640, height: 360 })
  })

  it('says why it is snapshots when the terminal refuses the RTSP login', async () => {
    await fleet.control.fault(0, { rtspAuthFail: true })
    try {
      const r = await runCli(dataDir, ['preview', 'Lobby', '--frames', '1'])
      expect(r).toMatchObject({ code: 0, json: { mode: 'snapshot', reason: 'auth', frames: 1 } })
    } finally {
      await fleet.control.clearFaults(0)
    }
  })

  it('refuses a bad frame count as usage', async () => {
    expect((await runCli(dataDir, ['preview', 'Lobby', '--frames', '0'])).code).toBe(2)
  })
})
