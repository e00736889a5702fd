// Firmware upgrade and configuration export/import.
// Package: any non-empty body (raw or multipart) is "a firmware"; a simulator package starting
// with "SIMFW1\n" + {"model","version","date"} JSON names its model and version (so tests can
// provoke badDevType). Flashing progresses over upgradeMs; the new version shows after reboot.
import { createHash } from 'node:crypto'
import { fail } from '../http/errors.js'
import { boundaryOf, parseMultipart } from '../http/multipart.js'
import { binary, okXml, xml, xmlStatus } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import { peripheralStatus, upgradePeripheral } from './peripheral-upgrade.js'

const MAX_FW = 64 * 1024 * 1024
const CFG_MAGIC = 'SIMCFG1\n'
// A file exported with `?secretkey=` (guide 21.5.11; the URL form is inferred, see
// docs/protocol-config/01-system.md §5.2): its own magic, a hash of the key, and the payload
// masked with a key-derived stream. Importing it needs the same key (importCfgFilePasswordErr).
const CFG_KEYED_MAGIC = 'SIMCFG2\n'
const MAX_KEY = 32

const keyHash = (key: string): Buffer => createHash('sha256').update(`sim-cfg:${key}`).digest()

function mask(data: Buffer, key: string): Buffer {
  const stream = createHash('sha512').update(key).digest()
  return Buffer.from(data.map((b, i) => b ^ 0x5a ^ (stream[i % stream.length] ?? 0)))
}

/** The `secretkey` query parameter, checked against SecurityCap.cfgFileSecretKeyLenLimit. */
function secretKeyOf(ctx: Ctx): string {
  const key = ctx.query.get('secretkey') ?? ''
  if (key.length > MAX_KEY) fail('badParameters', 'secretkey', 400)
  return key
}

function firmwareBytes(ctx: Ctx): Buffer {
  const ct = ctx.contentType
  if (/xml/i.test(ct)) fail('badXmlContent', 'badXmlContent', 400)
  if (/multipart\/form-data/i.test(ct)) {
    const b = boundaryOf(ct)
    const parts = b ? parseMultipart(ctx.body, b) : null
    if (!parts) fail('badParameters', 'updateFile', 400)
    const file = parts.find((p) => p.body.length > 0)
    if (!file) fail('updatePackageFileNotUploaded', 'updatePackageFileNotUploaded')
    return file.body
  }
  return ctx.body
}

function nextVersion(v: string): string {
  const parts = v.replace(/^V/, '').split('.').map(Number)
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1
  return `V${parts.join('.')}`
}

