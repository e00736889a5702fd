// Peripheral (card reader / module) upgrade — guide ch 12, 21.12.3 (protocol-config/03-upgrade.md
// §3). Confidence: the URLs are H (S3 5.3, S11), the AcsUpdate capability body is K, and where a
// peripheral reports its version afterwards is model-specific (L): for a card reader we read
// CardReaderCfg/<no>.cardReaderVersion (a documented read-only field, 06 §2); other module types
// report none here. The package goes as a raw PUT of application/octet-stream (the framing every
// generation takes, §2.1) with `?type=<type>&id=<no>` — the form S11 documents for access-control
// slave devices; `moduleAddress` (alarm-panel modules) is not sent.
import { isObj, obj, opts, range, str } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { sleep, type CallOptions } from './common'
import { parseUpgradeStatus, sendBinary, type BinaryOptions, type UpgradeStatus } from './upgrade'

const CAPS = '/ISAPI/System/AcsUpdate/capabilities'

export interface PeripheralKind {
  /** `cardReader`, `securityModule`, `FPModule` … as the terminal names it. */
  type: string
  /** The numbers `?id=` takes for this type (`<type>No` / `<type>Address` min–max). */
  min: number
  max: number
}

/** What the terminal says it can upgrade (AcsUpdate/capabilities); types without a range get 1–1. */
export function parsePeripheralCaps(body: unknown): PeripheralKind[] {
  const b = obj(body)
  return opts(b.type).map((type) => {
    const r = range(b[`${type}No`]) ?? range(b[`${type}Address`]) ?? {}
    const min = r.min ?? 1
    return { type, min, max: r.max ?? min }
  })
}

export async function peripheralCaps(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<PeripheralKind[]> {
  return parsePeripheralCaps(
    await http.xmlDoc('GET', CAPS, 'AcsUpdate', undefined, undefined, { signal: o.signal }),
  )
}

/** The peripheral's firmware version where the terminal reports one (card readers), else undefined. */
export async function peripheralVersion(
  http: IsapiHttp,
  type: string,
  no: number,
  o: CallOptions = {},
): Promise<string | undefined> {
  if (type !== 'cardReader') return undefined
  const doc = await http.json(
    'GET',
    `/ISAPI/AccessControl/CardReaderCfg/${no}?format=json`,
    undefined,
    o,
  )
  const cfg = isObj(doc) ? obj(doc.CardReaderCfg) : {}
  return str(cfg.cardReaderVersion)
}

export interface PeripheralUpgradeOptions extends BinaryOptions {
  type: string
  /** The reader / module number (`?id=`). */
  no: number
  pollMs?: number
  timeoutMs?: number
  onProgress?: (p: { phase: 'uploading' | 'flashing'; percent: number }) => void
}

export interface PeripheralUpgradeResult {
  previousVersion: string | undefined
  version: string | undefined
}

async function peripheralStatus(
  http: IsapiHttp,
  type: string,
  o: CallOptions,
): Promise<UpgradeStatus> {
  const path = `/ISAPI/System/upgradeStatus?type=${encodeURIComponent(type)}`
  const s = parseUpgradeStatus(
    http.decode(await http.raw('GET', path, undefined, undefined, o), 'GET', path),
  )
  if (!s) throw http.bad('GET', path, 'expected an upgradeStatus document')
  return s
}

/** Sends the package to one peripheral, waits until the terminal has pushed it, reads the version. */
export async function upgradePeripheral(
  http: IsapiHttp,
  data: Uint8Array,
  o: PeripheralUpgradeOptions,
): Promise<PeripheralUpgradeResult> {
  if (data.byteLength === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'the package is empty', {
      reason: 'The package is empty.',
    })
  const { type, no, pollMs = 1_000, timeoutMs = 15 * 60_000, onProgress, ...call } = o
  // an authenticated read first (the version), so the package goes out with credentials in hand
  const previousVersion = await peripheralVersion(http, type, no, { signal: o.signal })
  const path = `/ISAPI/System/updateFirmware?type=${encodeURIComponent(type)}&id=${no}`
  onProgress?.({ phase: 'uploading', percent: 0 })
  await sendBinary(http, 'PUT', path, data, 'application/octet-stream', {
    ...call,
    onSent: (f) => {
      call.onSent?.(f)
      onProgress?.({ phase: 'uploading', percent: Math.round(f * 100) })
    },
  })
  const deadline = Date.now() + timeoutMs
  let seen = false
  for (;;) {
    const s = await peripheralStatus(http, type, { signal: o.signal, headersTimeoutMs: 15_000 })
    onProgress?.({ phase: 'flashing', percent: s.percent })
    if (s.percent >= 100 || (seen && !s.upgrading)) break
    if (s.upgrading) seen = true
    if (Date.now() > deadline)
      throw new IsapiError('TIMEOUT', `the ${type} ${no} upgrade did not finish in time`, {
        device: http.device,
      })
    await sleep(pollMs, o.signal)
  }
  return { previousVersion, version: await peripheralVersion(http, type, no, { signal: o.signal }) }
}
