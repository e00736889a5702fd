// Site profiles (contract/profiles.ts): handlers, the journal resumed at start and whenever a
// terminal is checked healthy, and the scheduled drift read-back.
import type { StationContext } from '../context'
import { configService } from '../config/config-service'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { profileJournal } from './journal'
import { planner } from './planner'
import { profilesService } from './profiles-service'
import { reportCollector } from './report/collect'
import { reportService } from './report/report-service'
import { siteService } from './site-service'

/** How often the terminals are read back for drift (default 30 minutes). */
export const DRIFT_CHECK_MS = 30 * 60_000

export function profilesFeature(
  ctx: StationContext,
  devices: DeviceService,
): Feature & {
  service: ReturnType<typeof profilesService>
  applyContinuous: (deviceIds?: string[]) => Promise<void>
} {
  const config = configService(ctx, devices)
  const journal = profileJournal(ctx, devices, config)
  const plans = planner(devices, config)
  const service = profilesService(ctx, devices, config, plans, journal)
  const site = siteService(ctx, devices)
  const report = reportService(reportCollector(ctx, devices, config, plans))
  let timer: ReturnType<typeof setInterval> | undefined
  const quiet = (p: Promise<unknown>) =>
    void p.catch((error: unknown) =>
      ctx.logger.warn('profiles background work failed', { error: String(error) }),
    )
  return {
    service,
    /** For continuous apply (not wired yet): plans and sends the profiles of these terminals. */
    applyContinuous: async (deviceIds?: string[]) => {
      await service.apply({ ...(deviceIds ? { deviceIds } : {}), wait: true })
    },
    handlers: {
      'profiles.list': () => service.list(),
      'profiles.get': ({ name }) => service.get(name),
      'profiles.save': (a) => service.save(a),
      'profiles.fromDevice': ({ name, deviceId, sections }) =>
        service.fromDevice(name, deviceId, sections),
      'profiles.remove': ({ name }) => service.remove(name),
      'profiles.assign': ({ name, targets, clear }) => service.assign(name, targets, clear),
      'profiles.unassign': ({ name, targets }) => service.unassign(name, targets),
      'profiles.override': ({ name, deviceId, settings }) =>
        service.override(name, deviceId, settings),
      'profiles.sections': () => service.sections(),
      'profiles.plan': (a) => service.plan(a),
      'profiles.apply': (a) => service.apply(a),
      'profiles.job': ({ jobId }) => service.job(jobId),
      'profiles.drift': (a) => service.drift(a),
      'profiles.driftState': () => service.driftState(),
      'profiles.adopt': ({ deviceId, keys, into }) => service.adopt(deviceId, keys, into),
      'report.build': (a) => report.build(a),
      'report.render': ({ format, lang, ...sel }) => report.render(sel, format, lang),
      'site.export': ({ withSecrets, passphrase }) => site.export(withSecrets, passphrase),
      'site.import': ({ content, passphrase }) => site.import(content, passphrase),
    },
    start() {
      quiet(journal.resume())
      devices.onChecked((id) => journal.resume(id))
      if (ctx.scheduled !== false)
        timer = setInterval(() => quiet(service.drift({})), ctx.profileDriftMs ?? DRIFT_CHECK_MS)
    },
    async close() {
      if (timer) clearInterval(timer)
    },
  }
}
