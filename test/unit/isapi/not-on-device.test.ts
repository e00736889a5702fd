import { describe, expect, it } from 'vitest'
import { IsapiError, isNotOnDevice } from '../../../src/main/isapi/index'
import { isAlreadyGone } from '../../../src/main/station/apply/step-executor'

const deviceError = (subStatusCode: string, errorMsg?: string): IsapiError =>
  new IsapiError('DEVICE_ERROR', 'failed', { subStatusCode, ...(errorMsg ? { errorMsg } : {}) })

describe('one definition of "the terminal does not have it"', () => {
  it('by the device codes, for apply and sync alike', () => {
    for (const code of ['employeeNoNotExist', 'deviceUserNotExist', 'cardNoNotExist', 'noRecord']) {
      expect(isNotOnDevice(deviceError(code))).toBe(true)
      expect(isAlreadyGone(deviceError(code))).toBe(true)
    }
    expect(isNotOnDevice(deviceError('badParameters', 'cardNoNotExist'))).toBe(true)
  })

  it('never by wording, and never for other failures', () => {
    expect(isNotOnDevice(deviceError('NoFP'))).toBe(false)
    expect(isNotOnDevice(deviceError('USBNotExist'))).toBe(false)
    expect(isNotOnDevice(deviceError('libraryNotExist'))).toBe(false)
    expect(isNotOnDevice(new IsapiError('OFFLINE', 'employeeNoNotExist'))).toBe(false)
    expect(isNotOnDevice(new Error('employeeNoNotExist'))).toBe(false)
  })
})
