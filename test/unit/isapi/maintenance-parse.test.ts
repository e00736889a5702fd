import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../src/main/isapi/codec/xml'
import {
  parseUpgradeStatus,
  parseUpgradeSupport,
  rebootRequired,
} from '../../../src/main/isapi/endpoints/upgrade'
import { IsapiError, lookupError } from '../../../src/main/isapi/index'

const X = (root: string, inner: string, ns = 'http://www.isapi.org/ver20/XMLSchema'): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${root} version="2.0" xmlns="${ns}">${inner}</${root}>`

describe('upgradeStatus', () => {
  it('reads XML in any namespace and either case of the root', () => {
    expect(
      parseUpgradeStatus(
        parseXml(X('upgradeStatus', '<upgrading>true</upgrading><percent>37</percent>')),
      ),
    ).toEqual({ upgrading: true, percent: 37 })
    expect(
      parseUpgradeStatus(
        parseXml(
          X(
            'UpgradeStatus',
            '<upgrading>false</upgrading><percent>100</percent>',
            'http://www.hikvision.com/ver20/XMLSchema',
          ),
        ),
      ),
    ).toEqual({ upgrading: false, percent: 100 })
  })

  it('reads the JSON form and clamps the percent', () => {
    expect(parseUpgradeStatus({ UpgradeStatus: { upgrading: true, percent: 140 } })).toEqual({
      upgrading: true,
      percent: 100,
    })
    expect(parseUpgradeStatus({ upgrading: 'false', percent: '-3' })).toEqual({
      upgrading: false,
      percent: 0,
    })
  })

  it('anything else is not a status', () => {
    expect(parseUpgradeStatus(parseXml(X('DeviceInfo', '<model>x</model>')))).toBeUndefined()
    expect(parseUpgradeStatus({ UpgradeStatus: {} })).toBeUndefined()
    expect(parseUpgradeStatus(undefined)).toBeUndefined()
  })
})

describe('upgrade capability', () => {
  it('multipart POST only when SysCap says so', () => {
    const cap = (inner: string) =>
      parseUpgradeSupport(
        (parseXml(X('DeviceCap', inner)) as { body: Record<string, unknown> }).body,
      )
    expect(
      cap(
        '<SysCap><isSupportPostUpdateFirmware>true</isSupportPostUpdateFirmware></SysCap><isSupportUpdatefirmware>true</isSupportUpdatefirmware>',
      ),
    ).toEqual({ supported: true, postMultipart: true })
    expect(
      cap('<SysCap><isSupportPostUpdateFirmware>false</isSupportPostUpdateFirmware></SysCap>'),
    ).toEqual({ supported: undefined, postMultipart: false })
    expect(cap('<isSupportUpdatefirmware>false</isSupportUpdatefirmware>')).toEqual({
      supported: false,
      postMultipart: false,
    })
  })
})

describe('upload answers', () => {
  it('statusCode 7 means reboot required, in XML or JSON', () => {
    expect(
      rebootRequired(
        parseXml(
          X(
            'ResponseStatus',
            '<statusCode>7</statusCode><statusString>Reboot Required</statusString>',
          ),
        ),
      ),
    ).toBe(true)
    expect(rebootRequired(parseXml(X('ResponseStatus', '<statusCode>1</statusCode>')))).toBe(false)
    expect(rebootRequired({ statusCode: 7, statusString: 'Reboot Required' })).toBe(true)
    expect(rebootRequired(undefined)).toBe(false)
  })

  it('device refusals have plain reasons and categories', () => {
    expect(lookupError('badDevType')).toMatchObject({
      category: 'invalidInput',
      reason: expect.stringMatching(/another device model/),
    })
    expect(lookupError(undefined, 0x60000010)).toMatchObject({ category: 'invalidInput' })
    expect(lookupError(undefined, 0x60000011)?.reason).toMatch(/language/)
    expect(lookupError('badVersion')?.reason).toMatch(/version/)
    expect(lookupError(undefined, 0x400010eb)?.reason).toMatch(/too large/)
    expect(lookupError('updatePackageFileNotUploaded')?.category).toBe('invalidInput')
    expect(lookupError('importCfgFilePasswordErr')?.reason).toMatch(/key/)
    expect(lookupError('deviceBusy')?.category).toBe('busy')
    const e = new IsapiError('DEVICE_ERROR', 'x', { statusCode: 6, errorCode: 0x60000010 })
    expect(e.category).toBe('invalidInput')
  })
})
