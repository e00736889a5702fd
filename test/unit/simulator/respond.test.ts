import { describe, expect, it } from 'vitest'
import { statusDef } from '../../../src/simulator/http/errors.js'
import type { SubStatus } from '../../../src/simulator/http/errors.js'
import { jsonStatus, xmlStatus } from '../../../src/simulator/http/respond.js'
import { buildXml, parseXml } from '../../../src/simulator/http/xml.js'

describe('status objects', () => {
  it('JSON status is flat; errorCode decimal; HTTP status by statusCode', () => {
    const r = jsonStatus('employeeNoAlreadyExist', { errorMsg: 'checkUser' })
    expect(r.status).toBe(400)
    expect(JSON.parse(String(r.body))).toEqual({
      statusCode: 6,
      statusString: 'Invalid Content',
      subStatusCode: 'employeeNoAlreadyExist',
      errorCode: 1610637344,
      errorMsg: 'checkUser',
    })
    expect(JSON.parse(String(jsonStatus('ok').body))).toEqual({
      statusCode: 1,
      statusString: 'OK',
      subStatusCode: 'ok',
    })
    expect(jsonStatus('notSupport').status).toBe(403)
    expect(jsonStatus('deviceBusy').status).toBe(503)
  })

  it('errorCode top nibble equals statusCode for every code in the table', () => {
    const subs: SubStatus[] = [
      'ok',
      'noMemory',
      'deviceBusy',
      'deviceError',
      'captureTimeout',
      'lowScore',
      'notSupport',
      'lowPrivilege',
      'methodNotAllowed',
      'badXmlFormat',
      'badJsonFormat',
      'badParameters',
      'badXmlContent',
      'MessageParametersLack',
      'SubpicAnalysisModelingError',
      'employeeNoAlreadyExist',
      'cardNoAlreadyExist',
      'rebootRequired',
    ]
    for (const s of subs) {
      const d = statusDef(s)
      if (s !== 'ok') expect(d.errorCode >>> 28, s).toBe(d.statusCode)
    }
  })

  it('XML ResponseStatus in the isapi.org namespace', () => {
    const r = xmlStatus('badXmlContent', { requestURL: '/x' })
    expect(String(r.body)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ResponseStatus version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">\n  <requestURL>/x</requestURL>\n  <statusCode>6</statusCode>\n  <statusString>Invalid XML Content</statusString>\n  <subStatusCode>badXmlContent</subStatusCode>\n  <errorCode>1610612739</errorCode>\n  <errorMsg>badXmlContent</errorMsg>\n</ResponseStatus>\n',
    )
  })
})

describe('xml', () => {
  it('builds lists as repeated elements, attributes from @keys, escapes text; parses namespace-agnostically', () => {
    const x = buildXml('A', { B: [{ c: 1 }, { c: 2 }], d: { '@min': 1, '@max': 2 }, e: 'x<&>' })
    expect(x).toContain('<B>\n    <c>1</c>\n  </B>\n  <B>\n    <c>2</c>\n  </B>')
    expect(x).toContain('<d min="1" max="2"/>')
    expect(x).toContain('<e>x&lt;&amp;&gt;</e>')
    expect(parseXml('<hik:A xmlns:hik="urn:x"><hik:b>007</hik:b></hik:A>')).toEqual({
      root: 'A',
      node: { b: '007' },
    })
    expect(parseXml('{"a":1}')).toBeNull()
    expect(parseXml('<a><b></a>')).toBeNull()
  })
})
