// Capture drives the terminal's own sensor ("present your card / finger / face"). Face and
// fingerprint are XML (no ?format=json), card is a JSON GET. Calls block on the device for up to
// ~30–60 s, so they use long timeouts, and every one takes an AbortSignal.
import { parseContentType } from '../codec/content-type'
import { MultipartReader, type Part } from '../codec/multipart-reader'
import { bool, int, obj, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp, RawAnswer } from '../http/isapi-http'
import { jsonRoot, sleep } from './common'
import { fetchPicture } from './system'

export interface CaptureOptions {
  signal?: AbortSignal
  /** Overall limit. Default 60 s. */
  timeoutMs?: number
}

const LONG = (o: CaptureOptions) => ({
  signal: o.signal,
  headersTimeoutMs: o.timeoutMs ?? 60_000,
  bodyTimeoutMs: o.timeoutMs ?? 60_000,
  maxBytes: 8 * 1024 * 1024,
})
// blocking captures take their own connection so they do not starve the pool
const BLOCKING = (o: CaptureOptions) => ({ ...LONG(o), dedicated: true })

export interface CapturedCard {
  cardNo: string
  cardType?: string
  readerID?: number
}

export async function captureCard(
  http: IsapiHttp,
  o: CaptureOptions & { readerID?: number } = {},
): Promise<CapturedCard> {
  const path = `/ISAPI/AccessControl/CaptureCardInfo?format=json${o.readerID ? `&readerID=${o.readerID}` : ''}`
  const r = jsonRoot(
    http,
    await http.json('GET', path, undefined, BLOCKING(o)),
    'CardInfo',
    'GET',
    path,
  )
  const cardNo = str(r.cardNo)
  if (!cardNo) throw http.bad('GET', path, 'no cardNo in answer')
  const c: CapturedCard = { cardNo }
  const t = str(r.cardType)
  if (t) c.cardType = t
  const id = int(r.readerID)
  if (id !== undefined) c.readerID = id
  return c
}

export interface CapturedFingerprint {
  fingerNo: number
  /** Base64 template. */
  fingerData: string
  quality?: number
}

export async function captureFingerprint(
  http: IsapiHttp,
  o: CaptureOptions & { fingerNo?: number } = {},
): Promise<CapturedFingerprint> {
  const path = '/ISAPI/AccessControl/CaptureFingerPrint'
  const b = await http.xmlDoc(
    'POST',
    path,
    'CaptureFingerPrint',
    'CaptureFingerPrintCond',
    { fingerNo: o.fingerNo ?? 1 },
    BLOCKING(o),
  )
  const fingerData = str(b.fingerData)
  if (!fingerData) throw http.bad('POST', path, 'no fingerData in answer')
  const f: CapturedFingerprint = { fingerNo: int(b.fingerNo) ?? o.fingerNo ?? 1, fingerData }
  const q = int(b.fingerPrintQuality)
  if (q !== undefined) f.quality = q
  return f
}

export interface CapturedFace {
  jpeg: Buffer
  infrared?: Buffer
  faceDataUrl?: string
}

export interface FaceCaptureOptions extends CaptureOptions {
  /** `binary` (picture in the answer, default) or `url` (fetched afterwards with the same session). */
  dataType?: 'binary' | 'url'
  infrared?: boolean
  onProgress?: (percent: number) => void
  /** Re-POST interval while the device reports progress < 100. Default 700 ms. */
  pollMs?: number
}

interface FaceAnswer {
  progress: number
  over?: boolean
  url?: string
  infraredUrl?: string
  jpeg?: Buffer
  infrared?: Buffer
}

function partsOf(a: RawAnswer): Part[] {
  const ct = parseContentType(a.contentType)
  if (!ct.type.startsWith('multipart/')) return []
  const r = new MultipartReader(ct.params.boundary ?? 'MIME_boundary', {
    maxPartBytes: 4 * 1024 * 1024,
  })
  return [...r.push(a.body), ...r.end().parts]
}

function parseFaceAnswer(http: IsapiHttp, a: RawAnswer, path: string): FaceAnswer {
  const parts = partsOf(a)
  let xml: unknown
  const out: FaceAnswer = { progress: 0 }
  if (parts.length > 0) {
    if (a.status < 200 || a.status >= 300) http.decode(a, 'POST', path)
    for (const p of parts) {
      const isImage =
        p.contentType.startsWith('image/') || (p.body[0] === 0xff && p.body[1] === 0xd8)
      if (isImage) {
        if ((p.name ?? '').toLowerCase().includes('infrared')) out.infrared = p.body
        else out.jpeg = p.body
      } else if (xml === undefined) {
        xml = http.decode({ status: 200, contentType: p.contentType, body: p.body }, 'POST', path)
      }
    }
  } else xml = http.decode(a, 'POST', path)
  const doc = obj(xml)
  if (doc.root !== undefined && doc.root !== 'CaptureFaceData')
    throw http.bad('POST', path, `unexpected ${String(doc.root)} document`)
  const b = obj(doc.body)
  out.progress = int(b.captureProgress) ?? (out.jpeg ? 100 : 0)
  const over = bool(b.isCurRequestOver)
  if (over !== undefined) out.over = over
  const url = str(b.faceDataUrl)
  if (url) out.url = url
  const iu = str(b.infraredFaceDataUrl)
  if (iu) out.infraredUrl = iu
  return out
}

