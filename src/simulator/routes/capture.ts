// Real-time collection (15.2.7, 16.2.7, 17.2.7, 21.35). Face and fingerprint are XML without
// ?format=json, card is a JSON GET. One capture at a time (deviceBusy). Block-style firmware
// holds the POST until the person presents (or captureTimeout); poll-style firmware answers
// captureProgress 0 at once and the client polls.
import type { Presentation } from '../capture/capture-hub.js'
import { syntheticCardNo, syntheticTemplate } from '../capture/templates.js'
import type { SimDevice } from '../device.js'
import { xmlRoot } from '../http/body.js'
import { IsapiFail, fail } from '../http/errors.js'
import { encodeMultipart } from '../http/multipart.js'
import { CT_XML, json, xml } from '../http/respond.js'
import type { Reply } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { buildXml } from '../http/xml.js'
import type { XmlNode } from '../http/xml.js'
import { syntheticFace } from '../media/synth.js'
import { captureCardCaps, captureFaceCaps, captureFingerCaps } from '../profiles/caps-bio.js'

/**
 * Holds the request until the person presents. A client that hangs up ends the capture, so
 * the terminal is free for the next one at once (as a cancelled capture on the device is).
 */
async function waitFor(ctx: Ctx, kind: Presentation['kind']): Promise<Presentation> {
  const dev = ctx.dev
  let p: Presentation | null
  const hungUp = (): void => {
    if (dev.capture.activeKind === kind) dev.capture.cancel()
  }
  try {
    const waiting = dev.capture.wait(kind, dev.timing.captureTimeoutMs)
    ctx.res.once('close', hungUp)
    p = await waiting
  } catch {
    return fail('deviceBusy', 'deviceBusy')
  } finally {
    ctx.res.off('close', hungUp)
  }
  if (!p || p.none) fail('captureTimeout', 'captureTimeout')
  return p
}

let captureSeq = 0

async function faceResult(
  ctx: Ctx,
  p: Presentation,
  binaryMode: boolean,
  infrared: boolean,
): Promise<Reply> {
  const dev = ctx.dev
  const seed = Math.floor(Math.random() * 100_000)
  const jpeg = p.jpeg ?? (await syntheticFace(seed))
  const ir = infrared ? (p.infraredJpeg ?? (await syntheticFace(seed, { grey: true }))) : null
  const n = ++captureSeq
  const key = `/LOCALS/capture/face_${String(n).padStart(4, '0')}.jpg@WEB${String(n).padStart(12, '0')}`
  dev.storePicture(key, jpeg)
  const doc: XmlNode = {}
  if (!binaryMode) doc.faceDataUrl = `${dev.baseUrl()}${key}`
  doc.captureProgress = 100
  doc.isCurRequestOver = true
  if (ir && !binaryMode) {
    const irKey = `/LOCALS/capture/irface_${String(n).padStart(4, '0')}.jpg@WEB${String(n).padStart(12, '0')}`
    dev.storePicture(irKey, ir)
    doc.infraredFaceDataUrl = `${dev.baseUrl()}${irKey}`
  }
  dev.sessions.set('face', { started: Date.now(), result: doc })
  if (!binaryMode) return xml('CaptureFaceData', doc)
  const parts = [
    { contentType: CT_XML, body: buildXml('CaptureFaceData', doc) },
    { name: 'FaceData', filename: 'FaceData.jpg', contentType: 'image/jpeg', body: jpeg },
    ...(ir
      ? [
          {
            name: 'InfraredFaceData',
            filename: 'InfraredFaceData.jpg',
            contentType: 'image/jpeg',
            body: ir,
          },
        ]
      : []),
  ]
  return {
    status: 200,
    headers: {
      'MIME-Version': '1.0',
      Connection: 'close',
      'Content-Type': 'multipart/form-data; boundary=MIME_boundary',
    },
    body: encodeMultipart(parts),
  }
}

/** Poll-style: a held presentation, or (auto mode) one due since the session started. */
function pollPresentation(dev: SimDevice): Presentation | null {
  const held = dev.capture.take('face')
  if (held) return held
  const s = dev.sessions.get('face')
  if (
    dev.capture.auto &&
    s &&
    s.result === null &&
    Date.now() - s.started >= dev.capture.auto.delayMs
  )
    return { kind: 'face' }
  return null
}

async function captureFace(ctx: Ctx): Promise<Reply> {
  const dev = ctx.dev
  const cond = xmlRoot(ctx, 'CaptureFaceDataCond', true)
  const dataType = cond.dataType ?? 'url'
  if (dataType !== 'url' && dataType !== 'binary') fail('badXmlContent', 'dataType', 400)
  const infrared = cond.captureInfrared === 'true' && dev.profile.features.has('infraredFace')
  if (dev.profile.captureStyle === 'poll') {
    if (dev.capture.activeKind) fail('deviceBusy', 'deviceBusy')
    const s = dev.sessions.get('face')
    if (!s || s.result !== null || Date.now() - s.started > dev.timing.captureTimeoutMs)
      dev.sessions.set('face', { started: Date.now(), result: null, infrared })
    const p = pollPresentation(dev)
    if (p?.none) {
      dev.sessions.delete('face')
      fail('captureTimeout', 'captureTimeout')
    }
    if (!p) return xml('CaptureFaceData', { captureProgress: 0 })
    return faceResult(ctx, p, dataType === 'binary', infrared)
  }
  dev.sessions.set('face', { started: Date.now(), result: null })
  const p = await waitFor(ctx, 'face')
  return faceResult(ctx, p, dataType === 'binary', infrared)
}

