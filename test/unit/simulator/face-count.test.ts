// The simulator's stand-in for face detection: a flat picture holds no face, anything else one;
// the answer is remembered per picture, so asking again (alternating pictures) must still give
// each picture its own answer.
import sharp from 'sharp'
import { expect, it } from 'vitest'
import { facesIn } from '../../../src/simulator/media/face-count.js'
import { syntheticFace } from '../../../src/simulator/media/synth.js'

const flat = (shade: number) =>
  sharp({
    create: { width: 64, height: 64, channels: 3, background: { r: shade, g: shade, b: shade } },
  })
    .jpeg()
    .toBuffer()

it('a flat picture holds no face and a face picture one, asked again and again', async () => {
  const grey = await flat(128)
  const face = await syntheticFace(1)
  for (let i = 0; i < 3; i++) {
    expect(await facesIn(grey)).toBe(0)
    expect(await facesIn(face)).toBe(1)
  }
})

it('pictures alike but not the same are told apart', async () => {
  const greys = await Promise.all([0, 60, 128, 255].map(flat))
  const faces = await Promise.all([2, 3].map((seed) => syntheticFace(seed)))
  for (let round = 0; round < 2; round++)
    for (const [i, g] of greys.entries()) {
      expect(await facesIn(g)).toBe(0)
      expect(await facesIn(faces[i % 2]!)).toBe(1)
    }
})
