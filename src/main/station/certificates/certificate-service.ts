// The terminal's HTTPS certificate. Policy:
// - A certificate file is checked before it is sent: a PEM certificate, valid now, carrying
//   the public key of the signing request the terminal holds. Otherwise refused, nothing sent.
// - After an install the station made, the station's TLS pin follows as a planned change: it
//   pins the fingerprint of exactly the certificate it installed (never whatever the terminal
//   presents next), reconnects and proves it with one login check. When the terminal still
//   presents another certificate, the old pin is restored and the answer says so.
// - When the install's answer was lost (offline, timeout), the same proof decides: the new pin
//   if the terminal presents the new certificate, else the old pin and the error.
import type { CertificateInstalled, CsrView, csrSubject } from '@shared/contract/certificates'
import { codedFailure } from '@shared/coded-failure'
import { AppFailure } from '@shared/result'
import type { z } from 'zod'
import { recordChange } from '../apply/change-feed'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { csrPublicKey, readCertificate, sameKey } from './pem'

const codeOf = (e: unknown): string | null => (e instanceof AppFailure ? e.code : null)

export function certificateService(ctx: StationContext, devices: DeviceService) {
  const call = devices.call
  const audit = (id: string, action: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${id}`, details)

  const pin = async (id: string, fingerprint: string | null): Promise<void> => {
    ctx.store.devices.put({
      ...devices.record(id),
      tlsFingerprint: fingerprint,
      updatedAt: ctx.clock.now().toISOString(),
    })
    await devices.reload(id)
  }

  /** Pins the installed certificate and proves the terminal presents it; false: it does not. */
  const follow = async (id: string, fingerprint: string): Promise<boolean> => {
    const before = devices.record(id).tlsFingerprint
    await pin(id, fingerprint)
    try {
      await call(id, (c) => c.system.userCheck())
      recordChange(ctx, 'devices')
      return true
    } catch (error) {
      if (codeOf(error) !== 'CERT_CHANGED') throw error
      await pin(id, before)
      return false
    }
  }

  return {
    async createCsr(id: string, subject: z.infer<typeof csrSubject>): Promise<CsrView> {
      await call(id, (c) => c.certificate.createCsr(subject))
      const csr = await call(id, (c) => c.certificate.getCsr())
      audit(id, 'certificate.csr', { hostName: subject.hostName })
      return { pem: csr.pem, subject: { ...subject, ...csr.subject } }
    },

    async getCsr(id: string): Promise<CsrView> {
      return call(id, (c) => c.certificate.getCsr())
    },

    async deleteCsr(id: string): Promise<{ deleted: true }> {
      await call(id, (c) => c.certificate.deleteCsr())
      audit(id, 'certificate.csrDelete', {})
      return { deleted: true }
    },

    async install(id: string, text: string): Promise<CertificateInstalled> {
      const record = devices.record(id)
      const cert = readCertificate(text)
      if (typeof cert === 'string')
        throw codedFailure('INVALID_ARGS', 'certNotPem', { detail: cert }, { field: 'pem' })
      const now = ctx.clock.now()
      if (now < new Date(cert.validFrom) || now > new Date(cert.validTo))
        throw codedFailure(
          'INVALID_ARGS',
          'certExpired',
          { subject: cert.subject, from: cert.validFrom, to: cert.validTo },
          { field: 'pem' },
        )
      const csr = await call(id, (c) => c.certificate.getCsr())
      if (!sameKey(cert.publicKey, csrPublicKey(csr.pem)))
        throw codedFailure(
          'INVALID_ARGS',
          'certNotForCsr',
          { subject: cert.subject, terminal: record.name },
          { field: 'pem' },
        )
      const fingerprint = cert.fingerprint256
      let lost: unknown = null
      try {
        await call(id, (c) => c.certificate.install(cert.toString()))
      } catch (error) {
        const code = codeOf(error)
        if (code !== 'OFFLINE' && code !== 'TIMEOUT') throw error
        lost = error
      }
      let pinUpdated = false
      if (record.protocol === 'https') {
        pinUpdated = await follow(id, fingerprint)
        if (!pinUpdated && lost) throw lost
      } else if (lost) throw lost
      audit(id, 'certificate.install', { fingerprint, subject: cert.subject, pinUpdated })
      return {
        fingerprint,
        subject: cert.subject,
        issuer: cert.issuer,
        validTo: new Date(cert.validTo).toISOString(),
        pinUpdated,
      }
    },
  }
}
