// Peripheral (card reader / module) upgrade on one terminal: offered only where its DeviceCap
// says isSupportAcsUpdate; the type and number are checked against its AcsUpdate capabilities
// before anything is sent. Holds the terminal like every maintenance operation, reports progress
// as `upgrade.progress`, audits success and failure (with the device's codes).
import { createHash } from 'node:crypto'
import type { ParsedArgsOf } from '@shared/api'
import type { PeripheralList, PeripheralUpgradeOutcome } from '@shared/contract/peripheral'
import type { UpgradePhase } from '@shared/contract/maintenance'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { loadFirmware } from './firmware-file'
import type { MaintenanceService } from './maintenance-service'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type ReasonCode } from '@shared/reason-text'

const POLL_MS = 500

export function peripheralService(
  ctx: StationContext,
  devices: DeviceService,
  maintenance: MaintenanceService,
) {
  const audit = (id: string, action: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${id}`, details)

  const offered = (id: string) => {
    const record = devices.record(id)
    if (devices.get(id).capabilities?.ops?.peripheralUpgrade !== true)
      throw codedFailure('NOT_SUPPORTED', 'peripheralsNone', { terminal: record.name })
    return record
  }

  const kinds = (id: string) => devices.call(id, (client) => client.maintenance.peripheralCaps())

  return {
    async list(id: string): Promise<PeripheralList> {
      offered(id)
      const found = await kinds(id)
      const client = devices.client(id)
      const modules: PeripheralList['modules'] = []
      for (const k of found)
        for (let no = k.min; no <= k.max && no - k.min < 64; no++)
          modules.push({
            type: k.type,
            no,
            version:
              (await client.maintenance.peripheralVersion(k.type, no).catch(() => undefined)) ??
              null,
          })
      return { kinds: found, modules }
    },

    async upgrade(
      args: ParsedArgsOf<'devices.upgradePeripheral'>,
    ): Promise<PeripheralUpgradeOutcome> {
      const { id, type, module } = args
      const record = offered(id)
      const kind = (await kinds(id)).find((k) => k.type === type)
      if (!kind)
        throw codedFailure(
          'NOT_SUPPORTED',
          'peripheralTypeUnsupported',
          { terminal: record.name, type },
          { field: 'type' },
        )
      if (module < kind.min || module > kind.max)
        throw codedFailure(
          'INVALID_ARGS',
          'peripheralModuleMissing',
          { terminal: record.name, type, min: kind.min, max: kind.max, module },
          { field: 'module', min: kind.min, max: kind.max },
        )
      const pkg = await loadFirmware(ctx, { ...args, fileName: args.fileName ?? 'reader.dav' })
      const emit = (phase: UpgradePhase, percent: number, code: ReasonCode, more = {}) => {
        const reason = { code, params: { terminal: record.name, type, module, percent, ...more } }
        ctx.bus.emit('upgrade.progress', {
          deviceId: id,
          phase,
          percent,
          message: reasonText(reason, 'en'),
          reason,
        })
      }
      return maintenance.hold(id, `a ${type} upgrade`, async () => {
        const started = Date.now()
        let last = -1
        emit('uploading', 0, 'peripheralSending')
        try {
          const r = await devices.client(id).maintenance.upgradePeripheral(pkg.data, {
            type,
            no: module,
            pollMs: POLL_MS,
            onProgress: (p) => {
              const key = p.phase === 'uploading' ? p.percent : 1000 + p.percent
              if (key === last) return
              last = key
              emit(
                p.phase,
                p.percent,
                p.phase === 'uploading' ? 'peripheralSending' : 'peripheralFlashing',
              )
            },
          })
          devices.observe(id)
          const outcome: PeripheralUpgradeOutcome = {
            type,
            module,
            previousVersion: r.previousVersion ?? null,
            version: r.version ?? null,
            bytes: pkg.data.length,
            durationMs: Date.now() - started,
          }
          audit(id, 'device.upgradePeripheral', {
            type,
            module,
            fileName: pkg.fileName,
            bytes: pkg.data.length,
            sha256: createHash('sha256').update(pkg.data).digest('hex'),
            from: outcome.previousVersion,
            to: outcome.version,
          })
          if (outcome.version) emit('done', 100, 'peripheralDone', { version: outcome.version })
          else emit('done', 100, 'peripheralDoneNoVersion')
          return outcome
        } catch (error) {
          devices.observe(id, error)
          const failure = devices.mapError(error, record.name)
          audit(id, 'device.upgradePeripheral.failed', {
            type,
            module,
            code: failure.code,
            deviceCode: failure.details?.deviceCode ?? null,
          })
          emit('failed', 0, 'upgradeFailed')
          throw failure
        }
      })
    },
  }
}
