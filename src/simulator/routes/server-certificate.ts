// The HTTPS server certificate (guide 21.11; protocol-config/02 §7): one signing-request slot
// (a fresh RSA key pair and PKCS#10 request per PUT, forgotten by DELETE) and the installed
// certificate. Installing checks the file is a PEM certificate and carries the request's
// public key (else badParameters, nothing changed); from then on new HTTPS connections are
// served with it and the request's key (server.ts reads dev.tls).
import { X509Certificate, type KeyObject } from 'node:crypto'
import type { SimDevice } from '../device.js'
import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import { makeCsr, type CsrSubject } from '../tls/csr.js'

interface PendingCsr {
  subject: CsrSubject
  pem: string
  privateKey: KeyObject
  publicKey: KeyObject
}

const pending = new WeakMap<SimDevice, PendingCsr>()

const FIELDS = [
  'countryName',
  'hostName',
  'stateOrProvince',
  'locality',
  'organization',
  'organizationUnit',
  'email',
] as const

const MAX_CERT = 64 * 1024

function readSubject(n: Record<string, unknown>): CsrSubject {
  const out: Partial<CsrSubject> = {}
  for (const k of FIELDS) {
    const v = n[k]
    if (v === undefined || v === '') continue
    if (typeof v !== 'string' && typeof v !== 'number') fail('badXmlContent', k, 400)
    const s = String(v)
    if (s.length > 64) fail('badXmlContent', k, 400)
    out[k] = s
  }
  if (!out.hostName) fail('MessageParametersLack', 'hostName', 400)
  if (out.countryName !== undefined && !/^[A-Za-z]{2}$/.test(out.countryName))
    fail('badXmlContent', 'countryName', 400)
  if (out.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(out.email))
    fail('badXmlContent', 'email', 400)
  return out as CsrSubject
}

const spki = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' })

export const serverCertificateRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Security/serverCertificate/certSignReq',
    format: 'xml',
    rights: { PUT: 'admin', DELETE: 'admin', GET: 'admin' },
    PUT: (ctx) => {
      const subject = readSubject(xmlRoot(ctx, 'CertificateReq'))
      pending.set(ctx.dev, { subject, ...makeCsr(subject) })
      return okXml(ctx.path)
    },
    GET: (ctx) => {
      const p = pending.get(ctx.dev)
      if (!p) fail('invalidOperation', 'noCertSignReq')
      return xml('CertificateReq', { ...p.subject, certSignReq: p.pem })
    },
    DELETE: (ctx) => {
      if (!pending.delete(ctx.dev)) fail('invalidOperation', 'noCertSignReq')
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Security/serverCertificate/certificate',
    format: 'xml',
    maxBody: MAX_CERT,
    rights: { PUT: 'admin' },
    PUT: (ctx) => {
      const p = pending.get(ctx.dev)
      if (!p) fail('invalidOperation', 'noCertSignReq')
      let cert: X509Certificate
      try {
        cert = new X509Certificate(ctx.body)
      } catch {
        fail('badParameters', 'invalidCertificate', 400)
      }
      if (!spki(cert.publicKey).equals(spki(p.publicKey)))
        fail('badParameters', 'certificateNotMatchCertSignReq', 400)
      ctx.dev.tls = {
        cert: cert.toString(),
        key: p.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      }
      pending.delete(ctx.dev)
      ctx.dev.onTlsChange?.()
      return okXml(ctx.path)
    },
  },
]
