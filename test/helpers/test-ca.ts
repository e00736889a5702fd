// A certificate authority for tests: signs a PKCS#10 request (the key and subject it carries)
// into an X.509 certificate, or makes one for another key (a certificate "not for this
// request"). EC P-256 keeps it fast; the DER writer is the simulator's.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import {
  bitString,
  children,
  oid,
  readNode,
  seq,
  set,
  tlv,
  utf8,
} from '../../src/simulator/tls/der'

const ECDSA_SHA256 = '1.2.840.10045.4.3.2'
const utc = (d: Date): Buffer =>
  tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z', 'latin1'))
const pem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`

export interface TestCa {
  /** Signs the request: its subject and public key, valid from an hour ago for `days`. */
  sign(csrPem: string, days?: number): string
  /** A certificate for a key of its own (matching no request). */
  stranger(): string
}

export function testCa(name = 'Test Site CA'): TestCa {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const issuer = seq(set(seq(oid('2.5.4.3'), utf8(name))))
  const certify = (subject: Buffer, spki: Buffer, days: number, key: KeyObject): string => {
    const from = new Date(Date.now() - 3_600_000)
    const to = new Date(from.getTime() + days * 86_400_000)
    const serial = randomBytes(8)
    serial[0] = (serial[0]! & 0x3f) | 0x40 // positive, minimal DER (no leading 0x00)
    const alg = seq(oid(ECDSA_SHA256))
    const tbs = seq(
      tlv(0xa0, tlv(0x02, Buffer.from([2]))),
      tlv(0x02, serial),
      alg,
      issuer,
      seq(utc(from), utc(to)),
      subject,
      spki,
    )
    return pem(seq(tbs, alg, bitString(sign('sha256', tbs, key))))
  }
  return {
    sign(csrPem, days = 365) {
      const der = Buffer.from(csrPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64')
      const info = children(readNode(der))[0]!
      const [, subject, spki] = children(info)
      return certify(subject!.raw, spki!.raw, days, privateKey)
    },
    stranger() {
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
      const subject = seq(set(seq(oid('2.5.4.3'), utf8('127.0.0.1'))))
      return certify(subject, other.export({ type: 'spki', format: 'der' }), 30, privateKey)
    },
  }
}
