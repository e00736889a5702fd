// The terminal's own face finder: POST /ISAPI/Intelligent/analysisImage/face with the JPEG as the
// body answers a FaceContrastTargetsList, one FaceContrastTarget (Rect in 0–1 fractions of the
// picture, and modeData, the face model) per face it found. Not in the access-control guide;
// recorded from several independent third-party clients and a device web UI (confidence M,
// docs/protocol/03-fingerprint-face-iris.md). A terminal without it answers notSupport / 404.
import { list, num, obj } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const PATH = '/ISAPI/Intelligent/analysisImage/face'

export interface FoundFace {
  /** Where the face is, as fractions (0–1) of the picture's width and height. */
  rect: { x: number; y: number; width: number; height: number }
}

/** The faces the terminal finds in a JPEG (an empty list: none). */
export async function analyseFacePicture(
  http: IsapiHttp,
  jpeg: Uint8Array,
  o: CallOptions = {},
): Promise<FoundFace[]> {
  const a = await http.raw('POST', PATH, jpeg, 'application/octet-stream', {
    ...o,
    maxBytes: o.maxBytes ?? 1024 * 1024,
  })
  const doc = http.decode(a, 'POST', PATH)
  if (doc === undefined) return []
  if (typeof doc !== 'object' || doc === null || !('root' in doc) || !('body' in doc))
    throw http.bad('POST', PATH, 'expected an XML FaceContrastTargetsList document')
  if (doc.root !== 'FaceContrastTargetsList')
    throw http.bad('POST', PATH, 'expected an XML FaceContrastTargetsList document')
  return list(obj(doc.body).FaceContrastTarget).map((t) => {
    const r = obj(obj(t).Rect)
    return {
      rect: {
        x: num(r.x) ?? 0,
        y: num(r.y) ?? 0,
        width: num(r.width) ?? 0,
        height: num(r.height) ?? 0,
      },
    }
  })
}
