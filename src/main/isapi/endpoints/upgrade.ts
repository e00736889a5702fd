// Main firmware upgrade (protocol-config/03-upgrade.md §2). Policy:
// - Framing by capability: multipart POST when DeviceCap/SysCap/isSupportPostUpdateFirmware is
//   true, otherwise a raw PUT of application/octet-stream (works on every generation).
// - The package is sent only with credentials in hand: an authenticated capability read comes
//   first, and the body goes as a one-shot stream, so the session signs it with a nonce fetched
//   just before and never replays it (a refused password costs one small probe, not 50 MB).
// - Long timeouts: the device answers the upload only once the package is verified and written.
// - After flashing the client reboots the device (unless told not to), waits for it to drop off
//   and come back, and reads the new firmwareVersion.
import { bool, int, isObj, obj, type Obj } from '../codec/read'
import { buildMultipart } from '../codec/multipart-builder'
import type { XmlDocument } from '../codec/xml'
import { IsapiError, statusFromJson, statusFromXml } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { sleep, type CallOptions } from './common'
import { deviceInfo, reboot, type DeviceInfo } from './system'

export type FirmwareFraming = 'put-raw' | 'post-multipart'

export interface UpgradeSupport {
  /** `isSupportUpdatefirmware`; undefined when the device does not say. */
  supported: boolean | undefined
  /** `SysCap/isSupportPostUpdateFirmware`: the device takes a multipart POST. */
  postMultipart: boolean
}

export interface UpgradeStatus {
  upgrading: boolean
  /** 0–100 */
  percent: number
}

export type UpgradePhase = 'uploading' | 'flashing' | 'rebooting' | 'done'

export interface UpgradeProgress {
  phase: UpgradePhase
  percent: number
}

/** What the device said once the package was accepted. */
export interface UploadResult {
  framing: FirmwareFraming
  /** statusCode 7 "Reboot Required". */
  rebootRequired: boolean
}

/** Reads the upgrade gates from a `DeviceCap` document. */
export function parseUpgradeSupport(deviceCap: Obj): UpgradeSupport {
  return {
    supported: bool(deviceCap.isSupportUpdatefirmware ?? deviceCap.isSupportUpdateFirmware),
    postMultipart: bool(obj(deviceCap.SysCap).isSupportPostUpdateFirmware) === true,
  }
}

/** `upgradeStatus` in XML (any namespace, either case of the root) or JSON `{UpgradeStatus:{…}}`. */
export function parseUpgradeStatus(doc: unknown): UpgradeStatus | undefined {
  let b: Obj | undefined
  if (isObj(doc) && typeof doc.root === 'string' && isObj(doc.body)) {
    if (doc.root.toLowerCase() === 'upgradestatus') b = doc.body
  } else if (isObj(doc)) {
    const inner = doc.UpgradeStatus ?? doc.upgradeStatus
    b = isObj(inner) ? inner : 'upgrading' in doc || 'percent' in doc ? doc : undefined
  }
  if (!b) return undefined
  const upgrading = bool(b.upgrading)
  const percent = int(b.percent)
  if (upgrading === undefined && percent === undefined) return undefined
  return { upgrading: upgrading ?? false, percent: Math.min(100, Math.max(0, percent ?? 0)) }
}

/** The device status carried by an upload/import answer (statusCode 7 = reboot required). */
export function rebootRequired(doc: unknown): boolean {
  if (isObj(doc) && typeof doc.root === 'string' && isObj(doc.body)) {
    return (
      statusFromXml((doc as unknown as XmlDocument).root, (doc as unknown as XmlDocument).body)
        ?.statusCode === 7
    )
  }
  return statusFromJson(doc)?.statusCode === 7
}

