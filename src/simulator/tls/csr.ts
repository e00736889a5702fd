// A PKCS#10 certificate signing request (RFC 2986) made the way a terminal makes one: a fresh
// key pair, the subject from the CertificateReq fields, signed with the new private key.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { bitString, ia5, int, nul, oid, printable, seq, set, tlv, utf8 } from './der.js'

export interface CsrSubject {
  countryName?: string
  hostName: string
  stateOrProvince?: string
  locality?: string
  organization?: string
  organizationUnit?: string
  email?: string
}

const RDN: [keyof CsrSubject, string, (s: string) => Buffer][] = [
  ['countryName', '2.5.4.6', printable],
  ['stateOrProvince', '2.5.4.8', utf8],
  ['locality', '2.5.4.7', utf8],
  ['organization', '2.5.4.10', utf8],
  ['organizationUnit', '2.5.4.11', utf8],
  ['hostName', '2.5.4.3', utf8],
  ['email', '1.2.840.113549.1.9.1', ia5],
]

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11'

export function subjectName(s: CsrSubject): Buffer {
  return seq(...RDN.filter(([k]) => s[k]).map(([k, o, enc]) => set(seq(oid(o), enc(s[k]!)))))
}

const pem = (label: string, der: Buffer): string =>
  `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`

export interface Csr {
  pem: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export function makeCsr(subject: CsrSubject): Csr {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const info = seq(int(0), subjectName(subject), spki, tlv(0xa0))
  const signature = sign('sha256', info, privateKey)
  const der = seq(info, seq(oid(SHA256_WITH_RSA), nul()), bitString(signature))
  return { pem: pem('CERTIFICATE REQUEST', der), privateKey, publicKey }
}
