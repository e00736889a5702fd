// The terminal's HTTPS server certificate (guide 21.11; protocol-config/02 §7):
// - 21.11.1 PUT /ISAPI/Security/serverCertificate/certSignReq — the terminal makes a key pair
//   and a PKCS#10 signing request from the subject fields (CertificateReq; URL M, body L).
// - 21.11.3 GET …/certSignReq — the request back: a CertificateReq document carrying the PEM
//   in `certSignReq` (L), or the PEM text itself (both read).
// - 21.11.2 DELETE …/certSignReq — forget the request (and its key).
// - PUT /ISAPI/Security/serverCertificate/certificate — install the signed certificate (URL M
//   from the guide's Security URL list; body = the PEM file, L).
import { obj, str } from '../codec/read'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

const BASE = '/ISAPI/Security/serverCertificate'

export interface CsrSubject {
  /** CN: the terminal's address or DNS name. */
  hostName: string
  /** Two letters (C). */
  countryName?: string
  stateOrProvince?: string
  locality?: string
  organization?: string
  organizationUnit?: string
  email?: string
}

export interface CsrRead {
  /** The PKCS#10 request, PEM. */
  pem: string
  subject: Partial<CsrSubject>
}

const SUBJECT_KEYS = [
  'countryName',
  'hostName',
  'stateOrProvince',
  'locality',
  'organization',
  'organizationUnit',
  'email',
] as const

/** PUT …/certSignReq (21.11.1). */
export async function createCertSignReq(
  http: IsapiHttp,
  subject: CsrSubject,
  o: CallOptions = {},
): Promise<void> {
  const body: Record<string, string> = {}
  for (const k of SUBJECT_KEYS) {
    const v = subject[k]
    if (v) body[k] = v
  }
  await http.xml('PUT', `${BASE}/certSignReq`, 'CertificateReq', body, o)
}

const PEM_CSR =
  /-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----[\s\S]+?-----END (?:NEW )?CERTIFICATE REQUEST-----/

/** GET …/certSignReq (21.11.3): the request as PEM, with the subject the terminal reports. */
export async function getCertSignReq(http: IsapiHttp, o: CallOptions = {}): Promise<CsrRead> {
  const path = `${BASE}/certSignReq`
  const a = await http.raw('GET', path, undefined, undefined, o)
  const text = a.body.toString('utf8')
  const bare = PEM_CSR.exec(text)
  if (a.status >= 200 && a.status < 300 && bare && !text.trimStart().startsWith('<'))
    return { pem: bare[0], subject: {} }
  const doc = http.decode(a, 'GET', path)
  const b = obj(doc && typeof doc === 'object' && 'body' in doc ? doc.body : undefined)
  const pem = PEM_CSR.exec(str(b.certSignReq) ?? '')
  if (!pem) throw http.bad('GET', path, 'no PEM certificate request in the answer')
  const subject: Partial<CsrSubject> = {}
  for (const k of SUBJECT_KEYS) {
    const v = str(b[k])
    if (v) subject[k] = v
  }
  return { pem: pem[0], subject }
}

/** DELETE …/certSignReq (21.11.2). */
export async function deleteCertSignReq(http: IsapiHttp, o: CallOptions = {}): Promise<void> {
  await http.xml('DELETE', `${BASE}/certSignReq`, undefined, undefined, o)
}

/** PUT …/serverCertificate/certificate: the signed certificate, PEM, as the body. */
export async function installServerCertificate(
  http: IsapiHttp,
  pem: string,
  o: CallOptions = {},
): Promise<void> {
  const path = `${BASE}/certificate`
  const a = await http.raw('PUT', path, pem, 'application/x-pem-file', o)
  http.decode(a, 'PUT', path)
}
