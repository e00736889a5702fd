// Reasons an operator reads: plain words, never a raw request line. The device's own codes
// travel separately (ApplyFailure.deviceCode), so nothing is lost by rewording.
import type { IsapiError } from '../../isapi'

const HTTP_WORDS: Record<number, string> = {
  400: 'The terminal refused the request as malformed',
  401: 'The terminal refused the login',
  403: 'The terminal does not allow this to the account the station uses',
  404: 'The terminal does not offer this function',
  500: 'The terminal reported an internal error',
  502: 'A gateway between the station and the terminal failed',
  503: 'The terminal is busy or still starting up',
  504: 'The terminal did not answer in time',
}

/** A raw client message ("PUT /ISAPI/… failed: 503 Service Unavailable") in plain words. */
export function plainReason(error: IsapiError): string {
  if (error.code === 'BAD_RESPONSE')
    return 'The terminal’s answer could not be read (garbled or cut short); the step is sent again.'
  if (!/\/ISAPI\//.test(error.reason)) return error.reason
  const status = error.httpStatus
  if (status === undefined) return 'The terminal answered in a way the station does not understand.'
  const words = HTTP_WORDS[status] ?? 'The terminal answered with an error'
  const text = /failed: (\d{3} [^(]*)$/.exec(error.reason)?.[1]?.trim()
  return `${words} (HTTP ${text ?? status}).`
}
