// The terminal's HTTPS certificate (guide 21.11): a signing request made on the terminal from
// subject fields (its key never leaves the terminal), read back as PEM to hand to a certificate
// authority, deleted, and the signed certificate installed. The station checks a certificate
// before sending it (a PEM certificate, still valid, for this request's key) and, after an
// install it made, trusts the new certificate in place of the old (its TLS pin follows).
import { z } from 'zod'
import { id, method } from './method'

const text = (max: number) => z.string().trim().min(1).max(max)

export const csrSubject = z
  .object({
    /** CN: the terminal's address or DNS name. */
    hostName: text(64),
    countryName: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'two letters')
      .optional(),
    stateOrProvince: text(64).optional(),
    locality: text(64).optional(),
    organization: text(64).optional(),
    organizationUnit: text(64).optional(),
    email: z.string().email().max(64).optional(),
  })
  .strict()

export interface CsrView {
  /** The PKCS#10 request, PEM (to download and send to a certificate authority). */
  pem: string
  subject: Partial<z.infer<typeof csrSubject>>
}

export interface CertificateInstalled {
  /** SHA-256 fingerprint of the installed certificate (AA:BB:…). */
  fingerprint: string
  subject: string
  issuer: string
  validTo: string
  /** The station now trusts this certificate for the terminal (HTTPS only). */
  pinUpdated: boolean
}

export const certificatesApi = {
  'certificates.createCsr': method<CsrView>()(z.object({ id, subject: csrSubject }).strict()),
  'certificates.getCsr': method<CsrView>()(z.object({ id }).strict()),
  'certificates.deleteCsr': method<{ deleted: true }>()(z.object({ id }).strict()),
  'certificates.install': method<CertificateInstalled>()(
    z
      .object({
        id,
        pem: z
          .string()
          .min(1)
          .max(64 * 1024),
      })
      .strict(),
  ),
}
