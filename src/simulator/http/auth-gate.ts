// The 401 answers of a terminal, by what went wrong with the credentials (01 §6):
// no usable credentials (none, Basic, a malformed Digest header) → challenge + a userCheck with
// only statusValue / statusString / isActivated, labelled application/json although it is XML
// (observed on DS-K1T344 / DS-K1T342MWX), or the camera's short HTML page (MissiaL capture);
// wrong password / locked → challenge + userCheck with the lockout fields; expired or used-up
// nonce → fresh challenge (stale="true") + ResponseStatus invalidOperation.
import type { SimDevice } from '../device.js'
import type { AuthResult } from './digest.js'
import { CT_HTML, CT_JSON_ANSWER, xml, xmlStatus } from './respond.js'
import type { Reply } from './respond.js'

export const HTML_401 =
  '<!DOCTYPE html>\r\n<html><head><title>Document Error: Unauthorized</title></head>\r\n<body><h2>Access Error: 401 -- Unauthorized</h2>\r\n<p>Authentication Error</p>\r\n</body>\r\n</html>\r\n'

/** After a failed credentialed attempt: how many tries are left, whether the address is locked. */
function lockoutCheck(dev: SimDevice, ip: string): Reply {
  const s = dev.auth.lockState(ip)
  return xml(
    'userCheck',
    {
      statusValue: 401,
      statusString: 'Unauthorized',
      isIllegalLogin: true,
      retryLoginTime: s.retryLeft,
      lockStatus: s.locked ? 'lock' : 'unlock',
      unlockTime: s.unlockSeconds,
    },
    401,
  )
}

/** Without usable credentials: no lockout fields (clients read any retryLoginTime as a lockout). */
function challengeBody(dev: SimDevice): Reply {
  if (dev.firmware.unauthBody === 'html')
    return { status: 401, headers: { 'Content-Type': CT_HTML }, body: HTML_401 }
  const r = xml(
    'userCheck',
    { statusValue: 401, statusString: 'Unauthorized', isActivated: dev.data.activated },
    401,
  )
  return { ...r, headers: { 'Content-Type': CT_JSON_ANSWER } }
}

function with401(body: Reply, challenge: string | null): Reply {
  const headers: Record<string, string> = { ...body.headers }
  if (challenge) headers['WWW-Authenticate'] = challenge
  return { status: 401, headers, body: body.body }
}

/** The reply for a refused request. */
export function authReply(
  dev: SimDevice,
  auth: Exclude<AuthResult, { kind: 'ok' }>,
  url: string,
  ip: string,
): Reply {
  switch (auth.kind) {
    case 'missing':
    case 'malformed':
      return with401(challengeBody(dev), dev.auth.challenge())
    case 'failed':
    case 'locked':
      return with401(lockoutCheck(dev, ip), dev.auth.challenge())
    case 'stale':
      return with401(
        xmlStatus('invalidOperation', { requestURL: url, http: 401 }),
        dev.auth.challenge(true),
      )
  }
}
