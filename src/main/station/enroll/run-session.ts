// A session ends with exactly one of saved / failed / cancelled. Whatever goes wrong (device
// errors, roster refusals, odd answers) becomes a 'failed' event with a code; nothing escapes.
import { isIsapiError } from '../../isapi'
import type { EnrollProgressEvent } from '@shared/model'
import { AppFailure } from '@shared/result'
import { said, type CaptureContext, type CaptureKind, type Progress } from './capture-context'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type Reason } from '@shared/reason-text'

export interface RunDeps {
  emit(event: EnrollProgressEvent): void
  mapError(error: unknown): AppFailure
  logError(message: string, data: Record<string, unknown>): void
}

type Identity = Pick<EnrollProgressEvent, 'sessionId' | 'deviceId' | 'employeeNo' | 'kind'>

export function failureOf(error: unknown, mapError: RunDeps['mapError']): Progress {
  const mapped = isIsapiError(error) ? mapError(error) : error
  if (mapped instanceof AppFailure) {
    const reason = mapped.details?.reason as Reason | undefined
    return {
      phase: 'failed',
      code: mapped.code,
      message: mapped.message,
      ...(reason ? { reason } : {}),
    }
  }
  const reason: Reason = {
    code: 'enrollFailedUnexpectedly',
    params: { why: mapped instanceof Error ? mapped.message : String(mapped) },
  }
  return { phase: 'failed', code: 'INTERNAL', message: reasonText(reason, 'en'), reason }
}

/** Runs one capture kind to its end; resolves true when it ended as cancelled. */
export async function runSession(
  who: Identity,
  kind: CaptureKind,
  ctx: Omit<CaptureContext, 'report' | 'checkpoint'>,
  deps: RunDeps,
): Promise<boolean> {
  const emit = (p: Progress) => {
    const event: EnrollProgressEvent = { ...who, phase: p.phase, message: p.message }
    if (p.reason !== undefined) event.reason = p.reason
    if (p.code !== undefined) event.code = p.code
    if (p.quality !== undefined) event.quality = p.quality
    if (p.jpegBase64 !== undefined) event.jpegBase64 = p.jpegBase64
    if (p.cardNo !== undefined) event.cardNo = p.cardNo
    deps.emit(event)
  }
  const cancelled: Progress = said('cancelled', 'enrollCaptureCancelled')
  const checkpoint = () => {
    if (ctx.signal.aborted) throw codedFailure('CANCELLED', 'enrollCancelled')
  }
  let last: Progress
  try {
    last = await kind({ ...ctx, report: emit, checkpoint })
  } catch (error) {
    if (ctx.signal.aborted) last = cancelled
    else {
      last = failureOf(error, deps.mapError)
      if (last.code === 'INTERNAL')
        deps.logError('enroll capture failed unexpectedly', {
          error: error instanceof Error ? error.stack : String(error),
        })
    }
  }
  emit(last)
  return last.phase === 'cancelled'
}