export async function upgradeSupport(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<UpgradeSupport> {
  return parseUpgradeSupport(
    await http.xmlDoc('GET', '/ISAPI/System/capabilities', 'DeviceCap', undefined, undefined, o),
  )
}

export async function upgradeStatus(http: IsapiHttp, o: CallOptions = {}): Promise<UpgradeStatus> {
  const path = '/ISAPI/System/upgradeStatus'
  const s = parseUpgradeStatus(
    http.decode(await http.raw('GET', path, undefined, undefined, o), 'GET', path),
  )
  if (!s) throw http.bad('GET', path, 'expected an upgradeStatus document')
  return s
}

/** A body the session cannot replay (signed with a fresh nonce, sent once), in slices so progress can be told. */
async function* once(
  data: Uint8Array,
  onSent?: (fraction: number) => void,
): AsyncGenerator<Uint8Array> {
  const slice = 1024 * 1024
  for (let at = 0; at < data.byteLength; at += slice) {
    const end = Math.min(data.byteLength, at + slice)
    yield data.subarray(at, end)
    onSent?.(end / data.byteLength)
  }
}

export interface BinaryOptions extends CallOptions {
  /** Fraction of the body handed to the connection (0–1). */
  onSent?: (fraction: number) => void
}

/** PUT or POST of a binary body sent only with credentials in hand; returns the decoded answer. */
export async function sendBinary(
  http: IsapiHttp,
  method: 'PUT' | 'POST',
  path: string,
  body: Uint8Array,
  contentType: string,
  o: BinaryOptions = {},
): Promise<unknown> {
  const { onSent, ...call } = o
  const a = await http.raw(method, path, once(body, onSent), contentType, {
    // the answer comes once the body is in and written: 10 min, more for a slow link (100 KB/s)
    headersTimeoutMs: Math.max(10 * 60_000, Math.ceil(body.byteLength / 100)),
    bodyTimeoutMs: 60_000,
    ...call,
    headers: { ...call.headers, 'content-length': String(body.byteLength) },
  })
  return http.decode(a, method, path)
}

export interface UploadOptions extends BinaryOptions {
  /** Override the capability choice. */
  framing?: FirmwareFraming
  /** File name in the multipart part (default digicap.dav). */
  fileName?: string
}

const notSupported = (e: unknown): boolean =>
  e instanceof IsapiError && e.code === 'DEVICE_ERROR' && e.category === 'notSupported'
/** The connection is gone (the device is rebooting, or out of reach). */
const dropped = (e: unknown): boolean =>
  e instanceof IsapiError && (e.code === 'OFFLINE' || e.code === 'STREAM_BROKEN')
const isDown = (e: unknown): boolean =>
  dropped(e) ||
  (e instanceof IsapiError &&
    (e.code === 'TIMEOUT' || (e.code === 'DEVICE_ERROR' && e.category === 'busy')))

/** The framing to use: forced, or multipart POST when SysCap says so, else raw PUT. Reads the capabilities (an authenticated call). */
export async function chooseFraming(
  http: IsapiHttp,
  o: { framing?: FirmwareFraming; signal?: AbortSignal } = {},
): Promise<FirmwareFraming> {
  // a device that does not serve the document (404 notSupport) still checked the credentials
  const support = await upgradeSupport(http, { signal: o.signal }).catch(
    (e: unknown): UpgradeSupport => {
      if (notSupported(e)) return { supported: undefined, postMultipart: false }
      throw e
    },
  )
  if (support.supported === false && !o.framing) {
    throw new IsapiError(
      'DEVICE_ERROR',
      'the terminal does not offer firmware upgrade over ISAPI',
      {
        category: 'notSupported',
        device: http.device,
        reason: 'The terminal does not offer firmware upgrade over ISAPI.',
      },
    )
  }
  return o.framing ?? (support.postMultipart ? 'post-multipart' : 'put-raw')
}

/** Sends the package in the given framing (credentials must already be in hand). */
export async function sendFirmware(
  http: IsapiHttp,
  pkg: Uint8Array,
  framing: FirmwareFraming,
  o: UploadOptions = {},
): Promise<UploadResult> {
  if (pkg.byteLength === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'the firmware package is empty', {
      reason: 'The firmware file is empty.',
    })
  const { framing: _forced, fileName, ...call } = o
  void _forced
  const path = '/ISAPI/System/updateFirmware'
  let doc: unknown
  if (framing === 'post-multipart') {
    const m = buildMultipart([
      {
        name: 'updateFile',
        filename: fileName ?? 'digicap.dav',
        contentType: 'application/octet-stream',
        body: pkg,
      },
    ])
    doc = await sendBinary(http, 'POST', path, m.body, m.contentType, call)
  } else {
    doc = await sendBinary(http, 'PUT', path, pkg, 'application/octet-stream', call)
  }
  return { framing, rebootRequired: rebootRequired(doc) }
}

/**
 * Uploads a firmware package: the capability read comes first (credentials in hand, framing
 * chosen), then the package. Device refusals (badDevType, badVersion, upgradePackageLarge, busy …)
 * throw IsapiError.
 */
export async function uploadFirmware(
  http: IsapiHttp,
  pkg: Uint8Array,
  o: UploadOptions = {},
): Promise<UploadResult> {
  if (pkg.byteLength === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'the firmware package is empty', {
      reason: 'The firmware file is empty.',
    })
  return sendFirmware(http, pkg, await chooseFraming(http, o), o)
}

export interface WaitOptions {
  signal?: AbortSignal
  /** Poll interval. Default 1 s. */
  intervalMs?: number
  /** Give up after this long. */
  timeoutMs?: number
}

export interface FlashStatus extends UpgradeStatus {
  /** The device dropped off while flashing: it is rebooting by itself. */
  rebooting?: boolean
}

/**
 * Polls upgradeStatus until flashing is over: percent 100, or `upgrading` back to false after it
 * was seen true, or idle for `idleMs` (a device that flashed during the upload). A device that
 * does not serve upgradeStatus (notSupport) is taken as done; one that drops the connection is
 * rebooting by itself. A slow or busy answer is polled again.
 */
export async function waitForFlash(
  http: IsapiHttp,
  o: WaitOptions & { idleMs?: number; onProgress?: (s: UpgradeStatus) => void } = {},
): Promise<FlashStatus> {
  const start = Date.now()
  const deadline = start + (o.timeoutMs ?? 15 * 60_000)
  let seen = false
  for (;;) {
    let s: UpgradeStatus | undefined
    try {
      s = await upgradeStatus(http, { signal: o.signal, headersTimeoutMs: 15_000 })
    } catch (e) {
      if (notSupported(e)) return { upgrading: false, percent: 100 }
      if (dropped(e)) return { upgrading: false, percent: 100, rebooting: true }
      if (!isDown(e)) throw e
    }
    if (s) {
      o.onProgress?.(s)
      if (s.percent >= 100 || (seen && !s.upgrading)) return { upgrading: false, percent: 100 }
      if (s.upgrading) seen = true
      else if (Date.now() - start > (o.idleMs ?? 5_000)) return s
    }
    if (Date.now() > deadline)
      throw new IsapiError('TIMEOUT', 'the firmware did not finish flashing in time', {
        device: http.device,
      })
    await sleep(o.intervalMs ?? 1_000, o.signal)
  }
}

/** Sends the reboot; a connection dropped under it counts as accepted (the device is going down). */
export async function rebootNow(http: IsapiHttp, o: CallOptions = {}): Promise<void> {
  try {
    await reboot(http, o)
  } catch (e) {
    if (dropped(e)) return
    throw e
  }
}

export interface RebootWait {
  /** deviceInfo read once the device answered again. */
  info: DeviceInfo
  /** The device was seen unreachable (a reboot certainly happened). */
  wentDown: boolean
  /** From the start of the wait to the first answer after the drop. */
  downtimeMs: number
}

/**
 * Waits for a rebooting device to drop off and answer again, then reads its deviceInfo. Until the
 * drop is seen it probes every 250 ms (a drop between two slow polls would be missed); if it never
 * seems to drop within `downWithinMs`, its answer is taken with `wentDown: false`.
 */
export async function waitForReboot(
  http: IsapiHttp,
  o: WaitOptions & { downWithinMs?: number; alreadyDown?: boolean } = {},
): Promise<RebootWait> {
  const start = Date.now()
  const deadline = start + (o.timeoutMs ?? 5 * 60_000)
  const interval = o.intervalMs ?? 1_000
  let wentDown = o.alreadyDown === true
  for (;;) {
    try {
      const info = await deviceInfo(http, {
        signal: o.signal,
        headersTimeoutMs: Math.max(2_000, interval * 3),
      })
      if (wentDown || Date.now() - start > (o.downWithinMs ?? 20_000))
        return { info, wentDown, downtimeMs: Date.now() - start }
    } catch (e) {
      if (!isDown(e)) throw e
      wentDown = true
    }
    if (Date.now() > deadline)
      throw new IsapiError('TIMEOUT', 'the terminal did not come back after rebooting', {
        device: http.device,
        reason: 'The terminal did not come back after rebooting.',
      })
    await sleep(wentDown ? interval : Math.min(interval, 250), o.signal)
  }
}

export interface UpgradeOptions extends UploadOptions {
  onProgress?: (p: UpgradeProgress) => void
  /** Reboot after flashing (default true). */
  reboot?: boolean
  /** Poll interval while flashing and rebooting. Default 1 s. */
  pollMs?: number
  /** Limit for flashing. Default 15 min. */
  flashTimeoutMs?: number
  /** Limit for the reboot. Default 5 min. */
  rebootTimeoutMs?: number
}

export interface UpgradeResult {
  framing: FirmwareFraming
  previousVersion: string
  /** deviceInfo read after the device came back (or before the reboot when reboot is false). */
  info: DeviceInfo
}

/** The whole flow: refuse if already upgrading, upload, poll, reboot, wait, read the new version. */
export async function upgrade(
  http: IsapiHttp,
  pkg: Uint8Array,
  o: UpgradeOptions = {},
): Promise<UpgradeResult> {
  const {
    onProgress,
    reboot: doReboot = true,
    pollMs,
    flashTimeoutMs,
    rebootTimeoutMs,
    ...upload
  } = o
  if (pkg.byteLength === 0)
    throw new IsapiError('INVALID_ARGUMENT', 'the firmware package is empty', {
      reason: 'The firmware file is empty.',
    })
  const before = await deviceInfo(http, { signal: o.signal })
  const now = await upgradeStatus(http, { signal: o.signal }).catch((e: unknown) => {
    if (notSupported(e)) return undefined
    throw e
  })
  if (now?.upgrading && now.percent < 100) {
    throw new IsapiError('DEVICE_ERROR', 'the terminal is already upgrading', {
      category: 'busy',
      device: http.device,
      reason: 'The terminal is already upgrading its firmware.',
    })
  }
  const framing = await chooseFraming(http, upload)
  onProgress?.({ phase: 'uploading', percent: 0 })
  let told = 0
  let sentAll = false
  let selfReboot = false
  try {
    await sendFirmware(http, pkg, framing, {
      ...upload,
      onSent: (f) => {
        const percent = Math.floor(f * 100)
        if (f >= 1) sentAll = true
        if (percent >= told + 5 && percent < 100)
          onProgress?.({ phase: 'uploading', percent: (told = percent) })
        upload.onSent?.(f)
      },
    })
  } catch (e) {
    // some firmware flash and reboot by themselves, closing the socket once the whole package is in
    if (!(sentAll && dropped(e))) throw e
    selfReboot = true
  }
  onProgress?.({ phase: 'uploading', percent: 100 })
  if (!selfReboot) {
    onProgress?.({ phase: 'flashing', percent: 0 })
    const flashed = await waitForFlash(http, {
      signal: o.signal,
      intervalMs: pollMs,
      timeoutMs: flashTimeoutMs,
      onProgress: (s) => onProgress?.({ phase: 'flashing', percent: s.percent }),
    })
    onProgress?.({ phase: 'flashing', percent: 100 })
    selfReboot = flashed.rebooting === true
  }
  if (!selfReboot && !doReboot)
    return { framing, previousVersion: before.firmwareVersion, info: before }
  onProgress?.({ phase: 'rebooting', percent: 100 })
  if (!selfReboot) await rebootNow(http, { signal: o.signal })
  // a device rebooting by itself also writes the image first: allow it longer
  const { info } = await waitForReboot(http, {
    signal: o.signal,
    intervalMs: pollMs,
    alreadyDown: selfReboot,
    timeoutMs: rebootTimeoutMs ?? (selfReboot ? 20 * 60_000 : undefined),
  })
  onProgress?.({ phase: 'done', percent: 100 })
  return { framing, previousVersion: before.firmwareVersion, info }
}
