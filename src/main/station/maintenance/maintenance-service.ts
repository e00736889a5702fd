// Firmware upgrade, reboot, configuration backup and restore on one terminal. Every operation
// holds the terminal (device-lock.ts), records an audit entry (success or failure, with the
// device's own codes), feeds the terminal's health (observe on every outcome, a login check once
// it is back), and turns device refusals into coded AppFailures (a package for another model is
// DEVICE_REJECTED with subStatusCode badDevType in details.deviceCode).
import { createHash } from 'node:crypto'
import type { ParsedArgsOf } from '@shared/api'
import type { ConfigBackup, UpgradeOutcome, UpgradePhase } from '@shared/contract/maintenance'
import type { Device } from '@shared/model'
import type { AppFailure } from '@shared/result'
import type { DeviceRecord } from '../../store/devices-repo'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { deviceLocks } from './device-lock'
import { loadFirmware, type FirmwarePackage } from './firmware-file'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type Reason, type ReasonCode } from '@shared/reason-text'

/** Poll interval while flashing and while waiting for a reboot. */
const POLL_MS = 500

/** What each phase of the terminal's own progress says (done and failed say more, below). */
const PHASE_REASON = {
  uploading: 'upgradeSending',
  flashing: 'upgradeFlashing',
  rebooting: 'upgradeRebooting',
} as const satisfies Partial<Record<UpgradePhase, ReasonCode>>

const slug = (s: string): string =>
  s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'terminal'