function updateFirmware(ctx: Ctx): ReturnType<typeof okXml> {
  const d = ctx.dev
  if (ctx.query.has('type')) return upgradePeripheral(ctx, firmwareBytes(ctx))
  if (d.upgrade.state === 'upgrading') fail('upgrading', 'upgrading')
  const pkg = firmwareBytes(ctx)
  if (pkg.length === 0) fail('updatePackageFileNotUploaded', 'updatePackageFileNotUploaded')
  let version = nextVersion(d.data.firmwareVersion)
  let date = 'build 251120'
  if (pkg.subarray(0, 7).toString() === 'SIMFW1\n') {
    const end = pkg.indexOf('\n', 7)
    let meta: { model?: unknown; version?: unknown; date?: unknown }
    try {
      meta = JSON.parse(pkg.subarray(7, end < 0 ? undefined : end).toString()) as typeof meta
    } catch {
      return fail('badParameters', 'package')
    }
    if (typeof meta.model === 'string' && meta.model !== d.profile.model)
      fail('badDevType', 'badDevType')
    if (typeof meta.version === 'string') version = meta.version
    if (typeof meta.date === 'string') date = meta.date
  }
  d.upgrade = { state: 'upgrading', percent: 0 }
  d.recordEvent(3, 126, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  const started = Date.now()
  const total = d.timing.upgradeMs
  const tick = setInterval(
    () => {
      const pct = Math.min(100, Math.floor(((Date.now() - started) / total) * 100))
      d.upgrade.percent = pct
      if (pct >= 100) {
        clearInterval(tick)
        d.upgrade = { state: 'done', percent: 100 }
        d.pendingFirmware = { version, date }
      }
    },
    Math.max(10, total / 20),
  )
  tick.unref()
  d.shutdownHooks.add(() => clearInterval(tick))
  return okXml(ctx.path)
}

function exportConfig(ctx: Ctx): ReturnType<typeof binary> {
  const d = ctx.dev
  const { docs, httpHosts, ntp, timeZone, timeMode, deviceName } = d.data
  const payload = JSON.stringify({
    model: d.profile.model,
    docs,
    httpHosts,
    ntp,
    timeZone,
    timeMode,
    deviceName,
  })
  const key = secretKeyOf(ctx)
  d.recordEvent(3, 134, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  const file = key
    ? Buffer.concat([Buffer.from(CFG_KEYED_MAGIC), keyHash(key), mask(Buffer.from(payload), key)])
    : Buffer.concat([Buffer.from(CFG_MAGIC), Buffer.from(payload).map((b) => b ^ 0x5a)])
  return binary(file, 'application/octet-stream')
}

function importConfig(ctx: Ctx): ReturnType<typeof okXml> {
  const d = ctx.dev
  const body = ctx.body
  const key = secretKeyOf(ctx)
  const magic = body.subarray(0, CFG_MAGIC.length).toString()
  let plain: Buffer
  if (magic === CFG_KEYED_MAGIC) {
    const hashEnd = CFG_KEYED_MAGIC.length + 32
    if (!key || !keyHash(key).equals(body.subarray(CFG_KEYED_MAGIC.length, hashEnd)))
      fail('importCfgFilePasswordErr', 'secretkey')
    plain = mask(Buffer.from(body.subarray(hashEnd)), key)
  } else if (magic === CFG_MAGIC) {
    plain = Buffer.from(body.subarray(CFG_MAGIC.length).map((b) => b ^ 0x5a))
  } else return fail('badParameters', 'configurationData', 400)
  let cfg: Record<string, unknown>
  try {
    cfg = JSON.parse(plain.toString()) as Record<string, unknown>
  } catch {
    return fail('badParameters', 'configurationData', 400)
  }
  if (cfg.model !== d.profile.model) fail('badDevType', 'badDevType')
  const data = d.data
  if (cfg.docs && typeof cfg.docs === 'object') data.docs = cfg.docs as Record<string, unknown>
  if (Array.isArray(cfg.httpHosts)) data.httpHosts = cfg.httpHosts as typeof data.httpHosts
  if (cfg.ntp && typeof cfg.ntp === 'object') data.ntp = cfg.ntp as typeof data.ntp
  if (typeof cfg.timeZone === 'string') data.timeZone = cfg.timeZone
  if (cfg.timeMode === 'NTP' || cfg.timeMode === 'manual') data.timeMode = cfg.timeMode
  if (typeof cfg.deviceName === 'string') data.deviceName = cfg.deviceName
  d.changed()
  d.recordEvent(3, 135, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  setTimeout(() => d.reboot(), 50)
  return xmlStatus('rebootRequired', { requestURL: ctx.path })
}

export const upgradeRoutes: RouteDef[] = [
  {
    path: '/ISAPI/System/updateFirmware',
    format: 'xml',
    maxBody: MAX_FW,
    rights: { PUT: 'upgrade', POST: 'upgrade' },
    PUT: updateFirmware,
    POST: updateFirmware,
  },
  {
    path: '/ISAPI/System/upgradeStatus',
    format: 'xml',
    GET: (ctx) =>
      ctx.query.has('type')
        ? peripheralStatus(ctx)
        : xml('upgradeStatus', {
            upgrading: ctx.dev.upgrade.state === 'upgrading',
            percent: ctx.dev.upgrade.percent,
          }),
  },
  {
    path: '/ISAPI/System/configurationData',
    format: 'xml',
    maxBody: 8 * 1024 * 1024,
    rights: { GET: 'admin', PUT: 'admin' },
    GET: exportConfig,
    PUT: importConfig,
  },
]
