// What a terminal's 401 answers say, read for the auth session: locked, a refused password or
// only a stale nonce, and the errors for challenges the station refuses to answer.
import {
  IsapiError,
  STATUS_PEEK_CHARS,
  errorFromStatus,
  statusFromBody,
  type DeviceStatus,
  type Where,
} from '../errors'
import type { DigestChallenge } from './challenge'

type Headers = Record<string, string | string[] | undefined>

export function statusOf(headers: Headers, body: Buffer): DeviceStatus | undefined {
  const ct = headers['content-type']
  const head = body.length > STATUS_PEEK_CHARS ? body.subarray(0, STATUS_PEEK_CHARS) : body
  return statusFromBody(typeof ct === 'string' ? ct : '', head.toString('utf8'))
}

/** False only when the body cannot say "locked": no `lock`/`locked` value, no non-zero unlockTime. */
export function mayTellLock(body: Buffer): boolean {
  const text = body.subarray(0, STATUS_PEEK_CHARS).toString('latin1')
  return /\block(ed)?\b/i.test(text) || /(unlock|reslock)time\W+[1-9]/i.test(text)
}

/**
 * A refused credentialed request is retried only when the terminal says its nonce, not the
 * password, was the problem: `stale=true`; on a reused nonce also a 401 without a challenge
 * (firmware limiting nonce reuse) or the documented expired-nonce body (ResponseStatus
 * invalidOperation). A userCheck saying `isIllegalLogin` is a refused password, whatever else.
 */
export function nonceOnlyStale(
  st: DeviceStatus | undefined,
  dc: DigestChallenge | undefined,
  fresh: boolean,
): boolean {
  if (st?.illegalLogin === true && dc) return false
  if (dc?.stale) return true
  if (fresh) return false
  if (!dc) return true
  return !st?.userCheck && st?.subStatusCode === 'invalidOperation'
}

export function isLocked(st: DeviceStatus | undefined): boolean {
  if (!st) return false
  const ls = st.lockStatus?.toLowerCase()
  return ls === 'lock' || ls === 'locked' || (st.unlockTime !== undefined && st.unlockTime > 0)
}

export function basicInClear(where: Where): IsapiError {
  return new IsapiError(
    'AUTH_INSECURE',
    'the device asked for the password in clear (HTTP Basic over plain HTTP); it was not sent',
    {
      httpStatus: 401,
      ...where,
      reason:
        'The terminal asks for the password in clear text (HTTP Basic without encryption). The station does not send it: enable Digest authentication on the terminal, or connect over HTTPS.',
    },
  )
}

export function basicDowngrade(where: Where): IsapiError {
  return new IsapiError(
    'AUTH_INSECURE',
    'the device asked for HTTP Basic after Digest was accepted; the password was not sent',
    {
      httpStatus: 401,
      ...where,
      reason:
        'After accepting a Digest login, the terminal (or something on the network between) asked for the password in clear text. The station refused. Check the network path to the terminal.',
    },
  )
}

/** A 401 to a request without credentials that offers no challenge the station answers. */
export function noChallenge(st: DeviceStatus | undefined, where: Where): IsapiError {
  // a 401 that carries a device status (e.g. notActivated) says why; report that
  if (st && (st.subStatusCode !== undefined || st.errorCode !== undefined) && !st.userCheck)
    return errorFromStatus(401, st, where)
  return new IsapiError(
    'AUTH_UNSUPPORTED',
    'the device asked for authentication without a usable challenge',
    { httpStatus: 401, ...where },
  )
}
