// A face picture enters the roster only as a JPEG every target terminal will take: decodable,
// upright (EXIF rotation applied), not too small to model, within the byte and pixel bounds.
// A picture that already fits is stored untouched; anything else is re-encoded (metadata
// stripped), shrunk, or centre-cropped to a sane aspect. What cannot be fixed is refused with
// a reason the operator can act on — a blank picture too (face-blank.ts: no face can be in it).
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { codedFailure, type ReasonParams } from '@shared/coded-failure'
import type { ReasonCode } from '@shared/reason-text'
import { blankPicture } from './face-blank'

export interface FaceLimits {
  maxBytes: number
  minSide: number
  maxSide: number
}

/** Terminals commonly refuse pictures over 200 KB; 1024 px keeps faces sharp and files small. */
export const DEFAULT_FACE_LIMITS: FaceLimits = { maxBytes: 200 * 1024, minSide: 80, maxSide: 1024 }

export interface NormalisedFace {
  jpeg: Buffer
  width: number
  height: number
  bytes: number
  sha256: string
  changed: boolean
}

const MAX_ASPECT = 2
const QUALITIES = [85, 75, 65, 55]

const refuse = (reason: ReasonCode, params: ReasonParams = {}) =>
  codedFailure('INVALID_ARGS', reason, params, params)

export async function normaliseFace(
  input: Buffer,
  limits: FaceLimits = DEFAULT_FACE_LIMITS,
): Promise<NormalisedFace> {
  let meta: sharp.Metadata
  try {
    meta = await sharp(input).metadata()
  } catch {
    throw refuse('faceNotAnImage')
  }
  if (!meta.width || !meta.height) throw refuse('faceNoSize')
  const rotated = (meta.orientation ?? 1) >= 5
  const width = rotated ? meta.height : meta.width
  const height = rotated ? meta.width : meta.height
  if (Math.min(width, height) < limits.minSide) {
    throw refuse('faceTooSmall', { width, height, minSide: limits.minSide })
  }
  if (await blankPicture(input)) throw refuse('faceBlank')
  const fits =
    meta.format === 'jpeg' &&
    (meta.orientation ?? 1) === 1 &&
    input.length <= limits.maxBytes &&
    Math.max(width, height) <= limits.maxSide &&
    Math.max(width / height, height / width) <= MAX_ASPECT
  if (fits) return done(input, width, height, false)

  // crop an extreme aspect to MAX_ASPECT around the centre, then fit inside maxSide
  const cropW = Math.min(width, Math.floor(height * MAX_ASPECT))
  const cropH = Math.min(height, Math.floor(width * MAX_ASPECT))
  let side = limits.maxSide
  for (;;) {
    for (const quality of QUALITIES) {
      const { data, info } = await sharp(input)
        .rotate()
        .extract({
          left: Math.floor((width - cropW) / 2),
          top: Math.floor((height - cropH) / 2),
          width: cropW,
          height: cropH,
        })
        .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality, mozjpeg: true })
        .toBuffer({ resolveWithObject: true })
      if (data.length <= limits.maxBytes) return done(data, info.width, info.height, true)
    }
    const next = Math.floor(side * 0.8)
    if (Math.min(cropW, cropH) * (next / Math.max(cropW, cropH)) < limits.minSide) break
    side = next
  }
  throw refuse('faceTooLarge', { kb: Math.round(limits.maxBytes / 1024) })
}

function done(jpeg: Buffer, width: number, height: number, changed: boolean): NormalisedFace {
  return {
    jpeg,
    width,
    height,
    bytes: jpeg.length,
    sha256: createHash('sha256').update(jpeg).digest('hex'),
    changed,
  }
}
