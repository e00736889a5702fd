// The 401 answers of a terminal, by what went wrong with the credentials (01 §6):
// no credentials → challenge + (userCheck XML | short HTML page, per firmware);
// wrong password / locked → challenge + userCheck with retryLoginTime, lockStatus, unlockTime;
// nonce used too often → userCheck without a challenge; expired nonce → fresh challenge
// (stale="TRUE") + ResponseStatus invalidOperation.
import type { SimDevice } from '../device.js'
import type { AuthResult } from './digest.js'
import { CT_HTML, xml, xmlStatus } from './respond.js'
import type { Reply } from './respond.js'

export const HTML_401 =
  '<!DOCTYPE html>\r\n<html><head><title>Document Error: Unauthorized</title></head>\r\n<body><h2>Access Error: 401 -- Unauthorized</h2>\r\n<p>Authentication Error</p>\r\n</body>\r\n</html>\r\n'

function userCheck(dev: SimDevice, illegal: boolean, ip: string): Reply {
  const s = dev.auth.lockState(ip)
  return xml(
    'userCheck',
    {
      statusValue: 401,
      statusString: 'Unauthorized',
      isIllegalLogin: illegal,
      retryLoginTime: s.retryLeft,
      lockStatus: s.locked ? 'lock' : 'unlock',
      unlockTime: s.unlockSeconds,
    },
    401,
  )
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
      return with401(
        dev.profile.unauthBody === 'html'
          ? { status: 401, headers: { 'Content-Type': CT_HTML }, body: HTML_401 }
          : userCheck(dev, false, ip),
        dev.auth.challenge(),
      )
    case 'failed':
    case 'locked':
      return with401(userCheck(dev, true, ip), dev.auth.challenge())
    case 'reused':
      return with401(userCheck(dev, false, ip), null)
    case 'stale':
      return with401(
        xmlStatus('invalidOperation', { requestURL: url, http: 401 }),
        dev.auth.challenge(true),
      )
    case 'malformed':
      return with401(userCheck(dev, false, ip), dev.auth.challenge())
  }
}
