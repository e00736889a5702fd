import { describe, expect, it } from 'vitest'
import { expandAddressRange } from '../../../src/shared/address-range'
import { parseProbeMatch, probeDocument } from '../../../src/main/isapi/sadp/sadp-answer'
import { parseSadpTarget } from '../../../src/main/isapi/sadp/sadp-probe'

const UUID = '0F5A8E2C-1B7D-4C3E-9A6F-2D8B4E1C7A90'
const answer = (fields: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><ProbeMatch><Uuid>${UUID}</Uuid>${fields}</ProbeMatch>`,
  )
const GOOD =
  '<Types>inquiry</Types><DeviceDescription>DS-K1T671MF</DeviceDescription>' +
  '<DeviceSN>DS-K1T671MF20240528V030230ENJ12345678</DeviceSN><HttpPort>80</HttpPort>' +
  '<MAC>44-19-b6-0a-0b-0c</MAC><IPv4Address>192.168.1.64</IPv4Address>' +
  '<SoftwareVersion>V3.2.30build 240528</SoftwareVersion><Activated>false</Activated>'

describe('SADP answers', () => {
  it('reads a ProbeMatch', () => {
    expect(parseProbeMatch(answer(GOOD), UUID)).toMatchObject({
      model: 'DS-K1T671MF',
      serialNumber: 'DS-K1T671MF20240528V030230ENJ12345678',
      address: '192.168.1.64',
      httpPort: 80,
      mac: '44:19:B6:0A:0B:0C',
      firmware: 'V3.2.30build 240528',
      activated: false,
    })
    expect(probeDocument(UUID)).toContain(`<Uuid>${UUID}</Uuid><Types>inquiry</Types>`)
  })

  it('ignores what is not an answer to this probe', () => {
    expect(parseProbeMatch(Buffer.from([0xff, 0x00]), UUID)).toBeNull()
    expect(parseProbeMatch(Buffer.from('<ProbeMatch><Uuid>'), UUID)).toBeNull()
    expect(parseProbeMatch(answer(GOOD), 'ANOTHER-PROBE')).toBeNull()
    expect(parseProbeMatch(answer(GOOD.replace('192.168.1.64', '999.1.1.1')), UUID)).toBeNull()
    expect(parseProbeMatch(answer(GOOD.replace(/<DeviceSN>.*<\/DeviceSN>/, '')), UUID)).toBeNull()
    expect(
      parseProbeMatch(answer(GOOD.replace('<HttpPort>80', '<HttpPort>70000')), UUID),
    ).toBeNull()
  })

  it('reads probe targets and address ranges', () => {
    expect(parseSadpTarget('127.0.0.1:40123')).toEqual({ address: '127.0.0.1', port: 40123 })
    expect(parseSadpTarget('239.255.255.250')).toEqual({ address: '239.255.255.250', port: 37020 })
    expect(parseSadpTarget('host:1')).toBeNull()
    expect(expandAddressRange('192.168.1.254-192.168.2.1')).toEqual({
      ok: true,
      hosts: ['192.168.1.254', '192.168.1.255', '192.168.2.0', '192.168.2.1'],
    })
    expect(expandAddressRange('10.0.0.5-7')).toEqual({
      ok: true,
      hosts: ['10.0.0.5', '10.0.0.6', '10.0.0.7'],
    })
    expect(expandAddressRange('10.0.0.7-5')).toEqual({ ok: false, problem: 'backwards' })
    expect(expandAddressRange('10.0.0.0-10.0.2.0')).toEqual({ ok: false, problem: 'tooMany' })
    expect(expandAddressRange('10.0.0')).toEqual({ ok: false, problem: 'notAddress' })
  })
})
