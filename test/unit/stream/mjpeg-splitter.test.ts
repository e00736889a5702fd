import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { MjpegSplitter, jpegEnd } from '../../../src/main/stream'
import { fakeJpeg } from './jpeg-bytes'

const feed = (s: MjpegSplitter, bytes: Buffer, chunk: number) => {
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += chunk) out.push(...s.push(bytes.subarray(i, i + chunk)))
  return out
}

describe('MJPEG splitter (ffmpeg image2pipe output)', () => {
  const frames = [fakeJpeg(1), fakeJpeg(2, 300), fakeJpeg(3, 5)]
  const stream = Buffer.concat(frames)

  it('cuts back-to-back JPEGs whatever the chunking, ignoring FFD9 inside segments', () => {
    for (const chunk of [1, 2, 3, 7, 64, 4096]) {
      const s = new MjpegSplitter()
      expect(feed(s, stream, chunk)).toEqual(frames)
      expect(s.pending).toBe(0)
    }
  })

  it('drops garbage before a frame and resynchronises after a corrupt one', () => {
    const corrupt = Buffer.from([0xff, 0xd8, 0x12, 0x34, 0x56]) // no marker after SOI
    const s = new MjpegSplitter()
    const out = s.push(
      Buffer.concat([Buffer.from('noise'), corrupt, frames[0]!, Buffer.from([1, 2])]),
    )
    expect(out).toEqual([frames[0]])
  })

  it('keeps a split SOI across chunks and waits for the rest of a frame', () => {
    const s = new MjpegSplitter()
    expect(s.push(Buffer.from([0x00, 0xff]))).toEqual([])
    expect(s.push(frames[1]!.subarray(1, 50))).toEqual([])
    expect(s.push(frames[1]!.subarray(50))).toEqual([frames[1]])
  })

  it('gives up on a frame that grows past the limit', () => {
    const s = new MjpegSplitter(100)
    const endless = Buffer.concat([fakeJpeg(4, 400).subarray(0, 300)])
    expect(s.push(endless)).toEqual([])
    expect(s.pending).toBeLessThan(100)
    expect(s.push(frames[0]!)).toEqual([frames[0]])
  })

  it('cuts real encoder output', async () => {
    const make = (r: number) =>
      sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 30 } } })
        .jpeg({ quality: 70 })
        .toBuffer()
    const real = await Promise.all([make(10), make(200)])
    expect(jpegEnd(real[0]!)).toBe(real[0]!.length)
    expect(feed(new MjpegSplitter(), Buffer.concat(real), 333)).toEqual(real)
  })
})
