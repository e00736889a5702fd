import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewFeature } from '../../../src/main/station/handlers/preview-handlers'
import type { PreviewFrame } from '../../../src/shared/model'
import { fakeJpeg } from '../../unit/stream/jpeg-bytes'

// RTSP mode end to end with a stand-in ffmpeg on disk: a script that records its arguments and
// writes MJPEG to stdout like `ffmpeg -f image2pipe -c:v mjpeg pipe:1` does.
function fakeFfmpeg(dir: string): { path: string; args: () => string } {
  const argsFile = join(dir, 'args.txt')
  const hex = Buffer.concat([fakeJpeg(1), fakeJpeg(2), fakeJpeg(3)]).toString('hex')
  const js = `const b = Buffer.from('${hex}', 'hex'); let i = 0;
    setInterval(() => { if (i < b.length) { process.stdout.write(b.subarray(i, i + 50)); i += 50 } }, 2)`
  writeFileSync(join(dir, 'emit.js'), js)
  const path = join(dir, 'ffmpeg')
  writeFileSync(
    path,
    `#!/bin/sh\necho "$@" > '${argsFile}'\nexec '${process.execPath}' '${join(dir, 'emit.js')}'\n`,
  )
  chmodSync(path, 0o755)
  return { path, args: () => readFileSync(argsFile, 'utf8') }
}

describe('preview in RTSP mode', () => {
  it('decodes the sub stream through ffmpeg into preview.frame events', async () => {
    const ffmpeg = fakeFfmpeg(mkdtempSync(join(tmpdir(), 'es-ffmpeg-')))
    const frames: PreviewFrame[] = []
    let third!: () => void
    const gotThree = new Promise<void>((r) => (third = r))
    const ctx = {
      bus: {
        emit: (_name: string, frame: PreviewFrame) => frames.push(frame) === 3 && third(),
      },
      secrets: { open: () => 'Pa ss@1' },
      logger: { warn: () => {} },
    } as never
    const record = {
      id: 'd1',
      name: 'Door',
      host: '10.0.0.7',
      username: 'admin',
      secretSealed: Buffer.alloc(1),
    }
    const devices = { record: () => record, observe: () => {} } as never
    const feature = previewFeature(ctx, devices, {
      mode: 'rtsp',
      rtspPort: 8554,
      findFfmpeg: () => ffmpeg.path,
    })
    const start = feature.handlers['preview.start']!
    const stop = feature.handlers['preview.stop']!
    expect(await start({ id: 'd1' })).toEqual({ fps: 5 })
    await gotThree
    expect(frames.map((f) => Buffer.from(f.jpegBase64, 'base64'))).toEqual([
      fakeJpeg(1),
      fakeJpeg(2),
      fakeJpeg(3),
    ])
    expect(frames[0]!.deviceId).toBe('d1')
    expect(ffmpeg.args()).toContain('rtsp://admin:Pa%20ss%401@10.0.0.7:8554/Streaming/Channels/102')
    expect(await stop({ id: 'd1' })).toEqual({ stopped: true })
    await feature.close?.()
  })
})
