// Configuration file export / import (protocol-config/01-system.md §5.2): an opaque, device-
// encrypted blob. Import is sent only with credentials in hand (one-shot body, fresh nonce);
// the device answers statusCode 7 "Reboot Required" and reboots (or must be rebooted).
import { sniffBody } from '../codec/content-type'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { rebootRequired, sendBinary, type BinaryOptions } from './upgrade'

const PATH = '/ISAPI/System/configurationData'

export interface ConfigOptions extends BinaryOptions {
  /**
   * `?secretkey=` for devices that encrypt the file with an operator key (guide 21.5.11). The
   * reference is unsure of the form (K: by analogy with userData?secretkey= and
   * maintenanceData?secretkey=, key length per SecurityCap.cfgFileSecretKeyLenLimit 0–32); we
   * follow it on both export and import. The key is in the URL: errors hide it (hideSecrets).
   */
  secretKey?: string
}

const withKey = (key: string | undefined): string =>
  key ? `${PATH}?secretkey=${encodeURIComponent(key)}` : PATH

/** Exports the configuration file (binary). An XML/JSON answer is a device error, never a file. */
export async function exportConfiguration(http: IsapiHttp, o: ConfigOptions = {}): Promise<Buffer> {
  const { secretKey, ...call } = o
  const path = withKey(secretKey)
  const a = await http.raw('GET', path, undefined, undefined, {
    maxBytes: 64 * 1024 * 1024,
    headersTimeoutMs: 60_000,
    // a configuration file of up to 64 MiB from a weak terminal: minutes, not the default minute
    answerDeadlineMs: 10 * 60_000,
    ...call,
  })
  const kind = sniffBody(a.contentType, a.body.subarray(0, 128).toString('latin1'))
  const ok = a.status >= 200 && a.status < 300
  if (!ok || kind === 'json' || kind === 'xml' || kind === 'html') {
    http.decode(a, 'GET', path) // throws for error documents and non-2xx
    throw http.bad('GET', path, `expected a configuration file, got ${kind}`)
  }
  if (a.body.length === 0) throw http.bad('GET', path, 'empty configuration file')
  return a.body
}

/** Imports a configuration file; `rebootRequired` when the device says so (statusCode 7). */
export async function importConfiguration(
  http: IsapiHttp,
  data: Uint8Array,
  o: ConfigOptions = {},
): Promise<{ rebootRequired: boolean }> {
  if (data.byteLength === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'the configuration file is empty', {
      reason: 'The configuration file is empty.',
    })
  const { secretKey, ...call } = o
  const path = withKey(secretKey)
  // an authenticated read first, so the file goes out with credentials in hand
  await http.xmlDoc('GET', '/ISAPI/System/deviceInfo', 'DeviceInfo', undefined, undefined, {
    signal: o.signal,
  })
  const doc = await sendBinary(http, 'PUT', path, data, 'application/octet-stream', {
    headersTimeoutMs: 5 * 60_000,
    ...call,
  })
  return { rebootRequired: rebootRequired(doc) }
}
