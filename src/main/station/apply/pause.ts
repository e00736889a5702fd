// Why a terminal's queue pauses, and what it waits for. A step that meets one of these stays
// pending (no attempt is burnt): offline, busy and timeouts are retried with backoff; a lock
// waits for the terminal's unlock time; a refused password waits for new credentials; a
// terminal that is not activated waits for activation; a full terminal or a changed certificate
// waits for the operator — named once, with the count and the remedy, instead of every
// remaining person being sent and refused.
import { IsapiError, isIsapiError, type IsapiClient } from '../../isapi'
import type { ApplyPauseUntil, ApplyStepKind } from '@shared/model'
import type { DeviceRecord } from '../../store/devices-repo'
import { appCodeOf } from '../devices/isapi-failure'
import { plainReason } from './reasons'
import type { Reason, ReasonCode } from '@shared/reason-text'

export interface Pause {
  reason: string
  /** The reason as a code plus parameters (what the UI words in the user's language). */
  code?: Reason
  until: ApplyPauseUntil
  /** The error to record as the terminal's health (a synthesised one for "not activated"). */
  health: IsapiError | null
}

const RETRY = new Set(['offline', 'timeout', 'busy'])
/** Capacity errors that mean the terminal as a whole is full (not one person's card limit). */
const TERMINAL_FULL = new Set(['noMemory', 'diskFull', 'userNumberExceedLimit'])
const fmt = (n: number) => n.toLocaleString('en-US')

const WHAT: Partial<Record<ApplyStepKind, { label: string; max: keyof Capacities }>> = {
  person: { label: 'persons', max: 'maxPersons' },
  card: { label: 'cards', max: 'maxCards' },
  face: { label: 'faces', max: 'maxFaces' },
  fingerprint: { label: 'fingerprints', max: 'maxFingerprints' },
}
interface Capacities {
  maxPersons: number | null
  maxCards: number | null
  maxFaces: number | null
  maxFingerprints: number | null
}

export const isTerminalFull = (error: IsapiError): boolean =>
  error.category === 'capacity' && TERMINAL_FULL.has(error.subStatusCode ?? '')

/** How many the terminal holds of what the step adds (best effort: null when it will not say). */
async function heldCount(client: IsapiClient, kind: ApplyStepKind): Promise<number | null> {
  try {
    if (kind === 'card') return await client.cards.count()
    if (kind === 'face')
      return (await client.faces.count()).reduce((n, lib) => n + lib.recordDataNumber, 0)
    return (await client.persons.count()).userNumber
  } catch {
    return null
  }
}

const FULL_CODES: Record<string, ReasonCode> = {
  persons: 'terminalFullPersons',
  cards: 'terminalFullCards',
  faces: 'terminalFullFaces',
}

/** A full terminal's pause: the sentence and its code, with the counts when the terminal tells. */
async function fullPause(
  record: Pick<DeviceRecord, 'name' | 'capabilities'>,
  client: IsapiClient,
  kind: ApplyStepKind,
): Promise<{ reason: string; code: Reason }> {
  const what = WHAT[kind] ?? WHAT.person!
  const count = await heldCount(client, kind === 'fingerprint' ? 'person' : kind)
  const max = record.capabilities?.[what.max] ?? null
  const label = kind === 'fingerprint' ? 'persons' : what.label
  const held =
    count !== null && max !== null
      ? `: ${fmt(count)} of ${fmt(max)} ${label}`
      : count !== null
        ? ` (${fmt(count)} ${label})`
        : ''
  const reason = `${record.name} is full${held}. Remove some from it or assign fewer to it, then resume the apply.`
  const code: Reason =
    count !== null && max !== null && FULL_CODES[label]
      ? { code: FULL_CODES[label], params: { terminal: record.name, held: count, max } }
      : { code: 'terminalFull', params: { terminal: record.name } }
  return { reason, code }
}

const coded = (code: ReasonCode, terminal: string): Reason => ({ code, params: { terminal } })

/** The pause an error calls for, or null when it is the step's own failure. */
export async function pauseFor(
  error: unknown,
  record: Pick<DeviceRecord, 'name' | 'capabilities'>,
  client: IsapiClient,
  kind: ApplyStepKind,
): Promise<Pause | null> {
  if (!isIsapiError(error)) return null
  const name = record.name
  if (error.code === 'TLS_PIN_MISMATCH')
    return {
      reason: `${name}: ${plainReason(error)}`,
      code: coded('terminalCertChanged', name),
      until: 'operator',
      health: error,
    }
  if (RETRY.has(error.category))
    return {
      reason: `${name}: ${plainReason(error)}`,
      code: coded('terminalNotAnswering', name),
      until: 'retry',
      health: error,
    }
  // a garbled answer says nothing about the record: the step (an upsert) is simply sent again
  if (error.code === 'BAD_RESPONSE')
    return {
      reason: `${name}: ${plainReason(error)}`,
      code: coded('terminalAnswerGarbled', name),
      until: 'retry',
      health: null,
    }
  if (appCodeOf(error) === 'NOT_ACTIVATED' || error.code === 'AUTH_UNSUPPORTED') {
    // a terminal that is not activated often answers without a usable challenge: ask it (the
    // activation status needs no login, so this costs no failed attempt)
    const activated = await client.system
      .activationStatus()
      .then((s) => s.activated)
      .catch(() => true)
    if (!activated || appCodeOf(error) === 'NOT_ACTIVATED')
      return {
        reason: `${name} is not activated (a factory reset?): activate it with an admin password; the apply resumes by itself.`,
        code: coded('terminalNotActivated', name),
        until: 'activation',
        health:
          appCodeOf(error) === 'NOT_ACTIVATED'
            ? error
            : new IsapiError('DEVICE_ERROR', 'The terminal is not activated.', {
                httpStatus: 401,
                subStatusCode: 'notActivated',
              }),
      }
  }
  if (error.code === 'DEVICE_LOCKED' || error.category === 'locked')
    return {
      reason: `${name}: ${plainReason(error)}`,
      code: coded('terminalLocked', name),
      until: 'unlock',
      health: error,
    }
  if (error.category === 'auth')
    return {
      reason: `${name}: ${plainReason(error)} Give the station the terminal's new password (Devices, or \`devices passwd\`); the apply resumes by itself.`,
      code: coded('terminalRefusesPassword', name),
      until: 'credentials',
      health: error,
    }
  if (isTerminalFull(error))
    return { ...(await fullPause(record, client, kind)), until: 'operator', health: null }
  return null
}
