// A ~60 KB synthetic JPEG for the apply benches: smooth noise, so it compresses to the size of a
// real enrolment picture (480 × 640, quality 50).
import sharp from 'sharp'

export async function face60k(seed: number): Promise<Buffer> {
  const w = 480
  const h = 640
  const raw = Buffer.alloc(w * h * 3)
  let x = seed * 2654435761
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    raw[i] = 90 + ((x >>> 24) & 0x3f) + ((i / 3 / w) & 0x3f)
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 50 })
    .toBuffer()
}
