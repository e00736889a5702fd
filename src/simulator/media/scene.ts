// The picture the terminal's camera "sees", rendered per video frame: a room with a moving
// marker and a clock, and the person in front of the terminal (the last face presented through
// the control API, for as long as it stays there). Raw RGB for the simulator's H.264 encoder.
import sharp from 'sharp'

export interface SceneSize {
  width: number
  height: number
}

export interface SceneInput {
  label: string
  at: Date
  /** Frame number: moves the marker so that consecutive frames differ. */
  frame: number
  /** The face in front of the camera, resized to fit (JPEG), or null. */
  face: Buffer | null
}

function backgroundSvg(size: SceneSize, s: SceneInput): string {
  const { width: w, height: h } = size
  const x = Math.round(((s.frame * 7) % 100) * (w / 100))
  const fs = Math.round(h / 18)
  const when = s.at.toISOString().slice(0, 19).replace('T', ' ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="100%" height="100%" fill="#2d3b48"/><rect x="0" y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#50606e"/>
<rect x="${x}" y="${h * 0.9}" width="${w / 16}" height="${h * 0.06}" fill="#d9a441"/>
<text x="${fs / 2}" y="${fs * 1.3}" font-family="monospace" font-size="${fs}" fill="#fff">${s.label} ${when} #${s.frame}</text>
</svg>`
}

/** One frame as raw RGB (width × height × 3 bytes). */
export async function renderScene(size: SceneSize, s: SceneInput): Promise<Buffer> {
  return (await composeScene(size, s)).removeAlpha().raw().toBuffer()
}

/** One frame as JPEG (the snapshot while someone stands in front of the terminal). */
export async function renderSceneJpeg(size: SceneSize, s: SceneInput): Promise<Buffer> {
  return (await composeScene(size, s)).jpeg({ quality: 70 }).toBuffer()
}

async function composeScene(size: SceneSize, s: SceneInput): Promise<sharp.Sharp> {
  let img = sharp(Buffer.from(backgroundSvg(size, s)))
  if (s.face) {
    const fh = Math.round(size.height * 0.75)
    try {
      const face = await sharp(s.face)
        .resize({ height: fh, width: Math.round(fh * 0.75), fit: 'cover' })
        .toBuffer()
      const left = Math.round((size.width - fh * 0.75) / 2)
      img = sharp(await img.png().toBuffer()).composite([
        { input: face, top: Math.round(size.height * 0.12), left },
      ])
    } catch {
      // a picture sharp cannot read: the camera shows the empty room
    }
  }
  return img
}
