// What a certificate file or a signing request says, read before anything is sent: a PEM
// certificate through node:crypto, the public key of a PKCS#10 request (RFC 2986) through a
// minimal DER walk (node:crypto reads no requests).
import { X509Certificate, createPublicKey, type KeyObject } from 'node:crypto'

interface Element {
  whole: Buffer
  content: Buffer
}

function element(buf: Buffer, at: number): Element {
  let len = buf[at + 1]
  if (buf[at] === undefined || len === undefined) throw new Error('truncated')
  let head = 2
  if (len & 0x80) {
    const n = len & 0x7f
    if (n < 1 || n > 4) throw new Error('bad length')
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + (buf[at + 2 + i] ?? NaN)
    head += n
  }
  if (!Number.isFinite(len) || at + head + len > buf.length) throw new Error('truncated')
  return {
    whole: buf.subarray(at, at + head + len),
    content: buf.subarray(at + head, at + head + len),
  }
}

function inside(e: Element): Element[] {
  const out: Element[] = []
  for (let at = 0; at < e.content.length; at += out[out.length - 1]!.whole.length)
    out.push(element(e.content, at))
  return out
}

const PEM_CSR =
  /-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----([\s\S]+?)-----END (?:NEW )?CERTIFICATE REQUEST-----/

/** The public key of a PEM signing request; throws when it is not one. */
export function csrPublicKey(pem: string): KeyObject {
  const m = PEM_CSR.exec(pem)
  if (!m) throw new Error('not a PEM certificate request')
  const root = element(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'), 0)
  const info = inside(root)[0]
  const spki = info ? inside(info)[2] : undefined
  if (!spki) throw new Error('no public key in the request')
  return createPublicKey({ key: spki.whole, format: 'der', type: 'spki' })
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/

/** The first PEM certificate of a file; a reason when there is none or it does not parse. */
export function readCertificate(text: string): X509Certificate | string {
  const m = PEM_CERT.exec(text)
  if (!m) return 'no “BEGIN CERTIFICATE” block'
  try {
    return new X509Certificate(m[0])
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

export const sameKey = (a: KeyObject, b: KeyObject): boolean =>
  a.export({ type: 'spki', format: 'der' }).equals(b.export({ type: 'spki', format: 'der' }))
