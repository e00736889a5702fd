// Each kind captures on the terminal, shows the operator what was read ('captured'), and saves
// it into the roster ('saved'). Roster refusals (a card owned by someone else, a picture that
// cannot be used) end the session as 'failed' with the roster's own code.
import { isIsapiError } from '../../isapi'
import { AppFailure } from '@shared/result'
import { said, type CaptureKind } from './capture-context'
import { judgeFingerprint } from './fingerprint-quality'
import { codedFailure } from '@shared/coded-failure'
import type { Reason } from '@shared/reason-text'

const CARD_NO = /^[0-9A-Za-z]{1,32}$/

const face: CaptureKind = async (c) => {
  const captured = await c.device((client) =>
    client.capture.face({ signal: c.signal, timeoutMs: c.timeoutMs, dataType: 'binary' }),
  )
  c.report(
    said('captured', 'enrollFaceCaptured', {}, { jpegBase64: captured.jpeg.toString('base64') }),
  )
  c.checkpoint()
  const detail = await c.roster.setFace(c.employeeNo, captured.jpeg, 'terminal')
  const meta = detail.face
  return meta
    ? said('saved', 'enrollFaceSaved', {
        width: meta.width,
        height: meta.height,
        kb: Math.round(meta.bytes / 1024),
      })
    : said('saved', 'enrollFaceCaptured')
}

const card: CaptureKind = async (c) => {
  const captured = await c.device((client) =>
    client.capture.card({ signal: c.signal, timeoutMs: c.timeoutMs }),
  )
  const cardNo = captured.cardNo.trim()
  if (!CARD_NO.test(cardNo))
    throw codedFailure('DEVICE_REJECTED', 'enrollCardUnfit', {
      terminal: c.deviceName,
      cardNo: cardNo.slice(0, 40),
    })
  c.report(said('captured', 'enrollCardRead', { cardNo }, { cardNo }))
  c.checkpoint()
  try {
    c.roster.addCardTo({ employeeNo: c.employeeNo, cardNo, cardType: 'normalCard' })
  } catch (error) {
    // the operator needs the number that clashed, not just the clash
    if (error instanceof AppFailure && error.code === 'CONFLICT')
      return {
        phase: 'failed',
        code: 'CONFLICT',
        message: error.message,
        ...(error.details?.reason ? { reason: error.details.reason as Reason } : {}),
        cardNo,
      }
    throw error
  }
  return said('saved', 'enrollCardSaved', { cardNo }, { cardNo })
}

const fingerprint: CaptureKind = async (c) => {
  let captured
  try {
    captured = await c.device((client) =>
      client.capture.fingerprint({
        signal: c.signal,
        timeoutMs: c.timeoutMs,
        fingerNo: c.fingerId,
      }),
    )
  } catch (error) {
    if (isIsapiError(error) && error.subStatusCode === 'lowScore')
      return said('failed', 'enrollFingerTooPoor', {}, { code: 'DEVICE_REJECTED' })
    throw error
  }
  const verdict = judgeFingerprint(captured.quality, c.minFingerprintQuality)
  const quality = captured.quality !== undefined ? { quality: captured.quality } : {}
  if (!verdict.ok)
    return said('failed', verdict.reason.code, verdict.reason.params, {
      code: 'DEVICE_REJECTED',
      ...quality,
    })
  c.report(said('captured', verdict.reason.code, verdict.reason.params, quality))
  c.checkpoint()
  c.roster.putFingerprint({
    employeeNo: c.employeeNo,
    fingerId: c.fingerId,
    fingerType: 'normalFP',
    template: captured.fingerData,
    quality: captured.quality ?? null,
    sourceModel: c.model,
  })
  return said('saved', 'enrollFingerSaved', { finger: c.fingerId }, quality)
}

const iris: CaptureKind = async (c) => {
  const captured = await c.device((client) =>
    client.capture.iris({ signal: c.signal, timeoutMs: c.timeoutMs }),
  )
  // Pictures come in the order irisPic1, irisPic2: left then right by convention [INF].
  const eyes: { eye: 'left' | 'right'; picture: Buffer }[] = []
  const [first, second] = captured.pictures
  if (c.eye) {
    const picture = (c.eye === 'right' ? second : first) ?? first
    if (picture) eyes.push({ eye: c.eye, picture })
  } else {
    if (first) eyes.push({ eye: 'left', picture: first })
    if (second) eyes.push({ eye: 'right', picture: second })
  }
  if (eyes.length === 0)
    throw codedFailure('DEVICE_REJECTED', 'enrollIrisEmpty', { terminal: c.deviceName })
  const names = eyes.length === 2 ? 'both' : eyes[0]!.eye
  c.report(said('captured', 'enrollIrisCaptured', { eyes: names }))
  c.checkpoint()
  for (const e of eyes)
    c.roster.putIris({
      employeeNo: c.employeeNo,
      eye: e.eye,
      data: e.picture.toString('base64'),
      sourceModel: c.model,
    })
  return said('saved', 'enrollIrisSaved', { eyes: names })
}

export const CAPTURE_KINDS: Record<'face' | 'card' | 'fingerprint' | 'iris', CaptureKind> = {
  face,
  card,
  fingerprint,
  iris,
}