async function faceProgress(ctx: Ctx): Promise<Reply> {
  const dev = ctx.dev
  const s = dev.sessions.get('face')
  if (s && s.result !== null) return xml('CaptureFaceData', s.result as XmlNode)
  if (s && dev.profile.captureStyle === 'poll') {
    const p = pollPresentation(dev)
    // the person walked away: the session ends as the POST would end it (21.35.3)
    if (p?.none) {
      dev.sessions.delete('face')
      fail('captureTimeout', 'captureTimeout')
    }
    if (p) return faceResult(ctx, p, false, s.infrared === true)
  }
  return xml('CaptureFaceData', { captureProgress: 0 })
}

async function captureFinger(ctx: Ctx): Promise<Reply> {
  const cond = xmlRoot(ctx, 'CaptureFingerPrintCond')
  const fingerNo = Number(cond.fingerNo)
  if (cond.fingerNo === undefined) fail('MessageParametersLack', 'fingerNo', 400)
  if (!Number.isInteger(fingerNo) || fingerNo < 1 || fingerNo > 10)
    fail('badXmlContent', 'fingerNo', 400)
  const p = await waitFor(ctx, 'finger')
  const quality = p.quality ?? 80 + Math.floor(Math.random() * 20)
  if (quality < 40) fail('lowScore', 'lowScore')
  return xml('CaptureFingerPrint', {
    fingerData: p.template ?? syntheticTemplate(),
    fingerNo,
    fingerPrintQuality: Math.min(100, Math.max(1, Math.round(quality))),
  })
}

async function captureCard(ctx: Ctx): Promise<Reply> {
  const readerID = ctx.query.get('readerID')
  if (
    readerID !== null &&
    (!/^\d+$/.test(readerID) ||
      Number(readerID) < 1 ||
      Number(readerID) > ctx.dev.profile.cardReaders)
  )
    fail('badParameters', 'readerID')
  const p = await waitFor(ctx, 'card')
  return json({
    CardInfo: {
      cardNo: p.cardNo ?? syntheticCardNo(),
      cardType: p.cardType ?? 'TypeA_M1',
      readerID: Number(readerID ?? 1),
    },
  })
}

const xmlOnly =
  (h: (ctx: Ctx) => Promise<Reply>) =>
  async (ctx: Ctx): Promise<Reply> => {
    if (ctx.query.get('format') === 'json')
      throw new IsapiFail('badXmlContent', 'badXmlContent', 400)
    return h(ctx)
  }

const C = { POST: 'control', GET: 'control' } as const
export const captureRoutes: RouteDef[] = [
  {
    path: '/ISAPI/AccessControl/CaptureFaceData/capabilities',
    format: 'xml',
    feature: 'captureFace',
    GET: (ctx) => xml('CaptureFaceData', captureFaceCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/CaptureFaceData',
    format: 'xml',
    feature: 'captureFace',
    rights: C,
    POST: xmlOnly(captureFace),
  },
  {
    path: '/ISAPI/AccessControl/CaptureFaceData/Progress/capabilities',
    format: 'xml',
    feature: 'captureFace',
    GET: () =>
      xml('CaptureFaceData', {
        faceDataUrl: { '@min': 1, '@max': 768 },
        captureProgress: { '@min': 0, '@max': 100 },
        isCurRequestOver: { '@opt': 'true,false' },
      }),
  },
  {
    path: '/ISAPI/AccessControl/CaptureFaceData/Progress',
    format: 'xml',
    feature: 'captureFace',
    rights: C,
    GET: faceProgress,
  },
  {
    path: '/ISAPI/AccessControl/CaptureFingerPrint/capabilities',
    format: 'xml',
    feature: 'captureFinger',
    GET: (ctx) => xml('CaptureFingerPrint', captureFingerCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/CaptureFingerPrint',
    format: 'xml',
    feature: 'captureFinger',
    rights: C,
    POST: xmlOnly(captureFinger),
  },
  {
    path: '/ISAPI/AccessControl/CaptureCardInfo/capabilities',
    format: 'json',
    feature: 'captureCard',
    GET: (ctx) => json(captureCardCaps(ctx.dev.profile)),
  },
  {
    path: '/ISAPI/AccessControl/CaptureCardInfo',
    format: 'json',
    feature: 'captureCard',
    rights: C,
    GET: captureCard,
  },
]
