// The simulated terminal's face comparison. There is no face model here, only a stand-in that
// answers as one would for the station's purposes: the same picture re-encoded, resized or made
// lighter or darker scores about 0.94 or more; a different picture scores lower. Each picture
// becomes a 16×16 colour thumbnail scaled to a common mean brightness; similarity is
// 1 − (mean absolute difference) / 48, floored at 0, two decimals as terminals report it.
// It compares the look of the picture, not a person: two pictures drawn alike score alike.
// Signatures are remembered by the picture's digest for the last KNOWN_MAX pictures.
import { createHash } from 'node:crypto'
import sharp from 'sharp'

const SIDE = 16
const SCALE = 48
const KNOWN_MAX = 2048
const known = new Map<string, Float32Array>()

export async function likenessSignature(jpeg: Buffer): Promise<Float32Array> {
  const digest = createHash('sha1').update(jpeg).digest('base64')
  const seen = known.get(digest)
  if (seen) return seen
  const px = await sharp(jpeg).resize(SIDE, SIDE, { fit: 'fill' }).removeAlpha().raw().toBuffer()
  let mean = 0
  for (const v of px) mean += v
  mean = Math.max(1, mean / px.length)
  const sig = Float32Array.from(px, (v) => (v * 128) / mean)
  known.set(digest, sig)
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!)
  return sig
}

/** 0..1, two decimals. */
export function likeness(a: Float32Array, b: Float32Array): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!)
  const score = Math.max(0, 1 - sum / a.length / SCALE)
  return Math.round(score * 100) / 100
}
