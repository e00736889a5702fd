// A plain test picture with something in it: an oval on a background colour. A picture of one
// flat colour is refused by the station (no face can be in it: face-blank.ts), so fixtures that
// only need "a picture" draw this; never a photo of a person.
import sharp from 'sharp'

export function plainFace(
  width: number,
  height: number,
  background: string | { r: number; g: number; b: number },
  quality = 80,
): Promise<Buffer> {
  const oval = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><ellipse cx="${width / 2}" cy="${height / 2}" rx="${width / 4}" ry="${height / 3}" fill="#e0b89a"/></svg>`
  return sharp({ create: { width, height, channels: 3, background } })
    .composite([{ input: Buffer.from(oval) }])
    .jpeg({ quality })
    .toBuffer()
}
