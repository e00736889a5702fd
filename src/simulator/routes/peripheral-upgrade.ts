// Peripheral (external card reader) upgrade — protocol-config/03-upgrade.md §3 (URLs H, bodies K).
// A terminal with external readers (profile cardReaders > 1) lists `cardReader` in
// AcsUpdate/capabilities with cardReaderNo 1..n. `PUT|POST updateFirmware?type=cardReader&id=N`
// takes the package (a "SIMFW1\n" + JSON line may name `type` and `version`; another type is
// badDevType), flashes over timing.upgradeMs as `upgradeStatus?type=cardReader` reports, and then
// the reader's CardReaderCfg/N.cardReaderVersion is the new version. The terminal itself does not
// reboot.
import type { SimDevice } from '../device.js'
import { storedDoc } from '../access/stored-doc.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'

const TYPE = 'cardReader'

interface PeripheralFlash {
  no: number
  percent: number
  upgrading: boolean
}

const flashing = new WeakMap<SimDevice, PeripheralFlash>()

const offersReaders = (d: SimDevice): boolean => d.profile.cardReaders > 1

function packageMeta(pkg: Buffer): { type?: unknown; version?: unknown } {
  if (pkg.subarray(0, 7).toString() !== 'SIMFW1\n') return {}
  const end = pkg.indexOf('\n', 7)
  try {
    return JSON.parse(pkg.subarray(7, end < 0 ? undefined : end).toString()) as {
      type?: unknown
      version?: unknown
    }
  } catch {
    return fail('badParameters', 'package')
  }
}

function bump(v: string): string {
  const m = /^(V?\d+(?:\.\d+)*)(.*)$/.exec(v)
  if (!m) return 'V1.0.1'
  const parts = m[1]!.replace(/^V/, '').split('.').map(Number)
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1
  return `V${parts.join('.')}`
}

/** `updateFirmware?type=…`: the package for one peripheral. */
export function upgradePeripheral(ctx: Ctx, pkg: Buffer): ReturnType<typeof okXml> {
  const d = ctx.dev
  const type = ctx.query.get('type')
  if (type !== TYPE || !offersReaders(d)) fail('notSupport', 'type')
  const no = Number(ctx.query.get('id'))
  if (!Number.isInteger(no) || no < 1 || no > d.profile.cardReaders)
    fail('badParameters', 'id', 400)
  if (flashing.get(d)?.upgrading || d.upgrade.state === 'upgrading') fail('upgrading', 'upgrading')
  if (pkg.length === 0) fail('updatePackageFileNotUploaded', 'updatePackageFileNotUploaded')
  const meta = packageMeta(pkg)
  if (typeof meta.type === 'string' && meta.type !== type) fail('badDevType', 'badDevType')
  const cfg = storedDoc(d, 'CardReaderCfg', no) ?? {}
  const current = typeof cfg.cardReaderVersion === 'string' ? cfg.cardReaderVersion : 'V1.0.0'
  const version = typeof meta.version === 'string' ? meta.version : bump(current)
  const state: PeripheralFlash = { no, percent: 0, upgrading: true }
  flashing.set(d, state)
  d.recordEvent(3, 126, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
  const started = Date.now()
  const total = d.timing.upgradeMs
  const tick = setInterval(
    () => {
      state.percent = Math.min(100, Math.floor(((Date.now() - started) / total) * 100))
      if (state.percent < 100) return
      clearInterval(tick)
      state.upgrading = false
      d.data.docs[`CardReaderCfg/${no}`] = {
        ...(storedDoc(d, 'CardReaderCfg', no) ?? {}),
        cardReaderVersion: version,
      }
      d.changed()
    },
    Math.max(10, total / 20),
  )
  tick.unref()
  d.shutdownHooks.add(() => clearInterval(tick))
  return okXml(ctx.path)
}

/** `upgradeStatus?type=…` */
export function peripheralStatus(ctx: Ctx): ReturnType<typeof xml> {
  if (ctx.query.get('type') !== TYPE || !offersReaders(ctx.dev)) fail('notSupport', 'type')
  const s = flashing.get(ctx.dev)
  return xml('upgradeStatus', { upgrading: s?.upgrading ?? false, percent: s?.percent ?? 0 })
}

export const peripheralUpgradeRoutes: RouteDef[] = [
  {
    path: '/ISAPI/System/AcsUpdate/capabilities',
    format: 'xml',
    GET: (ctx) => {
      if (!offersReaders(ctx.dev)) fail('notSupport', 'AcsUpdate')
      return xml('AcsUpdate', {
        type: { '@opt': TYPE },
        cardReaderNo: { '@min': 1, '@max': ctx.dev.profile.cardReaders },
      })
    },
  },
]
