import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { jpegInfo } from '../../../src/simulator/media/jpeg.js'
import { syntheticFace, syntheticSnapshot } from '../../../src/simulator/media/synth.js'

describe('jpeg inspection', () => {
  it('reads the frame size of baseline and progressive JPEGs', async () => {
    const base = await sharp({
      create: { width: 321, height: 123, channels: 3, background: '#123456' },
    })
      .jpeg()
      .toBuffer()
    expect(jpegInfo(base)).toEqual({ width: 321, height: 123 })
    const prog = await sharp({ create: { width: 64, height: 80, channels: 3, background: '#fff' } })
      .jpeg({ progressive: true })
      .toBuffer()
    expect(jpegInfo(prog)).toEqual({ width: 64, height: 80 })
  })

  it('rejects non-JPEG and truncated data without throwing', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    expect(jpegInfo(png)).toBeNull()
    expect(jpegInfo(Buffer.from([0xff, 0xd8, 0xff]))).toBeNull()
    expect(jpegInfo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]))).toBeNull()
    expect(jpegInfo(Buffer.alloc(0))).toBeNull()
  })

  it('synthetic faces are JPEGs of the asked size, stable per seed; snapshots change with time', async () => {
    const a = await syntheticFace(3, { width: 240, height: 320 })
    expect(jpegInfo(a)).toEqual({ width: 240, height: 320 })
    expect((await syntheticFace(3, { width: 240, height: 320 })).equals(a)).toBe(true)
    expect((await syntheticFace(4, { width: 240, height: 320 })).equals(a)).toBe(false)
    const s1 = await syntheticSnapshot('x', new Date(0))
    const s2 = await syntheticSnapshot('x', new Date(5000))
    expect(s1.equals(s2)).toBe(false)
  })
})
