import sharp from 'sharp'

/** A throwaway JPEG of the given size (a gradient; terminals check format and size, the simulator too). */
export async function jpeg(width = 480, height = 640, quality = 80): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      raw[i] = (x * 255) / width
      raw[i + 1] = (y * 255) / height
      raw[i + 2] = ((x + y) * 127) / (width + height)
    }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer()
}
