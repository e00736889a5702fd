// AcsUpdate capabilities (protocol-config/03-upgrade.md §3.1, body K) and the configuration key
// kept out of errors (21.5.11).
import { expect, it } from 'vitest'
import { parseXml } from '../../../src/main/isapi/codec/xml'
import { parsePeripheralCaps } from '../../../src/main/isapi/endpoints/peripheral-upgrade'
import { IsapiError } from '../../../src/main/isapi/errors'

it('reads the upgradable types and the numbers each takes; a type without a range is 1–1', () => {
  const doc = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
<AcsUpdate version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
  <type opt="cardReader,securityModule,keypad,uboot"/>
  <cardReaderNo min="1" max="2"/>
  <securityModuleNo min="1" max="1"/>
  <keypadAddress min="1" max="8"/>
</AcsUpdate>`)
  expect(parsePeripheralCaps(doc.body)).toEqual([
    { type: 'cardReader', min: 1, max: 2 },
    { type: 'securityModule', min: 1, max: 1 },
    { type: 'keypad', min: 1, max: 8 },
    { type: 'uboot', min: 1, max: 1 },
  ])
  expect(parsePeripheralCaps({})).toEqual([])
})

it('never keeps a configuration key from a URL in an error, its message or its JSON', () => {
  const e = new IsapiError(
    'DEVICE_ERROR',
    'PUT /ISAPI/System/configurationData?secretkey=Top-Secret-1 refused',
    { path: '/ISAPI/System/configurationData?secretkey=Top-Secret-1&x=1', subStatusCode: 'x' },
  )
  expect(JSON.stringify(e.toJSON()) + e.message).not.toContain('Top-Secret-1')
  expect(e.path).toBe('/ISAPI/System/configurationData?secretkey=***&x=1')
})
