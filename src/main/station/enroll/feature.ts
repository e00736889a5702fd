// Enrollment: a capture session on a chosen terminal → the roster. Refusals (unknown person,
// a kind the terminal lacks, a terminal already capturing) are answered before anything is
// sent to the terminal; everything after the start arrives as 'enroll.progress' events.
import { randomUUID } from 'node:crypto'
import type { ParsedArgsOf } from '@shared/api'
import type { DeviceCapabilitySummary } from '@shared/model'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import type { RosterService } from '../roster/roster-service'
import { CAPTURE_KINDS } from './capture-kinds'
import { MIN_FINGERPRINT_QUALITY } from './fingerprint-quality'
import { runSession } from './run-session'
import { sessionRegistry, type Session } from './session-registry'
import { codedFailure } from '@shared/coded-failure'

export interface EnrollOptions {
  /** Longest the station waits for the terminal's answer. Default 60 s (terminals give up at ~30 s). */
  captureTimeoutMs?: number
  minFingerprintQuality?: number
}

type Kind = ParsedArgsOf<'enroll.start'>['kind']

const CAPABILITY: Record<Kind, keyof DeviceCapabilitySummary> = {
  face: 'captureFace',
  card: 'captureCard',
  fingerprint: 'captureFingerprint',
  iris: 'captureIris',
}

const PROMPT: Record<Kind, string> = {
  face: 'Look at the terminal camera.',
  card: 'Present the card to the terminal reader.',
  fingerprint: 'Place the finger on the terminal sensor.',
  iris: 'Look into the terminal iris camera.',
}

export function enrollFeature(
  ctx: StationContext,
  devices: DeviceService,
  roster: RosterService,
  options: EnrollOptions = {},
): Feature {
  const sessions = sessionRegistry()
  let closing = false

  const start = (args: ParsedArgsOf<'enroll.start'>): { sessionId: string } => {
    if (closing) throw codedFailure('CANCELLED', 'stationShuttingDown')
    roster.detail(args.employeeNo) // NOT_FOUND for an unknown person
    const record = devices.record(args.deviceId) // NOT_FOUND for an unknown terminal
    if (record.capabilities?.[CAPABILITY[args.kind]] !== true)
      throw codedFailure(
        'NOT_SUPPORTED',
        record.capabilities ? 'enrollKindUnsupported' : 'enrollCapabilitiesUnknown',
        { terminal: record.name, kind: args.kind },
        { deviceId: record.id, kind: args.kind },
      )
    sessions.claim(record.id, record.name)
    const who = {
      sessionId: randomUUID(),
      deviceId: record.id,
      employeeNo: args.employeeNo,
      kind: args.kind,
    }
    const controller = new AbortController()
    ctx.bus.emit('enroll.progress', { ...who, phase: 'waiting', message: PROMPT[args.kind] })
    const session: Session = {
      id: who.sessionId,
      deviceId: record.id,
      controller,
      done: Promise.resolve(false),
    }
    session.done = runSession(
      who,
      CAPTURE_KINDS[args.kind],
      {
        employeeNo: args.employeeNo,
        deviceName: record.name,
        model: record.model,
        fingerId: args.fingerId ?? 1,
        ...(args.eye ? { eye: args.eye } : {}),
        signal: controller.signal,
        timeoutMs: options.captureTimeoutMs ?? 60_000,
        minFingerprintQuality: options.minFingerprintQuality ?? MIN_FINGERPRINT_QUALITY,
        roster,
        device: async (call) => {
          try {
            const out = await call(devices.client(record.id))
            devices.observe(record.id)
            return out
          } catch (error) {
            if (!controller.signal.aborted) devices.observe(record.id, error)
            throw error
          }
        },
      },
      {
        emit: (event) => {
          // free the terminal before the UI hears the end, so a retry can start at once
          if (event.phase !== 'waiting' && event.phase !== 'captured') sessions.release(session)
          ctx.bus.emit('enroll.progress', event)
        },
        mapError: (error) => devices.mapError(error, record.name),
        logError: (message, data) => ctx.logger.error(message, data),
      },
    ).finally(() => sessions.release(session))
    sessions.add(session)
    return { sessionId: who.sessionId }
  }

  /** Resolves once the session has ended; false when it had already finished otherwise. */
  const cancel = async (sessionId: string): Promise<{ cancelled: boolean }> => {
    const session = sessions.get(sessionId)
    if (!session) return { cancelled: false }
    session.controller.abort()
    return { cancelled: await session.done }
  }

  return {
    handlers: {
      'enroll.start': start,
      'enroll.cancel': ({ sessionId }) => cancel(sessionId),
    },
    async close() {
      closing = true
      await Promise.all(sessions.all().map((s) => cancel(s.id)))
    },
  }
}
