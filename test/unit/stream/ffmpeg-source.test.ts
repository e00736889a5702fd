import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ffmpegSource } from '../../../src/main/stream'
import { fakeJpeg } from './jpeg-bytes'

// Stands in for ffmpeg: writes JPEGs to stdout in odd-sized chunks, then idles until killed.
const fakeFfmpeg = (frames: Buffer[], exitAfter = false) => {
  const hex = Buffer.concat(frames).toString('hex')
  const script = `const b = Buffer.from('${hex}', 'hex'); let i = 0;
    const t = setInterval(() => { if (i >= b.length) { clearInterval(t); ${exitAfter ? 'process.exit(3)' : 'setInterval(() => {}, 1000)'}; return }
      process.stdout.write(b.subarray(i, i + 37)); i += 37 }, 1)`
  return ((_cmd: string, _args: string[], opts: object) =>
    spawn(process.execPath, ['-e', script], opts)) as unknown as typeof spawn
}

describe('ffmpeg source', () => {
  it('delivers the decoded frames and kills ffmpeg on stop', async () => {
    const frames = [fakeJpeg(1), fakeJpeg(2, 200), fakeJpeg(3)]
    const got: Buffer[] = []
    let done!: () => void
    const all = new Promise<void>((r) => (done = r))
    const source = ffmpegSource({
      ffmpegPath: 'ffmpeg',
      url: 'rtsp://admin:secret@127.0.0.1:554/Streaming/Channels/102',
      spawnProcess: fakeFfmpeg(frames),
      onFrame: (jpeg) => {
        got.push(jpeg)
        if (got.length === frames.length) done()
      },
    })
    expect(await source.start()).toEqual({ ok: true })
    await all
    expect(got).toEqual(frames)
    await source.stop() // resolves only once the child has exited
  })

  it('reports a missing binary as the first outcome and restarts after an exit', async () => {
    const missing = ffmpegSource({
      ffmpegPath: '/nonexistent/ffmpeg',
      url: 'rtsp://x',
      onFrame: () => {},
    })
    const first = await missing.start()
    expect(first.ok).toBe(false)
    await missing.stop()

    const errors: string[] = []
    let frames = 0
    let twice!: () => void
    const restarted = new Promise<void>((r) => (twice = r))
    const flaky = ffmpegSource({
      ffmpegPath: 'ffmpeg',
      url: 'rtsp://admin:secret@h/x',
      spawnProcess: fakeFfmpeg([fakeJpeg(9)], true),
      onFrame: () => ++frames === 2 && twice(),
      onError: (e) => errors.push(e.message),
    })
    await flaky.start()
    await restarted
    await flaky.stop()
    expect(errors[0]).toMatch(/exit 3/)
    expect(errors.join()).not.toContain('secret')
  })
})
