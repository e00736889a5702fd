// The terminal's face finder (POST /ISAPI/Intelligent/analysisImage/face, body: the JPEG, raw or
// as the one part of a multipart upload). It answers a FaceContrastTargetsList with one
// FaceContrastTarget per face found: Rect in 0–1 fractions and modeData (a model the simulator
// makes up from the picture's digest). The count is the simulator's own (media/face-count.ts:
// a stated "sim-faces=N", a flat picture as none, anything else as one); none is an empty list.
import { createHash } from 'node:crypto'
import { fail } from '../http/errors.js'
import { boundaryOf, parseMultipart } from '../http/multipart.js'
import { xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { facesIn } from '../media/face-count.js'
import { jpegInfo } from '../media/jpeg.js'

function pictureOf(ctx: Ctx): Buffer {
  const boundary = /multipart\/form-data/i.test(ctx.contentType)
    ? boundaryOf(ctx.contentType)
    : null
  if (!boundary) return ctx.body
  const part = parseMultipart(ctx.body, boundary)?.find((p) => p.body.length > 0)
  return part ? part.body : fail('MessageParametersLack', 'image', 400)
}

/** n faces side by side across the middle of the picture. */
function targets(jpeg: Buffer, n: number) {
  const width = 0.8 / Math.max(n, 1)
  return Array.from({ length: n }, (_, i) => ({
    Rect: {
      height: (0.5).toFixed(6),
      width: (width * 0.8).toFixed(6),
      x: (0.1 + i * width).toFixed(6),
      y: (0.2).toFixed(6),
    },
    modeData: createHash('sha256').update(jpeg).update(String(i)).digest('base64'),
  }))
}

export const faceAnalysisRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Intelligent/analysisImage/face',
    format: 'xml',
    feature: 'face',
    POST: async (ctx) => {
      const jpeg = pictureOf(ctx)
      if (jpeg.length === 0) fail('MessageParametersLack', 'image', 400)
      if (!jpegInfo(jpeg)) fail('pictureCheckFailed', 'image', 400)
      const n = await facesIn(jpeg)
      return xml('FaceContrastTargetsList', { FaceContrastTarget: targets(jpeg, n) })
    },
  },
]
