import { describe, expect, it } from 'vitest'
import { lookupError } from '../../../src/main/isapi/error-table'
import { IsapiError, errorFromStatus, statusFromBody } from '../../../src/main/isapi/errors'
import { real } from './fixtures'

const where = { method: 'GET', path: '/ISAPI/x', device: 'dev1' }

describe('error parsing', () => {
  it('reads a flat JSON status object (real notSupport, errorCode 0x40000001)', () => {
    const st = statusFromBody(
      'application/json',
      real('idstein-hikvision_access/card_reader_notsupport.json'),
    )!
    expect(st).toMatchObject({ statusCode: 4, subStatusCode: 'notSupport', errorCode: 1073741825 })
    const e = errorFromStatus(200, st, where)
    expect(e).toBeInstanceOf(IsapiError)
    expect(e).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'notSupported',
      statusCode: 4,
      errorCode: 0x40000001,
      httpStatus: 200,
      path: '/ISAPI/x',
      device: 'dev1',
    })
  })

  it('reads XML ResponseStatus v1.0 (hikvision namespace) and v2.0 (isapi namespace, no requestURL)', () => {
    const v1 = statusFromBody(
      'application/xml',
      real('maciej-or-hikvision_next/Streaming.channels.x0y.picture/badXmlContent.xml'),
    )!
    expect(v1).toMatchObject({
      statusCode: 6,
      subStatusCode: 'badXmlContent',
      requestURL: '/ISAPI/Streaming/channels/101/picture',
    })
    const v2 = statusFromBody(
      'text/html',
      real('maciej-or-hikvision_next/Streaming.channels.x0y.picture/deviceError.xml'),
    )!
    expect(errorFromStatus(500, v2, where)).toMatchObject({
      category: 'device',
      subStatusCode: 'deviceError',
      statusCode: 3,
    })
  })

  it('reads the userCheck 401 body and the gateway JSON auth failure', () => {
    const uc = statusFromBody(
      'application/xml',
      '<?xml version="1.0" encoding="UTF-8"?><userCheck><statusValue>401</statusValue><statusString>Unauthorized</statusString><isIllegalLogin>true</isIllegalLogin><retryLoginTime>3</retryLoginTime><lockStatus>unlock</lockStatus><unlockTime>0</unlockTime></userCheck>',
    )!
    expect(uc).toMatchObject({
      userCheck: true,
      statusValue: 401,
      retryLoginTime: 3,
      lockStatus: 'unlock',
      unlockTime: 0,
    })
    const gw = statusFromBody(
      'application/json',
      '{"statusCode":4,"statusString":"Invalid Operation","subStatusCode":"badAuthorization","errorCode":1073741827,"errorMsg":"authentication failed","lockStatus":"unlock","retryTimes":4,"resLockTime":0}',
    )!
    expect(gw).toMatchObject({
      retryLoginTime: 4,
      unlockTime: 0,
      subStatusCode: 'badAuthorization',
    })
  })

  it('reads the real HTML 401 page', () => {
    const st = statusFromBody(
      'text/html',
      '<!DOCTYPE html>\r\n<html><head><title>Document Error: Unauthorized</title></head>\r\n<body><h2>Access Error: 401 -- Unauthorized</h2>\r\n<p>Authentication Error</p>\r\n</body>\r\n</html>\r\n',
    )!
    expect(st.html).toContain('Unauthorized')
    expect(errorFromStatus(404, { html: 'Not Found' }, where).category).toBe('notSupported')
  })

  it('content type lies: JSON labelled text/plain, XML labelled text/html', () => {
    expect(
      statusFromBody(
        'text/plain',
        '{"statusCode":6,"statusString":"Invalid Content","subStatusCode":"employeeNoAlreadyExist","errorCode":1610637344,"errorMsg":"checkUser"}',
      ),
    ).toMatchObject({
      subStatusCode: 'employeeNoAlreadyExist',
    })
    expect(
      statusFromBody(
        'text/html',
        '<ResponseStatus><statusCode>4</statusCode><subStatusCode>notSupport</subStatusCode></ResponseStatus>',
      ),
    ).toMatchObject({ statusCode: 4 })
  })

  it('truncated or garbage bodies give no status instead of throwing', () => {
    expect(statusFromBody('application/json', '{"statusCode":6,"sub')).toBeUndefined()
    expect(statusFromBody('application/json', '')).toBeUndefined()
    expect(errorFromStatus(503, undefined, where).category).toBe('busy')
  })

  it('maps codes to categories and plain reasons', () => {
    expect(lookupError('employeeNoAlreadyExist')).toMatchObject({ category: 'conflict' })
    expect(lookupError(undefined, 1610637363)?.category).toBe('conflict') // cardNoAlreadyExist by number only
    expect(lookupError('SubpicAnalysisModelingError')?.category).toBe('invalidInput')
    expect(lookupError('deviceBusy')?.category).toBe('busy')
    expect(lookupError('noMemory')?.category).toBe('capacity')
    expect(lookupError('lowPrivilege')?.category).toBe('permission')
    expect(lookupError('captureTimeout')?.category).toBe('timeout')
    expect(lookupError('someNewCode', undefined, 2)?.category).toBe('busy')
    expect(lookupError(undefined, 0x60001234)?.category).toBe('invalidInput') // top nibble = statusCode
    const e = errorFromStatus(400, { statusCode: 6, errorCode: 1610637344 }, where)
    expect(e.subStatusCode).toBe('employeeNoAlreadyExist')
    expect(e.reason).toMatch(/already exists/)
    expect(JSON.stringify(e)).toContain('"category":"conflict"')
  })
})
