import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../src/main/isapi/codec/xml'
import { parseCapDocument, parseCapNode } from '../../../src/main/isapi/models/config-caps'
import { probePayload } from './fixtures'

const DIR = 'jonioliel-home-assistant-hikvision-intercom/ds_kv6124_e1_fw_3_9_0'

describe('capability documents → constraints', () => {
  it('XML: min/max and opt attributes, and text stated beside them', () => {
    const doc = parseXml(
      `<EmployeeNoInfo version="2.0"><employeeNo min="1" max="32"/>` +
        `<characterType opt="any,number">number</characterType>` +
        `<enable opt="true,false"/><list size="4"><no min="1" max="9"/></list></EmployeeNoInfo>`,
    )
    const caps = parseCapDocument(doc.body)
    expect(caps.employeeNo).toEqual({ min: 1, max: 32 })
    expect(caps.characterType).toEqual({ options: ['any', 'number'], value: 'number' })
    expect(caps.enable).toEqual({ options: ['true', 'false'], boolean: true })
    expect(caps.list).toEqual({ maxSize: 4, fields: { no: { min: 1, max: 9 } } })
  })

  it('JSON notations: "true,false", @opt lists of booleans, bare lists, maxSize, nesting', () => {
    const caps = parseCapDocument({
      enable: 'true,false',
      enabled: { '@opt': [true, false] },
      prefix: ['name', 'none'],
      swipeInterval: { '@min': 0, '@max': 255 },
      GroupCfg: { maxSize: 20, id: { '@min': 1, '@max': 20 } },
      beginTime: '00:00:00',
    })
    expect(caps.enable).toEqual({ options: ['true', 'false'], boolean: true })
    expect(caps.enabled).toEqual({ options: ['true', 'false'], boolean: true })
    expect(caps.prefix).toEqual({ options: ['name', 'none'] })
    expect(caps.swipeInterval).toEqual({ min: 0, max: 255 })
    expect(caps.GroupCfg).toEqual({ maxSize: 20, fields: { id: { min: 1, max: 20 } } })
    expect(caps.beginTime).toEqual({ value: '00:00:00' })
  })

  it('a real RemoteControlDoor capability document (2 doors, strings for numbers)', () => {
    const payload = probePayload(`${DIR}/remote_capabilities.json`) as {
      RemoteControlDoor: Record<string, unknown>
    }
    const caps = parseCapDocument(payload.RemoteControlDoor)
    expect(caps.doorNo).toEqual({ min: 1, max: 2 })
    expect(caps.cmd?.options).toEqual(['open', 'close', 'alwaysOpen', 'resume'])
    expect(Object.keys(caps)).not.toContain('@version')
  })

  it('a real JSON capability document keeps @size with @opt', () => {
    const payload = probePayload(`${DIR}/user_capabilities.json`) as {
      UserInfo: Record<string, unknown>
    }
    const node = parseCapNode(payload.UserInfo)
    const search = node.fields?.UserInfoSearchCond?.fields
    expect(search?.maxResults).toEqual({ min: 1, max: 30 })
    expect(search?.fuzzySearchType).toEqual({
      options: ['employeeNo', 'name', 'roomNo'],
      maxSize: 3,
    })
  })
})
