// Finding and adopting terminals on day one: a SADP probe lists what answers on the LAN; new
// terminals are activated with one password and added, found or typed terminals are added
// with one account. Each terminal is tried once, one after another (never a second failed
// login on the same terminal in one action); a failure is that terminal's outcome, not the
// batch's end.
import type { ParsedArgsOf } from '@shared/api'
import type { BatchTargetOutcome, DiscoveryReport } from '@shared/contract/onboard'
import type { Device } from '@shared/model'
import { AppFailure, type AppError } from '@shared/result'
import { LAN_SADP, sadpProbe } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { codedFailure } from '@shared/coded-failure'

type Target = ParsedArgsOf<'devices.addMany'>['targets'][number]

const nameFor = (t: Target): string => t.name ?? `${t.host}:${t.port}`

async function eachOnce(
  targets: Target[],
  run: (t: Target) => Promise<Device>,
): Promise<BatchTargetOutcome[]> {
  const seen = new Set<string>()
  const out: BatchTargetOutcome[] = []
  for (const t of targets) {
    const key = `${t.host}:${t.port}`
    if (seen.has(key)) continue // one attempt per terminal, even when listed twice
    seen.add(key)
    try {
      const d = await run(t)
      out.push({ host: t.host, port: t.port, ok: true, deviceId: d.id, name: d.name })
    } catch (error) {
      const e: AppError =
        error instanceof AppFailure
          ? { code: error.code, message: error.message }
          : { code: 'INTERNAL', message: String(error) }
      out.push({ host: t.host, port: t.port, ok: false, error: e })
    }
  }
  return out
}

export function discoveryFeature(ctx: StationContext, devices: DeviceService): Feature {
  const target = ctx.sadp ?? LAN_SADP

  const discover = async ({ timeoutMs }: { timeoutMs: number }): Promise<DiscoveryReport> => {
    let result
    try {
      result = await sadpProbe(target, timeoutMs)
    } catch (error) {
      throw codedFailure('OFFLINE', 'discoveryNoNetwork', {
        why: error instanceof Error ? error.message : String(error),
      })
    }
    const known = devices.list()
    if (result.malformed > 0)
      ctx.logger.warn('discovery: malformed answers ignored', { count: result.malformed })
    return {
      terminals: result.terminals.map((t) => ({
        ...t,
        deviceId: known.find((d) => d.host === t.address && d.port === t.httpPort)?.id ?? null,
      })),
      malformed: result.malformed,
      probedAt: `${target.address}:${target.port}`,
    }
  }

  return {
    handlers: {
      'devices.discover': (args) => discover(args),
      'devices.activateMany': (args) =>
        eachOnce(args.targets, (t) =>
          devices.activate({
            name: nameFor(t),
            host: t.host,
            port: t.port,
            protocol: t.protocol,
            username: 'admin',
            password: args.password,
            site: args.site,
          }),
        ),
      'devices.addMany': (args) =>
        eachOnce(args.targets, (t) =>
          devices.add({
            name: nameFor(t),
            host: t.host,
            port: t.port,
            protocol: t.protocol,
            username: args.username,
            password: args.password,
            site: args.site,
          }),
        ),
    },
  }
}
