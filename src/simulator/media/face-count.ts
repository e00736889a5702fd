// How many faces the simulated terminal finds in a picture, so it can answer as real terminals
// do (pictureFaceDetectZero / multipleFaceObjectError, protocol/06-errors.md). The simulator has
// no face detector and does not pretend to: a test states the count in a JPEG comment
// ("sim-faces=N"), and a picture of one flat colour (a blank grey frame) counts as no face —
// the one case a stand-in can tell for sure. Anything else counts as one face.
// Telling a flat picture decodes the whole JPEG (~ms of CPU the simulator shares with the station
// under test): the answer depends on the bytes alone, so it is remembered by the picture's hash
// for the last KNOWN_MAX pictures (enrollment sends the same picture to every terminal).
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { fail } from '../http/errors.js'

/** The "sim-faces=N" comment (COM segment, 0xFFFE) of a JPEG, if any. */
function statedCount(jpeg: Buffer): number | null {
  let i = 2
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!
    const len = jpeg.readUInt16BE(i + 2)
    if (marker === 0xfe) {
      const m = /sim-faces=(\d+)/.exec(jpeg.subarray(i + 4, i + 2 + len).toString('latin1'))
      if (m) return Number(m[1])
    }
    if (marker === 0xda) break // start of scan: no more headers
    i += 2 + len
  }
  return null
}

const KNOWN_MAX = 512
/** Pictures already looked at: hash → faces found (oldest first, dropped past KNOWN_MAX). */
const known = new Map<string, number>()

export async function facesIn(jpeg: Buffer): Promise<number> {
  const stated = statedCount(jpeg)
  if (stated !== null) return stated
  const hash = createHash('sha1').update(jpeg).digest('base64')
  const seen = known.get(hash)
  if (seen !== undefined) return seen
  const stats = await sharp(jpeg).stats()
  const flat = stats.channels.every((c) => c.max - c.min <= 2)
  const n = flat ? 0 : 1
  known.set(hash, n)
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!)
  return n
}

/** Refuses a picture without exactly one face, with the terminals' own codes. */
export async function checkFaceCount(jpeg: Buffer): Promise<void> {
  const n = await facesIn(jpeg)
  if (n === 0) fail('pictureFaceDetectZero', 'pictureFaceDetectZero', 400)
  if (n > 1) fail('multipleFaceObjectError', 'multipleFaceObjectError', 400)
}
