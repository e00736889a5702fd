import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseContentType, sniffBody } from '../../../src/main/isapi/codec/content-type'
import { parseJson } from '../../../src/main/isapi/codec/json'
import { bool, int, list, opts, range, str } from '../../../src/main/isapi/codec/read'
import { buildXml, parseXml } from '../../../src/main/isapi/codec/xml'
import { real } from './fixtures'

describe('XML codec', () => {
  it('keeps strings as strings (leading zeros), keeps version and namespace', () => {
    const d = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?><CardInfo version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><cardNo>0001234</cardNo><n>0x10</n></CardInfo>',
    )
    expect(d.root).toBe('CardInfo')
    expect(d.body.cardNo).toBe('0001234')
    expect(d.body['@version']).toBe('2.0')
    expect(d.body['@xmlns']).toBe('http://www.isapi.org/ver20/XMLSchema')
  })

  it('forces one-element lists into arrays (real httpHosts with one slot)', () => {
    const d = parseXml(
      real('maciej-or-hikvision_next/Event.notification.httpHosts/nvr_single_item.xml'),
    )
    expect(Array.isArray(d.body.HttpHostNotification)).toBe(true)
    const three = parseXml(
      real('maciej-or-hikvision_next/Event.notification.httpHosts/ipc_list.xml'),
    )
    expect(list(three.body.HttpHostNotification)).toHaveLength(3)
  })

  it('a document whose root is a list element name is still one object', () => {
    const d = parseXml(
      '<HttpHostNotification version="2.0"><id>1</id><url>/x</url></HttpHostNotification>',
    )
    expect(d.body).toMatchObject({ id: '1', url: '/x', '@version': '2.0' })
  })

  it('parses capability attributes like JSON @min/@max/@opt', () => {
    const d = parseXml(
      '<CaptureFaceData><CaptureFaceDataCond><dataType opt="url,binary"/></CaptureFaceDataCond><captureProgress min="0" max="100"/></CaptureFaceData>',
    )
    expect(opts((d.body.CaptureFaceDataCond as Record<string, unknown>).dataType)).toEqual([
      'url',
      'binary',
    ])
    expect(range(d.body.captureProgress)).toEqual({ min: 0, max: 100 })
  })

  it('strips namespace prefixes and parses documents without declaration', () => {
    const d = parseXml(
      '<ns:EventNotificationAlert xmlns:ns="x"><ns:eventType>IO</ns:eventType></ns:EventNotificationAlert>',
    )
    expect(d).toMatchObject({ root: 'EventNotificationAlert', body: { eventType: 'IO' } })
    expect(
      parseXml(
        real(
          'maciej-or-hikvision_next/EventNotificationAlert/cam1_DS-2CD2T46G2-ISU_io_notification.xml',
        ),
      ).body.eventType,
    ).toBe('IO')
  })

  it('rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow()
    expect(() => parseXml('not xml')).toThrow()
  })

  it('property: build → parse round trip keeps every string exactly', () => {
    const leaf = fc.string({ maxLength: 20 }).filter(
      (s) =>
        s.trim() === s &&
        [...s].every((c) => {
          const n = c.codePointAt(0)!
          return (
            (n >= 0x20 || n === 9 || n === 10 || n === 13) &&
            (n < 0xd800 || n > 0xdfff) &&
            n !== 0xfffe &&
            n !== 0xffff
          )
        }),
    )
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('cardNo', 'employeeNo', 'name', 'url', 'ipAddress'), leaf),
        (o) => {
          const d = parseXml(buildXml('Root', o))
          for (const [k, v] of Object.entries(o)) expect(str(d.body[k]) ?? '').toBe(v)
          expect(d.body['@version']).toBe('2.0')
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('JSON codec', () => {
  it('keeps identifier fields as strings even when sent as bare numbers', () => {
    const o = parseJson(
      '{"UserInfo":{"employeeNo": 00123, "cardNo":12345678901234567890, "doorNo":1, "name":"x \\"employeeNo\\": 5"}}',
    ) as { UserInfo: Record<string, unknown> }
    expect(o.UserInfo.employeeNo).toBe('00123')
    expect(o.UserInfo.cardNo).toBe('12345678901234567890')
    expect(o.UserInfo.doorNo).toBe(1)
    expect(o.UserInfo.name).toBe('x "employeeNo": 5')
  })

  it('parses real tab-indented cJSON answers', () => {
    const o = parseJson(real('santanapedro-ha-hikvision-access/userinfo_search.json')) as {
      UserInfoSearch: { UserInfo: unknown[] }
    }
    expect(o.UserInfoSearch.UserInfo).toHaveLength(5)
  })

  it('throws a syntax error on truncated JSON', () => {
    expect(() => parseJson('{"a":')).toThrow(/invalid JSON/)
  })

  it('property: any JSON value survives stringify → parse (identifiers as strings)', () => {
    fc.assert(
      fc.property(
        fc.record({
          employeeNo: fc.stringMatching(/^[0-9]{1,20}$/),
          name: fc.string(),
          n: fc.integer(),
        }),
        (o) => {
          expect(parseJson(JSON.stringify(o))).toEqual(o)
          const bare = `{"employeeNo":${o.employeeNo},"n":${o.n}}`
          expect((parseJson(bare) as { employeeNo: string }).employeeNo).toBe(o.employeeNo)
        },
      ),
    )
  })
})

describe('activation sealing', () => {
  it('AES-128-ECB over random[0..16) + password, zero padded, as base64(hex)', async () => {
    const { createDecipheriv } = await import('node:crypto')
    const { sealActivationPassword } = await import('../../../src/main/isapi/endpoints/activation')
    const random = '00112233445566778899aabbccddeeff'
    const sealed = sealActivationPassword(random, 'Abc12345')
    const hex = Buffer.from(sealed, 'base64').toString('latin1')
    expect(hex).toMatch(/^[0-9a-f]+$/)
    expect(hex.length % 32).toBe(0)
    const d = createDecipheriv('aes-128-ecb', Buffer.from(random, 'hex'), null).setAutoPadding(
      false,
    )
    const plain = Buffer.concat([d.update(Buffer.from(hex, 'hex')), d.final()]).toString('latin1')
    expect(plain.replace(/\0+$/, '')).toBe('0011223344556677Abc12345')
  })
})

describe('readers and content types', () => {
  it('coerce leniently', () => {
    expect(int('42')).toBe(42)
    expect(int('0x1F')).toBe(31)
    expect(int('abc')).toBeUndefined()
    expect(bool('true')).toBe(true)
    expect(bool('FALSE')).toBe(false)
    expect(bool('maybe')).toBeUndefined()
    expect(opts({ '@opt': ['regular', 'time'] })).toEqual(['regular', 'time'])
    expect(opts('post,delete, put')).toEqual(['post', 'delete', 'put'])
    expect(list(undefined)).toEqual([])
    expect(list({ a: 1 })).toEqual([{ a: 1 }])
  })

  it('parses content types and sniffs lying bodies', () => {
    expect(parseContentType('multipart/mixed; boundary="MIME_boundary"')).toEqual({
      type: 'multipart/mixed',
      params: { boundary: 'MIME_boundary' },
    })
    expect(parseContentType('multipart/form-data;boundary=MIME_boundary').params.boundary).toBe(
      'MIME_boundary',
    )
    expect(sniffBody('application/xml', '<!DOCTYPE html><html>')).toBe('html')
    expect(sniffBody('text/html', '<?xml version="1.0"?><ResponseStatus/>')).toBe('xml')
    expect(sniffBody('application/json', '  <ResponseStatus>')).toBe('xml')
    expect(sniffBody('text/plain', '\n\t{"a":1}')).toBe('json')
  })
})
