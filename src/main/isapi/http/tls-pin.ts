// Trust on first use: terminals ship self-signed certificates, so the first certificate seen is
// accepted and its SHA-256 fingerprint handed to the caller to store; from then on any other
// certificate is refused (TLS_PIN_MISMATCH), never silently accepted.
import type { TLSSocket } from 'node:tls'
import { buildConnector } from 'undici'
import { IsapiError } from '../errors'

export interface TlsPinOptions {
  /** Stored fingerprint (SHA-256, `AA:BB:…`, case/colons ignored). Absent = trust on first use. */
  fingerprint?: string
  /** Called once with the fingerprint seen on first use (to be stored by the caller). */
  onFirstUse?: (fingerprint: string) => void
}

export function normalizeFingerprint(fp: string): string {
  return fp.replace(/[^0-9a-f]/gi, '').toUpperCase()
}

export class TlsPin {
  private pinned: string | undefined
  private readonly onFirstUse: ((fp: string) => void) | undefined
  /** The fingerprint in force (as `AA:BB:…`), once known. */
  fingerprint: string | undefined

  constructor(opts: TlsPinOptions = {}) {
    this.pinned = opts.fingerprint ? normalizeFingerprint(opts.fingerprint) : undefined
    this.fingerprint = opts.fingerprint
    this.onFirstUse = opts.onFirstUse
  }

  /** Checks a presented fingerprint; returns an error to fail the connection with, if any. */
  check(presented: string | undefined, device: string): IsapiError | undefined {
    if (!presented)
      return new IsapiError('TLS_ERROR', 'the device presented no certificate', { device })
    const n = normalizeFingerprint(presented)
    if (this.pinned === undefined) {
      this.pinned = n
      this.fingerprint = presented
      this.onFirstUse?.(presented)
      return undefined
    }
    if (n !== this.pinned) {
      return new IsapiError(
        'TLS_PIN_MISMATCH',
        'the device certificate changed since it was first trusted',
        {
          device,
          details: { expected: this.fingerprint, presented },
          reason:
            'The terminal presented a different certificate than the one trusted before. Confirm the device, then trust the new certificate.',
        },
      )
    }
    return undefined
  }

  /** An undici connector that verifies the pin on every new TLS connection. */
  connector(timeoutMs: number, device: string): buildConnector.connector {
    const base = buildConnector({
      rejectUnauthorized: false,
      timeout: timeoutMs,
      maxCachedSessions: 0,
    })
    return (options, callback) => {
      base(options, (err, socket) => {
        if (err || !socket) {
          callback(err ?? new Error('connect failed'), null)
          return
        }
        const tls = socket as TLSSocket
        if (typeof tls.getPeerCertificate !== 'function') {
          callback(null, socket)
          return
        }
        const problem = this.check(tls.getPeerCertificate().fingerprint256, device)
        if (problem) {
          socket.destroy()
          callback(problem, null)
          return
        }
        callback(null, socket)
      })
    }
  }
}