export function maintenanceService(ctx: StationContext, devices: DeviceService) {
  const locks = deviceLocks(ctx, devices)
  const now = () => ctx.clock.now()

  const audit = (id: string, action: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${id}`, details)

  /** Maps a device failure (health observed, audit written) and returns what to throw. */
  const failed = (id: string, record: DeviceRecord, action: string, error: unknown): AppFailure => {
    devices.observe(id, error)
    const failure = devices.mapError(error, record.name)
    audit(id, `${action}.failed`, {
      code: failure.code,
      deviceCode: failure.details?.deviceCode ?? null,
    })
    return failure
  }

  /**
   * A key goes in the URL (`?secretkey=`, guide 21.5.11): over plain HTTP it would cross the
   * network readable, so a keyed backup or restore is refused there before anything is sent
   * (as account passwords are, terminal/accounts.ts). Over HTTPS the URL is encrypted.
   */
  const requireSecureKey = (record: DeviceRecord, secretKey: string | undefined): void => {
    if (secretKey === undefined || record.protocol === 'https') return
    throw codedFailure('INSECURE_CHANNEL', 'backupKeyInsecure', { terminal: record.name })
  }

  /** After a reboot: the login check updates health and the stored model and firmware. */
  const backOnline = async (id: string): Promise<Device> => {
    devices.observe(id)
    return devices.check(id)
  }

  return {
    busyWith: locks.current,
    /** Holds the terminal for another maintenance operation (peripheral-service.ts). */
    hold: locks.hold,

    async upgrade(args: ParsedArgsOf<'devices.upgrade'>): Promise<UpgradeOutcome> {
      devices.record(args.id)
      return this.upgradePackage(args.id, await loadFirmware(ctx, args))
    },

    /** Upgrades one terminal with a package already loaded (batch upgrades load it once). */
    async upgradePackage(id: string, pkg: FirmwarePackage): Promise<UpgradeOutcome> {
      const record = devices.record(id)
      return locks.hold(id, 'a firmware upgrade', async () => {
        const started = Date.now()
        let last = { phase: 'uploading' as UpgradePhase, percent: 0 }
        const emit = (phase: UpgradePhase, percent: number, reason: Reason) => {
          last = { phase, percent }
          ctx.bus.emit('upgrade.progress', {
            deviceId: id,
            phase,
            percent,
            message: reasonText(reason, 'en'),
            reason,
          })
        }
        const step = (phase: keyof typeof PHASE_REASON, percent: number) =>
          emit(phase, percent, {
            code: PHASE_REASON[phase],
            params: { terminal: record.name, percent },
          })
        step('uploading', 0)
        try {
          const r = await devices.client(id).maintenance.upgrade(pkg.data, {
            fileName: pkg.fileName,
            pollMs: POLL_MS,
            onProgress: (p) => {
              if (p.phase !== 'done' && (p.phase !== last.phase || p.percent !== last.percent))
                step(p.phase, p.percent)
            },
          })
          const device = await backOnline(id)
          const outcome: UpgradeOutcome = {
            device,
            previousVersion: r.previousVersion,
            firmwareVersion: r.info.firmwareVersion,
            framing: r.framing,
            bytes: pkg.data.length,
            durationMs: Date.now() - started,
          }
          audit(id, 'device.upgrade', {
            fileName: pkg.fileName,
            bytes: pkg.data.length,
            sha256: createHash('sha256').update(pkg.data).digest('hex'),
            from: r.previousVersion,
            to: r.info.firmwareVersion,
            framing: r.framing,
          })
          emit('done', 100, {
            code:
              r.info.firmwareVersion === r.previousVersion
                ? 'upgradeBackSameVersion'
                : 'upgradeBack',
            params: {
              terminal: record.name,
              version: r.info.firmwareVersion,
              previous: r.previousVersion,
            },
          })
          return outcome
        } catch (error) {
          const failure = failed(id, record, 'device.upgrade', error)
          // the why is the call's own coded error; the progress line names the outcome
          emit('failed', last.percent, { code: 'upgradeFailed', params: { terminal: record.name } })
          throw failure
        }
      })
    },

    async reboot(id: string): Promise<{ device: Device; downtimeMs: number }> {
      const record = devices.record(id)
      return locks.hold(id, 'a reboot', async () => {
        try {
          const client = devices.client(id)
          await client.maintenance.reboot()
          const wait = await client.maintenance.waitForReboot({ intervalMs: POLL_MS })
          const device = await backOnline(id)
          audit(id, 'device.reboot', { downtimeMs: wait.downtimeMs, seenDown: wait.wentDown })
          return { device, downtimeMs: wait.downtimeMs }
        } catch (error) {
          throw failed(id, record, 'device.reboot', error)
        }
      })
    },

    /** The key (if any) goes to the terminal only: never into the audit or a log. */
    async backupConfig(id: string, secretKey?: string): Promise<ConfigBackup> {
      const record = devices.record(id)
      requireSecureKey(record, secretKey)
      return locks.hold(id, 'a configuration backup', async () => {
        try {
          const data = await devices.client(id).maintenance.exportConfiguration({ secretKey })
          devices.observe(id)
          const stamp = now().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
          const fileName = `${slug(record.name)}_${slug(record.model || 'terminal')}_${slug(record.serialNumber || id)}_${stamp}.cfg`
          audit(id, 'device.backupConfig', {
            bytes: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            firmwareVersion: record.firmwareVersion,
            withKey: secretKey !== undefined,
          })
          return { fileName, dataBase64: data.toString('base64'), bytes: data.length }
        } catch (error) {
          throw failed(id, record, 'device.backupConfig', error)
        }
      })
    },

    /** Imports the file; the terminal reboots by itself (or is rebooted if it does not) and is checked. */
    async restoreConfig(
      id: string,
      dataBase64: string,
      secretKey?: string,
    ): Promise<{ device: Device; rebooted: boolean }> {
      const record = devices.record(id)
      const data = Buffer.from(dataBase64, 'base64')
      if (data.length === 0) throw codedFailure('INVALID_ARGS', 'configFileEmpty')
      requireSecureKey(record, secretKey)
      return locks.hold(id, 'a configuration restore', async () => {
        try {
          const client = devices.client(id)
          await client.maintenance.importConfiguration(data, { secretKey })
          let wait = await client.maintenance.waitForReboot({
            intervalMs: POLL_MS,
            downWithinMs: 15_000,
          })
          if (!wait.wentDown) {
            await client.maintenance.reboot()
            wait = await client.maintenance.waitForReboot({ intervalMs: POLL_MS })
          }
          const device = await backOnline(id)
          audit(id, 'device.restoreConfig', {
            bytes: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            downtimeMs: wait.downtimeMs,
            withKey: secretKey !== undefined,
          })
          return { device, rebooted: true }
        } catch (error) {
          throw failed(id, record, 'device.restoreConfig', error)
        }
      })
    },
  }
}

export type MaintenanceService = ReturnType<typeof maintenanceService>
