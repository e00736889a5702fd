// Capability elements that state a value as text besides `opt` (issue 13 item 8). The DS-KV6124-E1
// probe record shows such elements (verificationCodeType, verificationCodeModify: @opt + #text);
// the DS-K1T342MWX states `<characterType opt="any,number">number</characterType>` (recorded in
// docs/protocol/01-framework.md §3, no capture in the repository).
import { describe, expect, it } from 'vitest'
import { current, obj, opts, stated } from '../../../src/main/isapi/codec/read'
import { parseXml } from '../../../src/main/isapi/codec/xml'
import { parseCapabilities } from '../../../src/main/isapi/endpoints/capabilities'
import { probePayload } from './fixtures'

describe('capability values stated as text', () => {
  it('the real DS-KV6124-E1 elements with opt and text: options from opt, the value from the text', () => {
    const sys = obj(
      probePayload(
        'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0/system_capabilities.json',
      ),
    )
    const find = (o: unknown, key: string): unknown => {
      if (typeof o !== 'object' || o === null) return undefined
      for (const [k, v] of Object.entries(o)) {
        if (k === key) return v
        const f = find(v, key)
        if (f !== undefined) return f
      }
      return undefined
    }
    const modify = find(sys, 'verificationCodeModify')
    expect(opts(modify)).toEqual(['true', 'false'])
    expect(stated(modify)).toBe('REDACTED')
    expect(current(modify)).toBe('REDACTED')
    const type = find(sys, 'verificationCodeType')
    expect(opts(type)).toEqual(['normal', 'empty'])
    expect(stated(type)).toBe('REDACTED')
  })

  it('an option list without text states nothing; a single bare value states itself', () => {
    expect(stated({ '@opt': 'any,number' })).toBeUndefined()
    expect(current({ '@opt': 'any,number' })).toBe('any')
    expect(stated('any,number')).toBeUndefined()
    expect(stated('number')).toBe('number')
    expect(stated({ '@opt': 'a,b', '#text': '  ' })).toBeUndefined()
  })

  it('a digits-only terminal is read as number, not the first option', () => {
    const acs = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<AccessControl version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">\n' +
        '<isSupportUserInfo>true</isSupportUserInfo>\n<EmployeeNoInfo>\n<employeeNo min="1" max="32"/>\n' +
        '<characterType opt="any,number">number</characterType>\n</EmployeeNoInfo>\n</AccessControl>\n',
    ).body
    const c = parseCapabilities(acs)
    expect(c.persons.employeeNoCharacterType).toBe('number')
    expect(c.persons.employeeNoMaxLength).toBe(32)
  })
})
