import { describe, expect, it } from 'vitest'
import { judgeFingerprint } from '../../../src/main/station/enroll/fingerprint-quality'
import { runSession } from '../../../src/main/station/enroll/run-session'
import { sessionRegistry } from '../../../src/main/station/enroll/session-registry'
import { IsapiError } from '../../../src/main/isapi'
import type { EnrollProgressEvent } from '../../../src/shared/model'
import { AppFailure } from '../../../src/shared/result'
import { reasonText } from '../../../src/shared/reason-text'
import type { CaptureContext } from '../../../src/main/station/enroll/capture-context'

describe('fingerprint quality policy', () => {
  it('accepts at the floor, refuses below it with a retry hint, trusts a terminal without a score', () => {
    expect(judgeFingerprint(60, 60).ok).toBe(true)
    const low = judgeFingerprint(59, 60)
    expect(low.ok).toBe(false)
    expect(low.reason).toEqual({ code: 'enrollFingerBelowFloor', params: { quality: 59, min: 60 } })
    expect(reasonText(low.reason, 'en')).toMatch(/59 is below 60.*try again/)
    expect(reasonText(low.reason, 'zh')).toMatch(/指纹质量 59 低于 60/)
    expect(judgeFingerprint(undefined).ok).toBe(true)
  })
})

describe('session registry', () => {
  it('holds one session per terminal and frees it on release', () => {
    const r = sessionRegistry()
    const s = {
      id: 's1',
      deviceId: 'd1',
      controller: new AbortController(),
      done: Promise.resolve(false),
    }
    r.claim('d1', 'Door')
    r.add(s)
    expect(() => r.claim('d1', 'Door')).toThrow(AppFailure)
    r.claim('d2', 'Other')
    r.release(s)
    r.claim('d1', 'Door')
    expect(r.get('s1')).toBeUndefined()
  })
})

describe('runSession', () => {
  const who = { sessionId: 's', deviceId: 'd', employeeNo: '1', kind: 'card' as const }
  const ctx = (signal: AbortSignal) =>
    ({ signal }) as unknown as Omit<CaptureContext, 'report' | 'checkpoint'>
  const run = async (
    kind: (c: CaptureContext) => Promise<never>,
    signal = new AbortController().signal,
  ) => {
    const events: EnrollProgressEvent[] = []
    const cancelled = await runSession(who, kind, ctx(signal), {
      emit: (e) => events.push(e),
      mapError: () => new AppFailure('TIMEOUT', 'mapped'),
      logError: () => {},
    })
    return { cancelled, events }
  }

  it('turns device errors into failed events with the mapped code', async () => {
    const { events } = await run(() => Promise.reject(new IsapiError('TIMEOUT', 'late')))
    expect(events).toEqual([{ ...who, phase: 'failed', code: 'TIMEOUT', message: 'mapped' }])
  })

  it('turns anything unexpected into INTERNAL, never a throw', async () => {
    const { events } = await run(() => Promise.reject(new TypeError('boom')))
    expect(events[0]).toMatchObject({ phase: 'failed', code: 'INTERNAL' })
  })

  it('ends as cancelled whatever the error once aborted', async () => {
    const c = new AbortController()
    c.abort()
    const { cancelled, events } = await run(() => Promise.reject(new Error('aborted')), c.signal)
    expect(cancelled).toBe(true)
    expect(events[0]).toMatchObject({ phase: 'cancelled' })
  })
})