/** The current face-collection session's progress (GET …/CaptureFaceData/Progress, 21.35.3). */
export async function faceProgress(http: IsapiHttp, o: CaptureOptions = {}): Promise<FaceAnswer> {
  const path = '/ISAPI/AccessControl/CaptureFaceData/Progress'
  const a = await http.raw('GET', path, undefined, undefined, LONG(o))
  return parseFaceAnswer(http, a, path)
}

/**
 * Captures a face: one POST starts the session; while the terminal reports progress < 100 the
 * session is followed on …/Progress (re-POSTing where the terminal has no Progress), then the
 * JPEG(s) are returned.
 */
export async function captureFace(
  http: IsapiHttp,
  o: FaceCaptureOptions = {},
): Promise<CapturedFace> {
  const path = '/ISAPI/AccessControl/CaptureFaceData'
  const deadline = Date.now() + (o.timeoutMs ?? 60_000)
  const cond = { captureInfrared: o.infrared ?? false, dataType: o.dataType ?? 'binary' }
  let started = false
  let progressOffered = true
  for (;;) {
    const left = deadline - Date.now()
    if (left <= 0)
      throw new IsapiError('TIMEOUT', 'no face was captured in time', {
        ...http.where('POST', path),
        category: 'timeout',
        reason: 'No face was presented to the terminal in time.',
      })
    const payload = `<?xml version="1.0" encoding="UTF-8"?>\n<CaptureFaceDataCond version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><captureInfrared>${cond.captureInfrared}</captureInfrared><dataType>${cond.dataType}</dataType></CaptureFaceDataCond>`
    // the session started: follow it on …/Progress (21.35.3) instead of starting it again;
    // a terminal without it (404 / notSupport) is asked by POST again
    const ans =
      started && progressOffered
        ? await faceProgress(http, { ...o, timeoutMs: left }).catch((e: unknown) => {
            if (
              !(e instanceof IsapiError) ||
              (e.category !== 'notSupported' && e.httpStatus !== 404)
            )
              throw e
            progressOffered = false
            return null
          })
        : null
    const answer =
      ans ??
      parseFaceAnswer(
        http,
        await http.raw('POST', path, payload, 'application/xml; charset="UTF-8"', {
          ...LONG({ ...o, timeoutMs: left }),
        }),
        path,
      )
    started = true
    const done = answer
    o.onProgress?.(done.progress)
    if (done.progress >= 100 && (done.jpeg || done.url)) {
      const jpeg =
        done.jpeg ?? (await fetchPicture(http, pathOf(done.url!), { signal: o.signal })).data
      const out: CapturedFace = { jpeg }
      if (done.url) out.faceDataUrl = done.url
      const ir =
        done.infrared ??
        (done.infraredUrl
          ? (await fetchPicture(http, pathOf(done.infraredUrl), { signal: o.signal })).data
          : undefined)
      if (ir) out.infrared = ir
      return out
    }
    await sleep(Math.min(o.pollMs ?? 700, Math.max(0, deadline - Date.now())), o.signal)
  }
}

/** Path and query of a device URL (the host in device URLs may not be reachable as written). */
export function pathOf(url: string): string {
  if (url.startsWith('/')) return url
  try {
    const u = new URL(url)
    return `${u.pathname}${u.search}`
  } catch {
    throw new IsapiError('INVALID_ARGUMENT', `not a device URL: ${url}`)
  }
}

export interface CapturedIris {
  progress: number
  pictures: Buffer[]
  /** The JSON progress document as sent (field names are not documented). */
  info: Record<string, unknown>
}

/** Iris collection: start, then poll progress until pictures arrive (field names [INF]). */
export async function captureIris(
  http: IsapiHttp,
  o: CaptureOptions & { onProgress?: (p: number) => void; pollMs?: number } = {},
): Promise<CapturedIris> {
  await http.json(
    'POST',
    '/ISAPI/AccessControl/captureIrisData?format=json',
    { CaptureIrisDataCond: { captureMode: 'default' } },
    LONG(o),
  )
  const path = '/ISAPI/AccessControl/captureIrisData/progress?format=json'
  const deadline = Date.now() + (o.timeoutMs ?? 60_000)
  for (;;) {
    const a = await http.raw('GET', path, undefined, undefined, LONG(o))
    const parts = partsOf(a)
    const pictures = parts
      .filter(
        (p) => p.contentType.startsWith('image/') || p.contentType === 'application/octet-stream',
      )
      .map((p) => p.body)
    const jsonPart = parts.find((p) => !pictures.includes(p.body))
    const doc = obj(
      jsonPart
        ? http.decode(
            { status: 200, contentType: jsonPart.contentType, body: jsonPart.body },
            'GET',
            path,
          )
        : http.decode(a, 'GET', path),
    )
    const info = obj(Object.values(doc).find((v) => typeof v === 'object' && v !== null) ?? doc)
    const progress = int(info.captureProgress ?? info.progress) ?? (pictures.length ? 100 : 0)
    o.onProgress?.(progress)
    if (pictures.length > 0 || progress >= 100) return { progress, pictures, info }
    if (Date.now() > deadline)
      throw new IsapiError('TIMEOUT', 'no iris was captured in time', {
        ...http.where('GET', path),
        reason: 'No iris was presented to the terminal in time.',
      })
    await sleep(o.pollMs ?? 700, o.signal)
  }
}
