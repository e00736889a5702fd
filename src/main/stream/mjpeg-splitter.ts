// ffmpeg's image2pipe/mjpeg output is JPEG after JPEG with nothing in between. Frames are cut
// by walking the JPEG structure (segment lengths, then the entropy-coded scan until a real
// marker), not by searching for FFD9: an EXIF thumbnail or other segment may contain those
// bytes. Garbage before a start-of-image is dropped; a frame that grows past maxFrameBytes
// without ending is dropped and the splitter resynchronises on the next start-of-image.
const SOI = Buffer.from([0xff, 0xd8])
const INCOMPLETE = -1
const CORRUPT = -2

const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7)

/** Index just past the EOI of the JPEG starting at 0, INCOMPLETE, or CORRUPT. */
export function jpegEnd(buf: Buffer): number {
  let i = 2
  let scanned = false
  for (;;) {
    if (i + 1 >= buf.length) return INCOMPLETE
    if (buf[i] !== 0xff) return CORRUPT
    const marker = buf[i + 1]!
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    if (marker === 0xd9) return scanned ? i + 2 : CORRUPT // an image has at least one scan
    if (marker === 0xd8 || marker === 0x00) return CORRUPT
    if (standalone(marker)) {
      i += 2
      continue
    }
    if (i + 3 >= buf.length) return INCOMPLETE
    const length = buf.readUInt16BE(i + 2)
    if (length < 2) return CORRUPT
    i += 2 + length
    if (marker !== 0xda) continue
    scanned = true
    // entropy-coded data: FF00 is a stuffed byte, FFD0-D7 restart markers, FFFF fill
    for (;;) {
      if (i + 1 >= buf.length) return INCOMPLETE
      if (buf[i] !== 0xff) {
        i++
        continue
      }
      const next = buf[i + 1]!
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2
      else if (next === 0xff) i += 1
      else break
    }
  }
}

export class MjpegSplitter {
  private buf: Buffer = Buffer.alloc(0)

  constructor(private readonly maxFrameBytes = 8 * 1024 * 1024) {}

  /** Feeds bytes; returns the frames completed by them. */
  push(chunk: Buffer): Buffer[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk])
    const frames: Buffer[] = []
    for (;;) {
      const start = this.buf.indexOf(SOI)
      if (start < 0) {
        // keep a trailing FF: it may be the first half of the next SOI
        this.buf = this.buf.at(-1) === 0xff ? this.buf.subarray(-1) : Buffer.alloc(0)
        break
      }
      if (start > 0) this.buf = this.buf.subarray(start)
      const end = jpegEnd(this.buf)
      if (end === INCOMPLETE && this.buf.length > this.maxFrameBytes) {
        this.buf = Buffer.alloc(0)
        break
      }
      if (end === CORRUPT) {
        this.buf = this.buf.subarray(2)
        continue
      }
      if (end === INCOMPLETE) break
      frames.push(Buffer.from(this.buf.subarray(0, end)))
      this.buf = this.buf.subarray(end)
    }
    if (this.buf.length > 0 && this.buf.byteOffset > 0) this.buf = Buffer.from(this.buf)
    return frames
  }

  /** Bytes waiting for the rest of a frame. */
  get pending(): number {
    return this.buf.length
  }
}
