// Device failures reach the UI as AppFailure codes; the device's own codes ride along in
// details so an installer can look them up.
import { codedFailure } from '@shared/coded-failure'
import { isIsapiError, type IsapiError } from '../../isapi'
import { AppFailure, type ErrorCode } from '@shared/result'
import { storeFailure } from '../../store/store-errors'

const BY_CATEGORY: Record<IsapiError['category'], ErrorCode> = {
  auth: 'AUTH_FAILED',
  locked: 'DEVICE_LOCKED',
  permission: 'PERMISSION_DENIED',
  notSupported: 'NOT_SUPPORTED',
  invalidInput: 'DEVICE_REJECTED',
  conflict: 'CONFLICT',
  capacity: 'CAPACITY_FULL',
  busy: 'DEVICE_BUSY',
  offline: 'OFFLINE',
  timeout: 'TIMEOUT',
  device: 'DEVICE_REJECTED',
  cancelled: 'CANCELLED',
}

export function appCodeOf(error: IsapiError): ErrorCode {
  if (error.code === 'TLS_PIN_MISMATCH') return 'CERT_CHANGED'
  if (error.subStatusCode === 'notActivated') return 'NOT_ACTIVATED'
  if (error.code === 'AUTH_FAILED') return 'AUTH_FAILED'
  if (error.code === 'AUTH_INSECURE') return 'AUTH_INSECURE'
  if (error.code === 'DEVICE_LOCKED') return 'DEVICE_LOCKED'
  return BY_CATEGORY[error.category]
}

export interface DeviceCode {
  httpStatus?: number
  statusCode?: number
  subStatusCode?: string
  errorCode?: number
  errorMsg?: string
}

export function deviceCodeOf(error: IsapiError): DeviceCode | null {
  const code: DeviceCode = {}
  for (const k of ['httpStatus', 'statusCode', 'subStatusCode', 'errorCode', 'errorMsg'] as const) {
    if (error[k] !== undefined) (code as Record<string, unknown>)[k] = error[k]
  }
  return Object.keys(code).length > 0 ? code : null
}

/**
 * Converts anything thrown around a device call into a coded AppFailure: the ISAPI client's
 * errors by their category (the device's own codes in details), the station's AppFailures and the
 * roster file's errors as they are, anything else INTERNAL naming the terminal.
 */
export function toAppFailure(error: unknown, deviceName: string, now: Date): AppFailure {
  if (!isIsapiError(error))
    return (
      storeFailure(error) ??
      codedFailure(
        'INTERNAL',
        'terminalCallFailed',
        { terminal: deviceName, why: error instanceof Error ? error.message : String(error) },
        { device: deviceName },
      )
    )
  const code = appCodeOf(error)
  const details: Record<string, unknown> = {
    device: deviceName,
    isapiCode: error.code,
    deviceCode: deviceCodeOf(error),
  }
  if (error.retryLoginTime !== undefined) details.retryLoginTime = error.retryLoginTime
  if (error.unlockTime !== undefined) {
    details.unlockTime = error.unlockTime
    details.unlockAt = new Date(now.getTime() + error.unlockTime * 1000).toISOString()
  }
  return new AppFailure(code, `${deviceName}: ${error.reason}`, details)
}
