// The terminal's HTTPS certificate (guide 21.11): a signing request made on the terminal, read
// back as PEM, signed by a site CA and installed — the terminal then presents it and the
// station's pin follows (planned change); files that are not a PEM certificate or not for this
// request are refused before sending; the terminal itself refuses a certificate for another key.
import { X509Certificate } from 'node:crypto'
import { connect as tlsConnect } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type Fleet } from '../../../src/simulator'
import type { CertificateInstalled, CsrView } from '@shared/contract/certificates'
import type { Device } from '@shared/model'
import { value } from '../../helpers/result'
import { testStation, type TestStation, addSimulated } from '../../helpers/station'
import { testCa } from '../../helpers/test-ca'
import { isIsapiError } from '../../../src/main/isapi'
import { client } from '../isapi/helpers'

let fleet: Fleet
let t: TestStation
let id: string
const ca = testCa()

/** The fingerprint of the certificate the terminal presents to a new connection. */
function presented(): Promise<string> {
  const d = fleet.devices[0]!
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: d.host, port: d.port, rejectUnauthorized: false }, () => {
      resolve(s.getPeerCertificate().fingerprint256)
      s.end()
    })
    s.on('error', reject)
  })
}

const reasonOf = (r: { ok: boolean; error?: { code: string; details?: unknown } }) =>
  r.ok
    ? null
    : `${r.error!.code}:${(r.error!.details as { reason?: { code?: string } } | undefined)?.reason?.code}`

beforeAll(async () => {
  fleet = await startFleet({ profile: 'face-fp', https: true })
  t = testStation()
  const d = fleet.devices[0]!
  id = value<Device>(await addSimulated(t.station, d, 'Lobby', 'https')).id
})
afterAll(async () => {
  await t.station.close()
  await fleet.close()
})

describe('server certificate', () => {
  it('creates a signing request with the subject, reads it back, deletes it', async () => {
    const made = value<CsrView>(
      await t.station.call('certificates.createCsr', {
        id,
        subject: { hostName: '127.0.0.1', countryName: 'NL', organization: 'Site' },
      }),
    )
    expect(made.pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/)
    expect(made.subject).toMatchObject({ hostName: '127.0.0.1', countryName: 'NL' })
    const read = value<CsrView>(await t.station.call('certificates.getCsr', { id }))
    expect(read.pem).toBe(made.pem)
    value(await t.station.call('certificates.deleteCsr', { id }))
    const gone = await t.station.call('certificates.getCsr', { id })
    expect(gone.ok).toBe(false)
  })

  it('refuses a file that is not a PEM certificate, or not for this request, before sending', async () => {
    value(await t.station.call('certificates.createCsr', { id, subject: { hostName: 'lobby' } }))
    const before = await presented()
    const junk = await t.station.call('certificates.install', { id, pem: 'hello' })
    expect(reasonOf(junk)).toBe('INVALID_ARGS:certNotPem')
    const other = await t.station.call('certificates.install', { id, pem: ca.stranger() })
    expect(reasonOf(other)).toBe('INVALID_ARGS:certNotForCsr')
    expect(await presented()).toBe(before)
  })

  it('the terminal itself refuses a certificate for another key (device error, nothing changed)', async () => {
    const c = client(fleet.devices[0]!, { tls: { onFirstUse: () => {} } })
    try {
      const e = await c.certificate.install(ca.stranger()).then(
        () => null,
        (x: unknown) => x,
      )
      expect(isIsapiError(e) ? e.subStatusCode : e).toBe('badParameters')
    } finally {
      await c.close()
    }
  })

  it('installs the signed certificate: the terminal presents it, the station’s pin follows', async () => {
    const csr = value<CsrView>(
      await t.station.call('certificates.createCsr', { id, subject: { hostName: '127.0.0.1' } }),
    )
    const old = await presented()
    const signed = ca.sign(csr.pem)
    const done = value<CertificateInstalled>(
      await t.station.call('certificates.install', { id, pem: signed }),
    )
    const fp = new X509Certificate(signed).fingerprint256
    expect(done).toMatchObject({ fingerprint: fp, pinUpdated: true })
    expect(await presented()).toBe(fp)
    expect(fp).not.toBe(old)
    const listed = value<Device[]>(await t.station.call('devices.list', {}))
    expect(listed.find((x) => x.id === id)?.tlsFingerprint).toBe(fp)
    // the station goes on talking to the terminal over the new certificate
    expect((await t.station.call('accounts.loginCheck', { id })).ok).toBe(true)
  })
})
