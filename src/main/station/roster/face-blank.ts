// The one "no face" the station can tell by itself before anything is sent (issue 17): a picture
// with nothing in it — one flat colour, like a blank grey 4000×3000 frame from a covered camera.
// The station has no face detector (none that runs offline in Node is installed; adding one is a
// dependency decision, see docs), so a picture with something in it goes on, and the terminal's
// own check decides at apply (pictureFaceDetectZero / multipleFaceObjectError, shown in words).
// The test samples the picture: at most 256 × 256 of its own pixels, taken on a grid (nearest
// neighbour, no averaging and no shrink-on-load, which would average fine texture away to flat),
// so their deviation estimates the whole picture's, as sharp's `stats()` gave it. Every channel's
// standard deviation under MAX_STDEV means no edge, no feature, no face. `stats()` itself is not
// used: it also computes entropy and sharpness over the whole input (16.5 ms of CPU for a
// 480×640 JPEG, against 3 ms for the sample).
import sharp from 'sharp'

/** Side of the grid of pixels the picture is judged on. */
const SIDE = 256
/** Standard deviation (0–255) below which a channel is flat: JPEG noise on a blank frame is < 1. */
const MAX_STDEV = 2

/** True when the picture is one flat colour (no face can be in it). */
export async function blankPicture(jpeg: Buffer): Promise<boolean> {
  const { data, info } = await sharp(jpeg)
    .rotate()
    .resize(SIDE, SIDE, {
      fit: 'inside',
      withoutEnlargement: true,
      kernel: 'nearest',
      fastShrinkOnLoad: false,
    })
    .raw()
    .toBuffer({ resolveWithObject: true })
  for (let channel = 0; channel < info.channels; channel++)
    if (deviation(data, channel, info.channels) >= MAX_STDEV) return false
  return true
}

/** Standard deviation of one channel of interleaved 8-bit pixels. */
function deviation(pixels: Buffer, channel: number, channels: number): number {
  let sum = 0
  let squares = 0
  let n = 0
  for (let i = channel; i < pixels.length; i += channels) {
    const v = pixels[i]!
    sum += v
    squares += v * v
    n++
  }
  const mean = sum / n
  return Math.sqrt(Math.max(0, squares / n - mean * mean))
}
