// The station's own "no face can be in it" check (face-blank.ts): one flat colour is blank, at any
// size a file claims; a picture with anything in it is not — a small dark shape on grey included,
// which is where a thumbnail's averaging could hide content.
import sharp from 'sharp'
import { expect, it } from 'vitest'
import { blankPicture } from '../../../src/main/station/roster/face-blank'

const grey = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } })

it('one flat colour is blank, a large frame too', async () => {
  expect(await blankPicture(await grey(4000, 3000).jpeg({ quality: 90 }).toBuffer())).toBe(true)
  expect(await blankPicture(await grey(480, 640).png().toBuffer())).toBe(true)
})

it('a small dark shape on grey is not blank', async () => {
  const shape = await sharp({
    create: { width: 60, height: 80, channels: 3, background: { r: 30, g: 20, b: 20 } },
  })
    .png()
    .toBuffer()
  const picture = await grey(480, 640)
    .composite([{ input: shape, left: 210, top: 280 }])
    .jpeg()
    .toBuffer()
  expect(await blankPicture(picture)).toBe(false)
})

it('a picture of smooth noise (an enrolment-like photo) is not blank', async () => {
  const w = 120
  const h = 160
  const raw = Buffer.alloc(w * h * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = 90 + ((i * 7919) % 64) + ((i / 3 / w) & 0x3f)
  const jpeg = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg()
    .toBuffer()
  expect(await blankPicture(jpeg)).toBe(false)
})

it('pixel noise with no shape in it is not one flat colour', async () => {
  const noisy = Buffer.alloc(2400 * 1800 * 3)
  for (let i = 0; i < noisy.length; i++) noisy[i] = (i * 2654435761) >>> 24
  const png = await sharp(noisy, { raw: { width: 2400, height: 1800, channels: 3 } })
    .png()
    .toBuffer()
  expect(await blankPicture(png)).toBe(false)
})
