// Getting the picture of a face upload: multipart (FaceDataRecord JSON part first, image part
// second, part name not checked) or JSON with faceURL, which the device downloads itself
// (loopback only in the simulator). Then the terminal's picture checks.
import type { SimDevice } from '../device.js'
import { isObj } from '../http/body.js'
import type { Obj } from '../http/body.js'
import { IsapiFail, fail } from '../http/errors.js'
import { boundaryOf, parseMultipart } from '../http/multipart.js'
import type { Ctx } from '../http/route.js'
import { jpegInfo } from './jpeg.js'

export interface FaceInput {
  cond: Obj
  jpeg: Buffer | null
}

function parseJsonText(text: string): Obj {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return fail('badJsonFormat', 'badJsonFormat', 400)
  }
  if (!isObj(v)) fail('badJsonContent', 'FaceDataRecord')
  return v
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/

export async function downloadFace(url: string): Promise<Buffer> {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return fail('badParameters', 'faceURL')
  }
  if (!/^https?:$/.test(u.protocol) || !LOOPBACK.test(u.hostname))
    fail('pictureCheckFailed', 'faceURL', 400)
  try {
    const r = await fetch(u, { signal: AbortSignal.timeout(5000) })
    if (!r.ok) fail('pictureCheckFailed', 'faceURL', 400)
    return Buffer.from(await r.arrayBuffer())
  } catch (e) {
    if (e instanceof IsapiFail) throw e
    return fail('pictureCheckFailed', 'faceURL', 400)
  }
}

/** Reads the condition and (when present) the picture; `needPicture` enforces one. */
export async function readFaceInput(ctx: Ctx, needPicture: boolean): Promise<FaceInput> {
  const boundary = /multipart\/form-data/i.test(ctx.contentType)
    ? boundaryOf(ctx.contentType)
    : null
  if (boundary) {
    const parts = parseMultipart(ctx.body, boundary)
    if (!parts) fail('badParameters', 'FaceImage', 400)
    const jsonPart = parts.find((p) => p.name === 'FaceDataRecord')
    if (!jsonPart) fail('MessageParametersLack', 'FaceDataRecord')
    const cond = parseJsonText(jsonPart.body.toString('utf8'))
    const img = parts.find((p) => p !== jsonPart && p.body.length > 0)
    if (!img && needPicture) fail('MessageParametersLack', 'FaceImage')
    return { cond, jpeg: img?.body ?? null }
  }
  const text = ctx.body.toString('utf8').trim()
  if (text === '') fail('MessageParametersLack', 'FaceDataRecord')
  const cond = parseJsonText(text)
  if (typeof cond.faceURL === 'string' && cond.faceURL !== '')
    return { cond, jpeg: await downloadFace(cond.faceURL) }
  if (needPicture) fail('MessageParametersLack', 'faceURL')
  return { cond, jpeg: null }
}

/** JPEG only, size and pixel bounds from the profile; the error codes a terminal gives. */
export function checkFacePicture(dev: SimDevice, jpeg: Buffer): void {
  const lim = dev.profile.face
  if (dev.faults.takeFaceModelingFail()) fail('SubpicAnalysisModelingError', 'saveFacePic', 400)
  if (jpeg.length > lim.maxBytes) fail('pictureSizeExceedLimit', 'pictureSizeExceedLimit', 400)
  const info = jpegInfo(jpeg)
  if (!info || jpeg.length < lim.minBytes) fail('SubpicAnalysisModelingError', 'saveFacePic', 400)
  if (info.width > lim.maxWidth || info.height > lim.maxHeight)
    fail('picturePixelsTooLarge', 'picturePixelsTooLarge', 400)
  if (info.width < lim.minWidth || info.height < lim.minHeight)
    fail('picturePixelsTooSmall', 'picturePixelsTooSmall', 400)
}
