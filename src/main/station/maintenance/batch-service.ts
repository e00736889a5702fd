// devices.upgradeMany and devices.timeMany (contract/batch.ts). An upgrade batch is one model and
// one package, loaded once, each terminal upgraded as by devices.upgrade (its lock, its audit, its
// upgrade.progress). Time: sync to the station's clock, an NTP server (then NTP mode), or a time
// zone; each terminal read back after the change.
import type { ParsedArgsOf } from '@shared/api'
import type { BatchReport, TimeOutcome } from '@shared/contract/batch'
import type { UpgradeOutcome } from '@shared/contract/maintenance'
import type { StationContext } from '../context'
import { deviceOps } from '../devices/device-ops'
import type { DeviceService } from '../devices/device-service'
import { runBatch } from './batch-runner'
import { loadFirmware } from './firmware-file'
import type { MaintenanceService } from './maintenance-service'
import { codedFailure } from '@shared/coded-failure'
import type { Reason } from '@shared/reason-text'
import type { ReasonParams } from '@shared/coded-failure'

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export function batchService(
  ctx: StationContext,
  devices: DeviceService,
  maintenance: MaintenanceService,
) {
  const ops = deviceOps(ctx, devices)

  const timeOf = async (id: string): Promise<TimeOutcome> => {
    const t = await devices.client(id).system.getTime()
    return {
      device: devices.get(id),
      timeMode: t.timeMode,
      timeZone: t.timeZone,
      localTime: t.localTime,
    }
  }

  return {
    async upgradeMany(
      args: ParsedArgsOf<'devices.upgradeMany'>,
    ): Promise<BatchReport<UpgradeOutcome>> {
      const records = args.ids.map((id) => devices.record(id))
      const models = [...new Set(records.map((r) => r.model))]
      if (models.length > 1)
        throw codedFailure(
          'INVALID_ARGS',
          'batchMixedModels',
          { models: models.join(', ') },
          { models },
        )
      const pkg = await loadFirmware(ctx, args)
      return runBatch(
        ctx,
        devices,
        args.ids,
        args.concurrency,
        (id) => maintenance.upgradePackage(id, pkg),
        (name, state, v): Reason =>
          state === 'queued'
            ? { code: 'batchUpgradeQueued', params: { terminal: name } }
            : state === 'running'
              ? { code: 'batchUpgradeRunning', params: { terminal: name } }
              : {
                  code: 'batchUpgradeDone',
                  params: { terminal: name, firmware: v?.firmwareVersion ?? '?' },
                },
      )
    },

    async timeMany(args: ParsedArgsOf<'devices.timeMany'>): Promise<BatchReport<TimeOutcome>> {
      const a = args.action
      const audit = (id: string, details: Record<string, unknown>) =>
        ctx.audit(`device.time.${a.kind}`, `device:${id}`, details)
      const op = async (id: string): Promise<TimeOutcome> => {
        if (a.kind === 'sync') {
          await ops.syncTime(id)
          return timeOf(id)
        }
        const client = devices.client(id)
        try {
          const now = await client.system.getTime()
          if (a.kind === 'ntp') {
            await client.system.setNtpServer({
              id: '1',
              addressingFormatType: IPV4.test(a.host) ? 'ipaddress' : 'hostname',
              ...(IPV4.test(a.host) ? { ipAddress: a.host } : { hostName: a.host }),
              portNo: a.port,
              synchronizeInterval: a.intervalMinutes,
            })
            await client.system.setTime({ timeMode: 'NTP', timeZone: now.timeZone || undefined })
            audit(id, { host: a.host, port: a.port, intervalMinutes: a.intervalMinutes })
          } else {
            await client.system.setTime({
              timeMode: now.timeMode || 'manual',
              timeZone: a.timeZone,
            })
            audit(id, { from: now.timeZone, to: a.timeZone })
          }
          devices.observe(id)
          return await timeOf(id)
        } catch (error) {
          devices.observe(id, error)
          throw error
        }
      }
      const what: {
        code: 'batchTimeSync' | 'batchTimeNtp' | 'batchTimeZone'
        params: ReasonParams
      } =
        a.kind === 'sync'
          ? { code: 'batchTimeSync' as const, params: {} }
          : a.kind === 'ntp'
            ? { code: 'batchTimeNtp' as const, params: { host: a.host } }
            : { code: 'batchTimeZone' as const, params: { timeZone: a.timeZone } }
      return runBatch(ctx, devices, args.ids, 4, op, (name, state, v): Reason =>
        state === 'done'
          ? {
              code: 'batchTimeDone',
              params: {
                terminal: name,
                mode: v?.timeMode ?? '',
                timeZone: v?.timeZone ?? '',
                localTime: v?.localTime ?? '',
              },
            }
          : {
              code: `${what.code}${state === 'queued' ? 'Queued' : 'Running'}`,
              params: { terminal: name, ...what.params },
            },
      )
    },
  }
}
