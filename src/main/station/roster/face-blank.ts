// The one "no face" the station can tell by itself before anything is sent (issue 17): a picture
// with nothing in it — one flat colour, like a blank grey 4000×3000 frame from a covered camera.
// The station has no face detector (none that runs offline in Node is installed; adding one is a
// dependency decision, see docs), so a picture with something in it goes on, and the terminal's
// own check decides at apply (pictureFaceDetectZero / multipleFaceObjectError, shown in words).
// The test is on a 32×32 thumbnail (JPEG shrink-on-load: a few ms even for 12 megapixels): every
// channel's standard deviation under MAX_STDEV means no edge, no feature, no face.
import sharp from 'sharp'

/** Thumbnail side the picture is judged on. */
const SIDE = 32
/** Standard deviation (0–255) below which a channel is flat: JPEG noise on a blank frame is < 1. */
const MAX_STDEV = 2

/** True when the picture is one flat colour (no face can be in it). */
export async function blankPicture(jpeg: Buffer): Promise<boolean> {
  const { channels } = await sharp(jpeg)
    .rotate()
    .resize(SIDE, SIDE, { fit: 'fill', fastShrinkOnLoad: true })
    .stats()
  return channels.every((c) => c.stdev < MAX_STDEV)
}
