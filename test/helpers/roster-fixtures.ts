import sharp from 'sharp'
import type { Station } from '../../src/main/station'
import { value } from './result'
export { value }

/** A synthetic face-like JPEG (an oval on a plain background); never a photo of a person. */
export async function syntheticFace(seed = 1, size = 480): Promise<Buffer> {
  const hue = (seed * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="hsl(${hue},30%,85%)"/>
    <ellipse cx="${size / 2}" cy="${size / 2}" rx="${size / 4}" ry="${size / 3}" fill="hsl(${(hue + 30) % 360},40%,65%)"/>
    <circle cx="${size * 0.42}" cy="${size * 0.45}" r="${size / 40}" fill="#333"/><circle cx="${size * 0.58}" cy="${size * 0.45}" r="${size / 40}" fill="#333"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

export async function addPerson(
  station: Station,
  employeeNo: string,
  name: string,
  extra: { card?: string; face?: Buffer } = {},
): Promise<void> {
  value(await station.call('persons.save', { employeeNo, name }))
  if (extra.card) value(await station.call('persons.addCard', { employeeNo, cardNo: extra.card }))
  if (extra.face)
    value(
      await station.call('persons.setFace', {
        employeeNo,
        jpegBase64: extra.face.toString('base64'),
        source: 'file',
      }),
    )
}
